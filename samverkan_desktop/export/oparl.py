"""A static OParl 1.1 tree: one JSON file per object and the paginated lists, for any web server to serve.

Every id is the base URL plus the file's path in the folder (``meeting/12.json``), made from database ids: the
same object has the same id in every run. ``created`` is kept from the previous tree and ``modified`` changes
only when the object's content did. Objects of the previous tree that are no longer published (a meeting
removed, a group deleted) are written as stubs with ``deleted: true`` and stay in their lists, as the
specification asks, so that a client that mirrors the tree learns of the removal. Files are only rewritten when
their content changed, each atomically.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from ..domain.calendar import STOCKHOLM
from ..domain.files import write_atomically

OPARL = "https://schema.oparl.org/1.1/"
PAGE_SIZE = 100
LISTS = ("organization", "person", "meeting", "paper")
#: The object types whose lists the body names, by the folder of their files.
LIST_FOLDERS = {"organization": "Organization", "person": "Person", "meeting": "Meeting", "paper": "Paper"}
_STAMPS = ("created", "modified")


@dataclass(frozen=True)
class OParlResult:
    objects: int
    written: int
    deleted: tuple[str, ...]  # ids marked deleted in this run (newly or still)
    folder: Path


def _stamp(moment: datetime) -> str:
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(STOCKHOLM).isoformat(timespec="seconds")


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def _compact(obj: dict) -> dict:
    """Without empty properties (the specification: leave out rather than null); the body's legislativeTerm is
    required even when empty."""
    return {k: v for k, v in obj.items() if v is not None and (v != [] or k == "legislativeTerm")}


class _Tree:
    def __init__(self, base_url: str, now: datetime, previous: dict[str, dict]) -> None:
        self.base = base_url.rstrip("/") + "/"
        self.now = _stamp(now)
        self.previous = previous
        self.objects: dict[str, dict] = {}

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, kind: str, fields: dict, created: datetime | None = None,
            modified: datetime | None = None) -> dict:
        """The object at ``path`` with its stamps: from the database when it has them, else kept from the
        previous tree while the content is unchanged."""
        obj = _compact({"id": self.url(path), "type": OPARL + kind, **fields})
        before = self.previous.get(path)
        if created is not None:
            obj["created"] = _stamp(created)
            obj["modified"] = _stamp(modified or created)
        elif before and not before.get("deleted") and _content(before) == _content(obj):
            obj["created"] = before.get("created", self.now)
            obj["modified"] = before.get("modified", self.now)
        else:
            obj["created"] = before.get("created", self.now) if before else self.now
            obj["modified"] = self.now
        self.objects[path] = obj
        return obj


def _content(obj: dict) -> dict:
    return {k: v for k, v in obj.items() if k not in _STAMPS}


def build_tree(data, base_url: str, now: datetime, previous: dict[str, dict] | None = None) -> dict[str, dict]:
    """Every object of the tree by its path (``data`` is a ``services.open_data.OpenData``)."""
    tree = _Tree(base_url, now, previous or {})
    url = tree.url
    body = "body/1.json"
    for m in data.memberships:
        tree.add(f"membership/{m.id}.json", "Membership", {
            "person": url(f"person/{m.person_id}.json"), "organization": url(f"organization/{m.group_key}.json"),
            "role": m.role, "onBehalfOf": url(f"organization/{m.on_behalf_of_key}.json") if m.on_behalf_of_key
            else None, "startDate": _day(m.start), "endDate": _day(m.end)})
    by_person: dict[int, list[str]] = {}
    by_group: dict[str, list[str]] = {}
    for m in data.memberships:
        by_person.setdefault(m.person_id, []).append(f"membership/{m.id}.json")
        by_group.setdefault(m.group_key, []).append(url(f"membership/{m.id}.json"))
    for p in data.people:
        tree.add(f"person/{p.id}.json", "Person", {
            "body": url(body), "name": p.name,
            "membership": [tree.objects[path] for path in by_person.get(p.id, [])]})
    for o in data.organisations:
        tree.add(f"organization/{o.key}.json", "Organization", {
            "body": url(body), "name": o.name, "shortName": o.short_name, "organizationType": o.organization_type,
            "classification": o.classification, "membership": by_group.get(o.key, []),
            "subOrganizationOf": url(f"organization/{o.parent_key}.json") if o.parent_key else None,
            "startDate": _day(o.start), "endDate": _day(o.end)})
    consultation_of: dict[int, str] = {}
    for paper in data.papers:
        for c in paper.consultations:
            consultation_of[c.item_id] = f"consultation/{c.item_id}.json"
    for meeting in data.meetings:
        _meeting(tree, meeting, consultation_of)
    for paper in data.papers:
        consultations = [tree.add(f"consultation/{c.item_id}.json", "Consultation", {
            "paper": url(f"paper/{paper.id}.json"), "agendaItem": url(f"agendaitem/{c.item_id}.json"),
            "meeting": url(f"meeting/{c.meeting_id}.json"), "organization": [url(f"organization/{c.group_key}.json")],
            "role": "Behandling"}) for c in paper.consultations]
        tree.add(f"paper/{paper.id}.json", "Paper", {
            "body": url(body), "name": paper.name, "reference": paper.reference, "date": _day(paper.on),
            "paperType": "Ärende", "consultation": consultations})
    tree.add(body, "Body", {
        "system": url("system.json"), "name": data.body_name,
        **{name: url(f"body/1/{name}.json") for name in LISTS}, "legislativeTerm": [],
        "classification": "Hälso- och sjukvårdssamverkan"})
    tree.add("system.json", "System", {"oparlVersion": OPARL, "body": url("body.json"),
                                       "name": f"{data.body_name}: samverkansgruppernas möten och beslut"})
    return tree.objects


def _meeting(tree: _Tree, meeting, consultation_of: dict[int, str]) -> None:
    url = tree.url
    path = f"meeting/{meeting.id}.json"
    items = [tree.add(f"agendaitem/{item.id}.json", "AgendaItem", {
        "meeting": url(path), "number": f"§ {item.paragraph}" if item.paragraph else None, "order": item.order,
        "name": item.name, "public": item.public, "result": item.result, "resolutionText": item.resolution,
        "consultation": url(consultation_of[item.id]) if item.id in consultation_of else None})
        for item in meeting.items]
    files = [tree.add(f"file/{f.id}.json", "File", {
        "name": f.file_name, "fileName": f.file_name, "mimeType": f.mime_type, "date": _day(f.published_on),
        "accessUrl": url(f"files/{quote(f.file_name)}"), "downloadUrl": url(f"files/{quote(f.file_name)}"),
        "sha256Checksum": f.sha256, "meeting": [url(path)]}) for f in meeting.files]
    docx = [f for f in files if f["fileName"].lower().endswith(".docx")]
    protocol = docx[0] if docx else (files[0] if files else None)
    location = tree.add(f"location/meeting-{meeting.id}.json", "Location", {
        "description": meeting.place, "meetings": [url(path)]}) if meeting.place else None
    tree.add(path, "Meeting", {
        "name": meeting.name, "meetingState": meeting.state, "cancelled": meeting.cancelled,
        "start": _stamp(meeting.start), "end": _stamp(meeting.end), "location": location,
        "organization": [url(f"organization/{meeting.group_key}.json")],
        "participant": [url(f"person/{pid}.json") for pid in meeting.participant_ids],
        "resultsProtocol": protocol, "auxiliaryFile": [f for f in files if f is not protocol],
        "agendaItem": items}, meeting.created, meeting.modified)


def read_previous(folder: Path) -> dict[str, dict]:
    """The objects of the tree already in ``folder``, by path; lists (with ``data``) are left out."""
    found: dict[str, dict] = {}
    if not folder.is_dir():
        return found
    for file in folder.rglob("*.json"):
        try:
            obj = json.loads(file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        if isinstance(obj, dict) and "type" in obj and "id" in obj:
            found[file.relative_to(folder).as_posix()] = obj
    return found


def _deleted_stubs(tree: dict[str, dict], previous: dict[str, dict], now: str) -> dict[str, dict]:
    stubs = {}
    for path, obj in previous.items():
        if path in tree:
            continue
        stub = {"id": obj["id"], "type": obj["type"], "created": obj.get("created", now),
                "modified": obj["modified"] if obj.get("deleted") and "modified" in obj else now, "deleted": True}
        stubs[path] = stub
    return stubs


def _pages(tree: _Tree, name: str, members: list[dict]) -> dict[str, dict]:
    pages = max(1, math.ceil(len(members) / PAGE_SIZE))

    def page_path(n: int) -> str:
        return f"body/1/{name}.json" if n == 1 else f"body/1/{name}-{n}.json"

    out = {}
    for n in range(1, pages + 1):
        links = {"first": tree.url(page_path(1)), "last": tree.url(page_path(pages)),
                 "self": tree.url(page_path(n))}
        if n > 1:
            links["prev"] = tree.url(page_path(n - 1))
        if n < pages:
            links["next"] = tree.url(page_path(n + 1))
        out[page_path(n)] = {"data": members[(n - 1) * PAGE_SIZE:n * PAGE_SIZE],
                             "pagination": {"totalElements": len(members), "elementsPerPage": PAGE_SIZE,
                                            "currentPage": n, "totalPages": pages},
                             "links": links}
    return out


def write_oparl_tree(folder: Path, data, base_url: str, now: datetime | None = None) -> OParlResult:
    """Write (or bring up to date) the tree in ``folder``."""
    folder = Path(folder)
    now = now or datetime.now(UTC)
    previous = read_previous(folder)
    objects = build_tree(data, base_url, now, previous)
    helper = _Tree(base_url, now, {})
    stubs = _deleted_stubs(objects, previous, helper.now)
    everything = {**objects, **stubs}
    files: dict[str, Any] = dict(everything)
    for name in LISTS:
        members = [obj for path, obj in sorted(everything.items(), key=lambda kv: _order(kv[0]))
                   if path.startswith(f"{name}/")]
        files.update(_pages(helper, name, members))
    files["body.json"] = _pages(helper, "body", [objects["body/1.json"]])["body/1/body.json"]
    files["body.json"]["links"] = {"first": helper.url("body.json"), "last": helper.url("body.json"),
                                   "self": helper.url("body.json")}
    written = 0
    for path, obj in files.items():
        target = folder / path
        content = (json.dumps(obj, ensure_ascii=False, indent=1) + "\n").encode("utf-8")
        if target.exists() and target.read_bytes() == content:
            continue
        write_atomically(target, content)
        written += 1
    for stale in folder.glob("body/1/*-*.json"):  # list pages beyond the last one of this run
        if stale.relative_to(folder).as_posix() not in files:
            stale.unlink()
    return OParlResult(len(everything), written, tuple(s["id"] for s in stubs.values()), folder)


def _order(path: str) -> tuple[str, int, str]:
    folder, _, name = path.partition("/")
    stem = name.removesuffix(".json")
    digits = stem.rpartition("-")[2]
    return (folder, int(digits) if digits.isdigit() else 0, stem)
