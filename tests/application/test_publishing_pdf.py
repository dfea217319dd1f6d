"""Publishing a batch with PDF: one converter (one soffice per chunk, one profile) for all minutes, the PDFs
belong to the minutes they were made from, and a Stop kills the conversion. Against a fake soffice."""

from __future__ import annotations

import csv
import os
import shutil
import threading
import time
from datetime import date
from pathlib import Path

import pikepdf
import pytest

from samverkan_desktop.application.publishing import publish_since
from samverkan_desktop.db.engine import create_database_engine
from samverkan_desktop.db.migrate import upgrade_database
from samverkan_desktop.db.uow import create_unit_of_work
from samverkan_desktop.export import pdf
from samverkan_desktop.infra.config import migrations_dir
from samverkan_desktop.sampledata.demo import create_demo_data
from samverkan_desktop.services import publication

pytestmark = pytest.mark.skipif(os.name != "posix", reason="the fake soffice is a shell script")
TODAY = date(2026, 3, 10)

# Each input becomes a PDF whose title is the input's name and size, so a PDF can be traced to its DOCX.
FAKE = """#!/bin/sh
echo started >> "{starts}"
outdir=""; inputs=""
while [ $# -gt 0 ]; do
    case "$1" in
        --outdir) outdir="$2"; shift 2 ;;
        --convert-to) shift 2 ;;
        -*) shift ;;
        *) inputs="$inputs $1"; shift ;;
    esac
done
{body}
for input in $inputs; do
    while [ ! -f "$input" ]; do sleep 0.05; done  # like soffice, which starts up before it opens the first
    n=$(basename "$input"); "{python}" "{maker}" "$input" "$outdir/${{n%.*}}.pdf"
done
"""
MAKER = """import sys, hashlib, pikepdf
with pikepdf.new() as pdf:
    pdf.add_blank_page()
    pdf.Root.Lang = pikepdf.String("sv-SE")
    pdf.Root.ViewerPreferences = pikepdf.Dictionary(DisplayDocTitle=True)
    pdf.docinfo["/Subject"] = hashlib.sha256(open(sys.argv[1], "rb").read()).hexdigest()
    pdf.save(sys.argv[2])
"""


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    engine = create_database_engine(f"sqlite:///{path}")
    upgrade_database(engine, migrations_dir())
    create_demo_data(create_unit_of_work(engine, "testare"), TODAY)
    engine.dispose()
    return path


@pytest.fixture
def uow(demo_template, tmp_path):
    path = tmp_path / "demo.db"
    shutil.copyfile(demo_template, path)
    engine = create_database_engine(f"sqlite:///{path}")
    yield create_unit_of_work(engine, "testare")
    engine.dispose()


@pytest.fixture
def fake(tmp_path, monkeypatch):
    import sys

    starts = tmp_path / "starter.txt"
    (tmp_path / "maker.py").write_text(MAKER)

    def install(body: str = "") -> Path:
        script = tmp_path / "fake-soffice"
        script.write_text(FAKE.format(starts=starts, body=body, python=sys.executable, maker=tmp_path / "maker.py"))
        script.chmod(0o755)
        monkeypatch.setenv(pdf.ENV_SOFFICE, str(script))
        return starts

    return install


def runs(starts: Path) -> int:
    return len(starts.read_text().splitlines()) if starts.exists() else 0


def test_a_batch_converts_all_its_pdfs_in_one_soffice(uow, fake, tmp_path):
    starts = fake()
    waiting = publication.awaiting_publication(uow)
    assert len(waiting) >= 5
    result = publish_since(uow, None, tmp_path / "webb", with_pdf=True)
    assert not result.failures and not result.stopped and result.converter == "LibreOffice"
    assert runs(starts) == 1
    with (tmp_path / "webb" / "manifest.csv").open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.DictReader(stream, delimiter=";"))
    assert sorted(r["format"] for r in rows) == ["docx"] * len(waiting) + ["pdf"] * len(waiting)
    for row in rows:
        if row["format"] == "pdf":  # the PDF was made from exactly the DOCX published beside it
            docx_file = tmp_path / "webb" / row["fil"].replace(".pdf", ".docx")
            import hashlib

            with pikepdf.open(tmp_path / "webb" / row["fil"]) as made:
                assert str(made.docinfo["/Subject"]) == hashlib.sha256(docx_file.read_bytes()).hexdigest()
    assert publication.awaiting_publication(uow) == []


def test_chunks_share_the_converter_one_process_each(uow, fake, tmp_path):
    starts = fake()
    total = len(publication.awaiting_publication(uow))
    result = publish_since(uow, None, tmp_path / "webb", with_pdf=True, chunk=2)
    assert len(result.published) == 2 * total
    assert runs(starts) == (total + 1) // 2


def test_a_document_the_batch_could_not_convert_is_tried_alone_and_then_named(uow, fake, tmp_path):
    # The first process skips the second document; a second try of that document alone succeeds.
    starts = fake('if [ "$(wc -l < "{starts}")" -eq 1 ]; then set -- $inputs; first="$1"; shift; shift; '
                  'inputs="$first $*"; fi'.replace("{starts}", str(tmp_path / "starter.txt")))
    total = len(publication.awaiting_publication(uow))
    result = publish_since(uow, None, tmp_path / "webb", with_pdf=True)
    assert not result.failures and len(result.published) == 2 * total
    assert runs(starts) == 2


def test_stop_during_the_conversion_kills_soffice_and_publishes_nothing(uow, fake, tmp_path):
    starts = fake("sleep 60 &\nwait\n")
    cancel = threading.Event()

    def stop_once_started() -> None:  # the user presses Stop while soffice runs
        while not starts.exists():
            time.sleep(0.05)
        time.sleep(0.3)
        cancel.set()

    threading.Thread(target=stop_once_started, daemon=True).start()
    started = time.monotonic()
    total = len(publication.awaiting_publication(uow))
    result = publish_since(uow, None, tmp_path / "webb", with_pdf=True, cancel=cancel)
    assert result.stopped and result.published == [] and result.failures == []
    assert runs(starts) == 1 and time.monotonic() - started < 30
    assert len(publication.awaiting_publication(uow)) == total
    assert not list((tmp_path / "webb").glob("*.pdf")) if (tmp_path / "webb").exists() else True


def test_a_converter_that_fails_as_a_whole_fails_its_part_once(uow, fake, tmp_path):
    starts = fake('echo "Fatal: no display" >&2\nexit 81\n')
    total = len(publication.awaiting_publication(uow))
    result = publish_since(uow, None, tmp_path / "webb", with_pdf=True)
    assert len(result.failures) == total and runs(starts) == 1  # not once more per minutes
    assert all("felkod 81" in message for _meeting, message in result.failures)
    assert len(publication.awaiting_publication(uow)) == total
