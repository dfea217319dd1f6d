"""The register as a table: what each sheet of an import holds, how its headers are guessed, and how a cell's
text becomes a date, a role or a kind. Pure Python: the file readers (samverkan_desktop.importing), the import
service and the Excel export all speak this one vocabulary, so that an exported register imports again."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from .enums import GroupKind, OrganisationKind, Role
from .messages import msg
from .wording import ROLE_WORDS


class TableKind(StrEnum):
    ORGANISATIONS = "organisations"
    PEOPLE = "people"
    GROUPS = "groups"
    MEMBERSHIPS = "memberships"


#: The sheet names of the template and the export, in the order an import applies them.
SHEET_NAMES = {
    TableKind.ORGANISATIONS: "Organisationer",
    TableKind.PEOPLE: "Personer",
    TableKind.GROUPS: "Grupper",
    TableKind.MEMBERSHIPS: "Medlemskap",
}


@dataclass(frozen=True)
class Column:
    key: str
    header: str  # the template's header
    required: bool = False
    aliases: tuple[str, ...] = ()
    is_date: bool = False


def _c(key: str, header: str, *aliases: str, required: bool = False, is_date: bool = False) -> Column:
    return Column(key, header, required, aliases, is_date)


_NAME = ("namn", "name", "fullständigt namn", "för och efternamn")
_EMAIL = ("e-post", "epost", "e-postadress", "epostadress", "mejl", "mail", "e-mail", "email", "mejladress")
_PHONE = ("telefon", "tel", "telefonnummer", "mobil", "mobilnummer", "phone")
_ORG = ("organisation", "arbetsgivare", "huvudman", "förvaltning", "organization", "employer")

COLUMNS: dict[TableKind, tuple[Column, ...]] = {
    TableKind.ORGANISATIONS: (
        _c("name", "Namn", "organisation", "huvudman", *_NAME, required=True),
        _c("short_name", "Kortnamn", "förkortning", "short name"),
        _c("kind", "Typ", "slag", "sort", "kind", "type"),
    ),
    TableKind.PEOPLE: (
        _c("name", "Namn", *_NAME, "person", required=True),
        _c("title", "Titel", "befattning", "tjänst", "title"),
        _c("email", "E-post", *_EMAIL),
        _c("phone", "Telefon", *_PHONE),
        _c("organisation", "Organisation", *_ORG),
    ),
    TableKind.GROUPS: (
        _c("name", "Namn", "grupp", "gruppnamn", *_NAME, required=True),
        _c("short_name", "Kortnamn", "förkortning", "short name"),
        _c("kind", "Typ", "slag", "grupptyp", "kind", "type"),
        _c("parent", "Överordnad grupp", "överordnad", "rapporterar till", "parent", "parent group"),
        _c("active_from", "Aktiv från", "från", "startdatum", "active from", is_date=True),
        _c("active_to", "Aktiv till", "till", "slutdatum", "active to", is_date=True),
    ),
    TableKind.MEMBERSHIPS: (
        _c("group", "Grupp", "gruppnamn", "group", required=True),
        _c("person", "Namn", "person", "ledamot", *_NAME, required=True),
        _c("email", "E-post", *_EMAIL),
        _c("phone", "Telefon", *_PHONE),
        _c("organisation", "Organisation", *_ORG),
        _c("role", "Roll", "uppdrag", "funktion", "role"),
        _c("represents", "Representerar", "på uppdrag av", "företräder", "representerar organisation",
           "represents", "on behalf of"),
        _c("valid_from", "Från", "från och med", "fr.o.m.", "from", "startdatum", "valid from", is_date=True),
        _c("valid_to", "Till", "till och med", "t.o.m.", "to", "slutdatum", "valid to", is_date=True),
    ),
}

#: Sheet and file names that say what a table holds (folded: lower case, no spaces or dashes).
_KIND_NAMES = {
    TableKind.ORGANISATIONS: ("organisationer", "organisation", "huvudman", "huvudmän", "organisations"),
    TableKind.PEOPLE: ("personer", "person", "people", "persons", "kontakter"),
    TableKind.GROUPS: ("grupper", "grupp", "groups"),
    TableKind.MEMBERSHIPS: ("medlemskap", "medlemmar", "ledamöter", "memberships", "members"),
}

ORGANISATION_KIND_WORDS = {
    OrganisationKind.REGION: "Region",
    OrganisationKind.KOMMUN: "Kommun",
    OrganisationKind.PRIVATE_PROVIDER: "Privat vårdgivare",
    OrganisationKind.MUNICIPAL_ASSOCIATION: "Kommunalförbund",
    OrganisationKind.OTHER: "Annan",
}

GROUP_KIND_WORDS = {
    GroupKind.COORDINATION_COUNCIL: "Samordningsråd",
    GroupKind.COORDINATION_GROUP: "Samordningsgrupp",
    GroupKind.REGIONAL_COLLABORATION_GROUP: "Regional samverkansgrupp",
    GroupKind.MANAGEMENT_GROUP: "Ledningsgrupp",
    GroupKind.PREPARATION_GROUP: "Beredningsgrupp",
    GroupKind.THEME_GROUP: "Temagrupp",
    GroupKind.NOSAM: "NOSAM",
    GroupKind.REFERENCE_GROUP: "Referensgrupp",
    GroupKind.WORKING_GROUP: "Arbetsgrupp",
    GroupKind.OTHER: "Annan",
}

_ROLE_EXTRA = {
    "ordf": Role.CHAIR, "ordf.": Role.CHAIR, "chair": Role.CHAIR, "vice ordf": Role.VICE_CHAIR,
    "vice ordf.": Role.VICE_CHAIR, "vice chair": Role.VICE_CHAIR, "viceordförande": Role.VICE_CHAIR,
    "medlem": Role.MEMBER, "deltagare": Role.MEMBER, "member": Role.MEMBER, "ledamöter": Role.MEMBER,
    "adjungerad ledamot": Role.ADJUNCT, "co-opted": Role.ADJUNCT, "adjunct": Role.ADJUNCT,
    "sekr": Role.SECRETARY, "sekr.": Role.SECRETARY, "secretary": Role.SECRETARY,
    "process leader": Role.PROCESS_LEADER, "coordinator": Role.COORDINATOR, "samordnare": Role.COORDINATOR,
}


def fold(text: str) -> str:
    """A header or name as compared: NFC, case folded, inner spaces single, ends stripped."""
    if not text.isascii():
        text = unicodedata.normalize("NFC", text)
    folded = text.casefold()
    return folded if folded.strip() == folded and "  " not in folded and folded.isprintable() else \
        " ".join(folded.split())


def _header_key(text: str) -> str:
    return re.sub(r"[\s\-_.:*()]", "", fold(text))


def guess_kind(name: str, headers: Sequence[str]) -> TableKind | None:
    """What a sheet (or a CSV file, by its name) holds: by its name, else by its headers."""
    key = _header_key(name)
    for kind, names in _KIND_NAMES.items():
        if any(key == _header_key(n) or key.startswith(_header_key(n)) for n in names):
            return kind
    found = {_header_key(h) for h in headers if h}
    if found & {"roll", "role", "uppdrag", "funktion"} or ({"grupp", "group"} & found and
                                                            found & {"namn", "person", "name"}):
        return TableKind.MEMBERSHIPS
    if found & {"överordnadgrupp", "överordnad", "rapporterartill", "grupptyp"}:
        return TableKind.GROUPS
    if found & {_header_key(a) for a in _EMAIL + _PHONE}:
        return TableKind.PEOPLE
    if found & {"typ", "kortnamn"} and found & {"namn", "organisation"}:
        return TableKind.ORGANISATIONS
    return None


def guess_mapping(kind: TableKind, headers: Sequence[str]) -> dict[str, int]:
    """Column key -> index of the header that names it; each header used at most once, exact names first."""
    keys = [_header_key(h) if h else "" for h in headers]
    mapping: dict[str, int] = {}
    used: set[int] = set()
    for exact in (True, False):
        for column in COLUMNS[kind]:
            if column.key in mapping:
                continue
            names = [_header_key(column.header), *(_header_key(a) for a in column.aliases)]
            for index, key in enumerate(keys):
                if index in used or not key:
                    continue
                if key in names if exact else any(key.startswith(n) for n in names if len(n) >= 4):
                    mapping[column.key] = index
                    used.add(index)
                    break
    return mapping


def missing_columns(kind: TableKind, mapping: Mapping[str, int]) -> list[Column]:
    return [c for c in COLUMNS[kind] if c.required and c.key not in mapping]


@dataclass(frozen=True)
class TableRow:
    """One data row: its row number in the file (as the spreadsheet shows it), the mapped values, and what the
    reader already found wrong with it (a formula without a value, a cell Excel marks as an error)."""

    number: int
    values: Mapping[str, str | date | None]
    problems: tuple[str, ...] = ()


@dataclass(frozen=True)
class ImportTable:
    kind: TableKind
    source: str  # the sheet or file, for messages
    rows: tuple[TableRow, ...]
    notes: tuple[str, ...] = field(default=())  # what the reader did that a person should know (merged cells)


def map_rows(kind: TableKind, source: str, rows: Sequence[tuple[int, Sequence[object], Sequence[str]]],
             mapping: Mapping[str, int], notes: Sequence[str] = ()) -> ImportTable:
    """Rows as read (number, cells, problems) under a column mapping; cells are str, date or None."""
    out = []
    for number, cells, problems in rows:
        values: dict[str, Any] = {key: (cells[index] if index < len(cells) else None) for key, index in mapping.items()}
        out.append(TableRow(number, values, tuple(problems)))
    return ImportTable(kind, source, tuple(out), tuple(notes))


# -- values -------------------------------------------------------------------------------------------------
_EXCEL_EPOCH = date(1899, 12, 30)
_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{4})/(\d{1,2})/(\d{1,2})$"), (1, 2, 3)),
    (re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$"), (3, 2, 1)),  # 10.3.2026 and 10/3/2026: day first
)


def excel_serial_date(serial: float) -> date:
    """Excel's day number (1900 system, 61 = 1900-03-01) as a date."""
    return _EXCEL_EPOCH + timedelta(days=int(serial))


