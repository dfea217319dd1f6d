"""The whole database and the open-data tree out, as the CLI and the GUI share them: a ZIP written whole or not at
all when stopped, and an OParl tree only for an address it can be published at. (The ZIP's contents:
tests/services/test_everything.py and tests/export/test_everything_zip.py; the tree: tests/export/test_oparl.py.)"""

from __future__ import annotations

import zipfile

import pytest

from samverkan_desktop.application.data_out import export_all, export_oparl
from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services import organisations
from samverkan_desktop.services.dto import OrganisationData


@pytest.fixture
def filled(uow):
    organisations.create_organisation(uow, OrganisationData("Region Halland", OrganisationKind.REGION))
    return uow


def test_everything_goes_into_one_zip_with_progress_to_the_end(filled, tmp_path):
    seen = []
    summary = export_all(filled, tmp_path / "allt.zip", lambda done, total, what: seen.append((done, total)) or True)
    assert summary is not None and any(t.rows for t in summary.tables)
    assert seen[-1][0] == seen[-1][1]
    with zipfile.ZipFile(tmp_path / "allt.zip") as archive:
        assert "Region Halland" in archive.read("tables/organisation.csv").decode("utf-8-sig")


def test_a_stopped_export_writes_nothing(filled, tmp_path):
    assert export_all(filled, tmp_path / "allt.zip", lambda *_args: False) is None
    assert list(tmp_path.glob("allt*")) == []  # neither the file nor a partial one


@pytest.mark.parametrize("url", ["", "ftp://data.example.se/", "https://", "https://data.example.se/?x=1",
                                 "https://data .example.se/"])
def test_the_tree_needs_an_address_it_can_be_published_at(filled, tmp_path, url):
    with pytest.raises(ValidationError) as caught:
        export_oparl(filled, tmp_path / "oparl", url)
    assert caught.value.field == "base_url"
    assert not (tmp_path / "oparl").exists()


def test_the_tree_is_written_under_its_address(filled, tmp_path):
    result = export_oparl(filled, tmp_path / "oparl", "https://data.example.se/samverkan", "Region Halland")
    assert result is not None
    files = [p for p in (tmp_path / "oparl").rglob("*") if p.is_file()]
    assert files and all(p.suffix in (".json", ".html", ".txt", "") for p in files)
    assert "https://data.example.se/samverkan" in next(p for p in files if p.suffix == ".json").read_text("utf-8")
