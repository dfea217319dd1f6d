"""``samverkan export oparl``: a static OParl 1.1 tree, validated against the specification's own schemas."""

from __future__ import annotations

import json
import re
from datetime import UTC, date, datetime
from pathlib import Path

import jsonschema
import pytest
from jsonschema import validators
from sqlalchemy import select

from samverkan_desktop import cli
from samverkan_desktop.db.models import AgendaItem, Case, Meeting, Person
from samverkan_desktop.domain.enums import CaseStatus, MinutesStatus
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.export.oparl import write_oparl_tree
from samverkan_desktop.export.publisher import MinutesPublisher
from samverkan_desktop.sampledata.demo import create_demo_data
from samverkan_desktop.services.open_data import check_base_url, open_data

SCHEMAS = Path(__file__).parent / "oparl_schema"
BASE = "https://data.example.se/oparl"
TODAY = date(2026, 11, 22)
PLANTED_EMAIL = "hemlig.person@example.se"
PLANTED_PHONE = "070-123 45 67"
SECRET = "Hemlig punkt om enskild patient"
EMAIL_RE = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE_RE = re.compile(r"\b0\d{1,3}[- ]?\d{2,3}[ -]?\d{2}[ -]?\d{2}\b")


@pytest.fixture
def published(uow, tmp_path):
    create_demo_data(uow, TODAY, publish=MinutesPublisher(tmp_path / "publicerat"))
    with uow:
        session = uow.session
        meetings = session.scalars(select(Meeting).where(Meeting.minutes_status == MinutesStatus.PUBLISHED)
                                   .order_by(Meeting.id)).all()
        assert len(meetings) >= 2
        first = sorted(meetings[0].items, key=lambda i: i.position)
        first[0].notes = f"Kontakta {PLANTED_EMAIL} eller ring {PLANTED_PHONE}."
        first[0].decision_text = f"att uppdra åt {PLANTED_EMAIL} att återkomma"
        first[1].confidential = True
        first[1].title = SECRET
        first[1].decision_text = f"{SECRET}: beslut"
        case = Case(group_id=meetings[0].group_id, title="Gemensam rutin för utskrivning", reference="S 2026/4",
                    status=CaseStatus.ON_AGENDA)
        session.add(case)
        session.flush()
        first[2].case_id = case.id
        person = session.scalars(select(Person).where(Person.email.is_not(None))).first()
        person.phone = PLANTED_PHONE
        ids = [m.id for m in meetings]
        uow.commit()
    return uow, ids


def _tree(folder: Path) -> dict[str, object]:
    return {p.relative_to(folder).as_posix(): json.loads(p.read_text(encoding="utf-8"))
            for p in folder.rglob("*.json")}


def _schema(name: str) -> dict:
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def _validator_for(references: list[tuple[str, str]]):
    """Draft 4 plus the specification's own keywords: ``schema`` (an embedded object following that file) and
    ``references`` (a URL of an object of that type, collected to be resolved in the tree)."""

    def schema_keyword(validator, file_name, instance, _schema):
        if isinstance(instance, dict):
            yield from validator.descend(instance, _schema_of(file_name))

    def references_keyword(validator, kind, instance, _schema):
        for value in instance if isinstance(instance, list) else [instance]:
            if kind != "externalList" and isinstance(value, str):
                references.append((value, kind))

    base = validators.Draft4Validator
    return validators.extend(base, {"schema": schema_keyword, "references": references_keyword})


_CACHE: dict[str, dict] = {}


def _schema_of(file_name: str) -> dict:
    if file_name not in _CACHE:
        _CACHE[file_name] = _schema(file_name)
    return _CACHE[file_name]