def parse_date(value: str | date | None) -> date | None:
    """A date cell: a real date, 2026-03-10 (with or without time), 20260310, 10.3.2026 or 10/3/2026, or an Excel
    day number (a date cell read as text, 46091). Raises ValueError with a Swedish message."""
    if value is None or isinstance(value, date):
        return value.date() if isinstance(value, datetime) else value
    text = value.strip()
    if not text:
        return None
    text = re.sub(r"[ T]\d{1,2}:\d{2}(:\d{2}(\.\d+)?)?$", "", text)
    for pattern, (y, m, d) in _DATE_PATTERNS:
        found = pattern.match(text)
        if found:
            try:
                return date(int(found.group(y)), int(found.group(m)), int(found.group(d)))
            except ValueError:
                raise ValueError(msg("register.no_such_date", value=repr(value))) from None
    if re.fullmatch(r"\d{4,5}(\.0+)?", text) and 1 <= float(text) <= 2958465:
        return excel_serial_date(float(text))
    raise ValueError(msg("domain.register_table.ar_datum_skriv_aaaa", value=value))


def _lookup(text: str, words: Mapping, extra: Mapping | None = None):
    key = fold(text)
    for member, word in words.items():
        if key in (fold(word), fold(member.value), fold(member.name.replace("_", " "))):
            return member
    return (extra or {}).get(key)


