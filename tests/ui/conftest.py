from __future__ import annotations

from datetime import date

import pytest

from samverkan_desktop.domain.enums import GroupKind, OrganisationKind
from samverkan_desktop.infra.config import Settings
from samverkan_desktop.services import groups, organisations, people
from samverkan_desktop.services.dto import GroupData, OrganisationData, PersonData

TODAY = date(2026, 11, 22)


@pytest.fixture(scope="session", autouse=True)
def swedish_ui(qapp, translations_dir):
    from samverkan_desktop.ui.i18n import install_translators

    return install_translators(qapp, "sv", translations_dir)


@pytest.fixture(scope="session", autouse=True)
def quiet_spelling(tmp_path_factory):
    """Editors check no spelling unless a test loads the dictionary (reading it takes seconds of CPU)."""
    from samverkan_desktop.ui import spelling

    spelling._checker = spelling.SpellChecker(tmp_path_factory.mktemp("spelling") / "ordlista.txt")
    spelling._checker.start_loading = lambda: None  # type: ignore[method-assign]  # no worker process: shown editors
    return spelling._checker


@pytest.fixture
def register(uow):
    """A small register: two parties, three people, one group with a sub-group."""
    kommun = organisations.create_organisation(uow, OrganisationData("Göteborgs Stad", OrganisationKind.KOMMUN))
    region = organisations.create_organisation(
        uow, OrganisationData("Västra Götalandsregionen", OrganisationKind.REGION, "VGR"))
    anna = people.create_person(uow, PersonData("Anna Berg", "förvaltningschef", employer_id=kommun.id))
    bo = people.create_person(uow, PersonData("Bo Ek", "verksamhetschef", employer_id=region.id))
    cilla = people.create_person(uow, PersonData("Cilla Lund", "enhetschef", employer_id=kommun.id))
    lgs = groups.create_group(uow, GroupData("Ledningsgrupp för samverkan", GroupKind.MANAGEMENT_GROUP, "LGS"))
    tema = groups.create_group(uow, GroupData("Temagrupp Äldre", GroupKind.THEME_GROUP, parent_id=lgs.id))
    return {"kommun": kommun, "region": region, "anna": anna, "bo": bo, "cilla": cilla, "lgs": lgs, "tema": tema}


@pytest.fixture
def main_window(qtbot, uow):
    from samverkan_desktop.sampledata.demo import create_demo_data
    from samverkan_desktop.ui.main_window import MainWindow

    window = MainWindow(uow, Settings(), database_label="test", today=lambda: TODAY, demo_loader=create_demo_data)
    qtbot.addWidget(window)
    return window