def _check_format(obj, where: str) -> None:
    """``format: url`` and ``date-time`` are not enforced by the validator: checked here."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if key in ("id", "accessUrl", "downloadUrl") or (isinstance(value, str) and value.startswith("http")):
                assert value.startswith(BASE + "/") or key not in ("id",), (where, key, value)
            if key in ("created", "modified", "start", "end"):
                datetime.fromisoformat(value)
                assert "T" in value and (value.endswith("Z") or "+" in value[-6:]), (where, key, value)
            _check_format(value, where)
    elif isinstance(obj, list):
        for value in obj:
            _check_format(value, where)


def test_every_object_validates_and_every_reference_resolves(published, tmp_path):
    uow, _ = published
    folder = tmp_path / "oparl"
    write_oparl_tree(folder, open_data(uow), BASE)
    tree = _tree(folder)
    ids = {BASE + "/" + path: obj for path, obj in tree.items() if isinstance(obj, dict) and "type" in obj}
    kinds = {}
    references: list[tuple[str, str]] = []
    validator_class = _validator_for(references)
    for path, obj in tree.items():
        if "data" in obj:  # a list: every member validated as an object, pagination and links present
            assert set(obj) == {"data", "pagination", "links"}, path
            assert obj["links"]["self"] == BASE + "/" + path
            members = obj["data"]
        else:
            members = [obj]
        for member in members:
            kind = member["type"].rsplit("/", 1)[1]
            kinds[kind] = kinds.get(kind, 0) + 1
            validator_class(_schema_of(f"{kind}.json")).validate(member)
            _check_format(member, path)
    assert {"System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper",
            "Consultation", "File", "Location"} <= set(kinds)
    assert references
    for url, kind in references:
        assert url in ids, (url, kind)
        assert ids[url]["type"] == f"https://schema.oparl.org/1.1/{kind}", (url, kind)
    for url in (ids[BASE + "/body/1.json"][name] for name in ("organization", "person", "meeting", "paper")):
        assert url.removeprefix(BASE + "/") in tree
    system = tree["system.json"]
    assert tree[system["body"].removeprefix(BASE + "/")]["data"][0]["id"] == BASE + "/body/1.json"


def test_no_email_phone_or_confidential_text_is_in_the_tree(published, tmp_path):
    uow, ids = published
    folder = tmp_path / "oparl"
    write_oparl_tree(folder, open_data(uow), BASE)
    text = "\n".join(p.read_text(encoding="utf-8") for p in folder.rglob("*.json"))
    assert PLANTED_EMAIL not in text and PLANTED_PHONE not in text and SECRET not in text
    assert not EMAIL_RE.findall(text.replace(BASE, ""))
    assert not PHONE_RE.findall(text)
    assert '"email"' not in text and '"phone"' not in text
    meeting = json.loads((folder / f"meeting/{ids[0]}.json").read_text(encoding="utf-8"))
    hidden = [i for i in meeting["agendaItem"] if not i["public"]]
    assert len(hidden) == 1 and hidden[0]["name"].startswith("§") and "resolutionText" not in hidden[0]
    assert "[e-postadress borttagen]" in text
    assert meeting["resultsProtocol"]["accessUrl"].startswith(BASE + "/files/")


def test_ids_are_stable_and_a_removed_meeting_is_marked_deleted(published, tmp_path):
    uow, ids = published
    folder = tmp_path / "oparl"
    first = write_oparl_tree(folder, open_data(uow), BASE, now=datetime(2026, 11, 1, tzinfo=UTC))
    before = _tree(folder)
    again = write_oparl_tree(folder, open_data(uow), BASE, now=datetime(2026, 11, 2, tzinfo=UTC))
    assert again.written == 0 and _tree(folder) == before  # nothing changed: not a byte rewritten
    assert first.objects == again.objects
    with uow:
        uow.session.delete(uow.session.get(Meeting, ids[1]))
        uow.commit()
    third = write_oparl_tree(folder, open_data(uow), BASE, now=datetime(2026, 11, 3, tzinfo=UTC))
    gone = json.loads((folder / f"meeting/{ids[1]}.json").read_text(encoding="utf-8"))
    assert gone["deleted"] is True and gone["id"] == f"{BASE}/meeting/{ids[1]}.json"
    assert gone["created"] == before[f"meeting/{ids[1]}.json"]["created"]
    assert gone["modified"].startswith("2026-11-03")
    assert gone["id"] in third.deleted
    listed = [m for page in folder.glob("body/1/meeting*.json")
              for m in json.loads(page.read_text(encoding="utf-8"))["data"]]
    assert any(m["id"] == gone["id"] and m.get("deleted") for m in listed)
    unchanged = json.loads((folder / f"meeting/{ids[0]}.json").read_text(encoding="utf-8"))
    assert unchanged == before[f"meeting/{ids[0]}.json"]
    items = [p for p, o in before.items() if p.startswith("agendaitem/") and o["meeting"].endswith(f"/{ids[1]}.json")]
    assert items and all(json.loads((folder / p).read_text(encoding="utf-8"))["deleted"] for p in items)


def test_the_command_writes_the_tree_and_refuses_a_bad_address(published, tmp_path, db_path, capsys):
    folder = tmp_path / "ut"
    assert cli.main(["--db", str(db_path), "export", "oparl", str(folder), "--base-url", BASE,
                     "--body-name", "Region Exempel"]) == 0
    assert "OParl-träd" in capsys.readouterr().out
    assert json.loads((folder / "body/1.json").read_text(encoding="utf-8"))["name"] == "Region Exempel"
    assert cli.main(["--db", str(db_path), "export", "oparl", str(folder), "--base-url", "data.example.se"]) == 1
    assert "webbadress" in capsys.readouterr().err
    with pytest.raises(ValidationError):
        check_base_url("ftp://x.se/a")


def test_the_copied_schemas_are_the_specifications():
    for name in ("Meeting.json", "AgendaItem.json", "File.json", "System.json"):
        schema = _schema(name)
        jsonschema.Draft4Validator.check_schema(schema)
        assert schema["properties"]["type"]["pattern"].endswith(name.removesuffix(".json") + "$")
    assert (SCHEMAS / "README.md").exists()


def test_papers_carry_their_consultations(published, tmp_path):
    uow, ids = published
    folder = tmp_path / "oparl"
    write_oparl_tree(folder, open_data(uow), BASE)
    papers = [json.loads(p.read_text(encoding="utf-8")) for p in (folder / "paper").glob("*.json")]
    ours = [p for p in papers if p["name"] == "Gemensam rutin för utskrivning"]
    assert len(ours) == 1 and ours[0]["reference"] == "S 2026/4"
    consultation = ours[0]["consultation"][0]
    assert consultation["meeting"] == f"{BASE}/meeting/{ids[0]}.json"
    item = json.loads((folder / consultation["agendaItem"].removeprefix(BASE + "/")).read_text(encoding="utf-8"))
    assert item["consultation"] == consultation["id"]
    with uow:
        assert uow.session.get(AgendaItem, int(item["id"].rsplit("/", 1)[1].removesuffix(".json"))).case_id


def test_the_validator_follows_the_specifications_own_keywords():
    references: list[tuple[str, str]] = []
    validator_class = _validator_for(references)
    meeting = {"id": BASE + "/meeting/1.json", "type": "https://schema.oparl.org/1.1/Meeting",
               "organization": [BASE + "/organization/group-1.json"],
               "agendaItem": [{"id": BASE + "/agendaitem/1.json", "type": "https://schema.oparl.org/1.1/AgendaItem",
                               "meeting": BASE + "/meeting/1.json"}]}  # no "order": AgendaItem requires it
    errors = list(validator_class(_schema_of("Meeting.json")).iter_errors(meeting))
    assert [e.message for e in errors] == ["'order' is a required property"]
    assert (BASE + "/organization/group-1.json", "Organization") in references
    assert (BASE + "/meeting/1.json", "Meeting") in references