def parse_role(text: str | None) -> Role:
    """Ordförande, vice ordförande, ledamot, adjungerad, processledare, koordinator, sekreterare (or the English
    word); empty is ledamot."""
    if text is None or not str(text).strip():
        return Role.MEMBER
    role = _lookup(str(text), ROLE_WORDS, _ROLE_EXTRA)
    if role is None:
        raise ValueError(msg("domain.register_table.rollen_ar_okand_anvand", text=text,
                             names=', '.join(ROLE_WORDS.values())))
    return role


def parse_organisation_kind(text: str | None, name: str = "") -> OrganisationKind:
    """The kind in words; empty: guessed from the name (…kommun, Region …), else annan."""
    if text is None or not str(text).strip():
        folded = fold(name)
        if "kommunalförbund" in folded:
            return OrganisationKind.MUNICIPAL_ASSOCIATION
        if "kommun" in folded or folded.endswith("stad"):
            return OrganisationKind.KOMMUN
        if folded.startswith("region") or "regionen" in folded or "landsting" in folded:
            return OrganisationKind.REGION
        return OrganisationKind.OTHER
    kind = _lookup(str(text), ORGANISATION_KIND_WORDS, {"privat": OrganisationKind.PRIVATE_PROVIDER,
                                                        "municipality": OrganisationKind.KOMMUN})
    if kind is None:
        raise ValueError(msg("domain.register_table.typen_ar_okand_anvand", text=text,
                             names=', '.join(ORGANISATION_KIND_WORDS.values())))
    return kind


def parse_group_kind(text: str | None) -> GroupKind:
    if text is None or not str(text).strip():
        return GroupKind.OTHER
    kind = _lookup(str(text), GROUP_KIND_WORDS, {"närområdessamverkan": GroupKind.NOSAM,
                                                "närområdessamverkan (nosam)": GroupKind.NOSAM,
                                                "annan grupp": GroupKind.OTHER})
    if kind is None:
        raise ValueError(msg("domain.register_table.grupptypen_ar_okand_anvand", text=text,
                             names=', '.join(GROUP_KIND_WORDS.values())))
    return kind


def text_value(value: str | date | None) -> str | None:
    """A text cell, stripped; empty is None; a date (Excel guessed one) in ISO form."""
    if value is None:
        return None
    if isinstance(value, date):
        return value.isoformat()
    text = " ".join(str(value).split())
    return text or None
