"""services/open_data.py: what the OParl tree may hold, read from the held NOSAM minutes (tests/services/
held_minutes.py) once they are approved and published. tests/export/test_oparl.py checks the written tree."""

from __future__ import annotations

from datetime import date

import pytest

from samverkan_desktop.application.publishing import publish_since
from samverkan_desktop.domain.enums import OrganisationKind
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services.dto import OrganisationData
from samverkan_desktop.services.open_data import FORMAT_MIME, check_base_url, open_data
from samverkan_desktop.services.organisations import create_organisation


@pytest.mark.parametrize("url", ["https://example.se/oparl", "http://localhost:8080/a/b/"])
def test_a_web_address_is_a_base_url(url) -> None:
    check_base_url(url)


@pytest.mark.parametrize("url", ["", "ftp://example.se/oparl", "https://", "https://example.se/o?x=1",
                                 "https://example.se/o#top", "https://exa mple.se", "https://[::1/oparl",
                                 "example.se/oparl", None])
def test_anything_else_is_refused_in_words(url) -> None:
    with pytest.raises(ValidationError) as refused:
        check_base_url(url)
    assert refused.value.field == "base_url"


def test_an_empty_register_is_a_body_named_samverkan(uow) -> None:
    data = open_data(uow)
    assert (data.body_name, data.organisations, data.people, data.meetings, data.papers) == ("Samverkan", (), (), (),
                                                                                              ())


def test_the_body_is_the_first_region_unless_named(uow) -> None:
    create_organisation(uow, OrganisationData("Alingsås kommun", OrganisationKind.KOMMUN))
    create_organisation(uow, OrganisationData("Västra Götalandsregionen", OrganisationKind.REGION, "VGR"))
    assert open_data(uow).body_name == "Västra Götalandsregionen"
    assert open_data(uow, "Hälso- och sjukvårdsområde Väst").body_name == "Hälso- och sjukvårdsområde Väst"
    kinds = {o.name: (o.key.split("-")[0], o.classification, o.organization_type) for o in open_data(uow).organisations}
    assert kinds == {"Alingsås kommun": ("organisation", "Kommun", "Sonstiges"),
                     "Västra Götalandsregionen": ("organisation", "Region", "Sonstiges")}


def test_minutes_not_yet_published_stay_out(uow, approved) -> None:
    data = open_data(uow)
    assert data.meetings == () and data.papers == ()
    groups = {o.name: o for o in data.organisations if o.organization_type == "Gremium"}
    assert groups["Temagrupp psykisk hälsa"].parent_key == groups["NOSAM Falkenberg"].key
    assert groups["NOSAM Falkenberg"].classification == "Närsjukvårdssamverkan"
    # people through their memberships only: Fredrik Lund is a member of no group
    assert "Fredrik Lund" not in {p.name for p in data.people}
    assert {m.role for m in data.memberships} == {"ordförande", "ledamot", "sekreterare"}


@pytest.fixture
def published(uow, approved, tmp_path):
    result = publish_since(uow, None, tmp_path / "webb")
    assert result.published and not result.failures
    return approved


def test_a_published_meeting_with_a_confidential_item_keeps_only_its_paragraph(uow, published) -> None:
    held = published
    (meeting,) = open_data(uow).meetings
    assert meeting.id == held.meeting and meeting.name == "NOSAM Falkenberg 2026-09-15"
    assert (meeting.state, meeting.cancelled, meeting.place) == ("genomfört", False, "Rådhuset, sal 2")
    info, secret, referred = meeting.items
    assert (info.id, info.name, info.public, info.order) == (held.info, "Läget i kommunerna", True, 1)
    assert (secret.id, secret.public, secret.result, secret.resolution, secret.case_id) == (
        held.decision, False, None, None, None)
    assert secret.name == f"§ {secret.paragraph}"
    assert referred.public and referred.case_id == held.case
    assert referred.result and "Kostnaderna ska utredas" in referred.result
    (file,) = meeting.files
    assert file.mime_type == FORMAT_MIME["docx"] and file.published_on >= date(2026, 1, 1)


def test_participants_are_the_present_and_count_as_people(uow, published) -> None:
    held = published
    data = open_data(uow)
    (meeting,) = data.meetings
    present = {held.people[name] for name in ("Anna Andersson", "Bertil Berg", "Cecilia Ek", "David Dahl",
                                              "Fredrik Lund")}
    assert set(meeting.participant_ids) <= present and held.people["Fredrik Lund"] in meeting.participant_ids
    assert list(meeting.participant_ids) == sorted(meeting.participant_ids)
    assert held.people["Eva Ström"] not in meeting.participant_ids  # excused
    assert "Fredrik Lund" in {p.name for p in data.people}  # a guest who was there


def test_only_public_items_make_papers(uow, published) -> None:
    held = published
    (paper,) = open_data(uow).papers
    assert paper.id == held.case
    assert [(c.item_id, c.meeting_id) for c in paper.consultations] == [(held.referred, held.meeting)]
