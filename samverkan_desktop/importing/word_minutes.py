# Over 400 lines: one reader of old minutes whose heuristics (items, attendance, decisions) work on the same paragraphs.
"""Old minutes from Word: what a typical Swedish minutes document says, read with python-docx into plain data.

Recognised: the date, time and place (``Datum:``, ``Tid:``, ``Plats:``, "10 mars 2026", "kl. 13.00–15.00");
the Närvarande list (and Anmält förhinder, Adjungerade/Gäster), as paragraphs, a table or one line; the items as
headings, as paragraphs "§ 12 …", as numbered paragraphs "1. …", or as the rows of a table with columns such as
§, Ärende, Anteckningar and Beslut; in each item "Föredragande:", "Beslut:" and "att …" clauses (the decision),
the outcome sentences of the app's own minutes, and the rest as notes. A § given in the document is kept; "1."
numbers are the order of the items, not their §.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from datetime import date, time
from pathlib import Path

import docx
from docx.table import Table
from docx.text.paragraph import Paragraph

from ..domain.enums import Outcome
from ..domain.errors import ValidationError
from ..domain.messages import msg
from ..domain.parsed_minutes import ParsedItem, ParsedMinutes, ParsedPerson
from .word_package_check import MAX_FILE_BYTES, check_docx

MONTHS = ("januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
          "november", "december")
CONFIDENTIAL_TITLE = "Konfidentiell punkt"
CONFIDENTIAL_LINE = "Punkten är konfidentiell och publiceras inte."

_ISO_DATE = re.compile(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b")
_LONG_DATE = re.compile(rf"\b(\d{{1,2}})\s+({'|'.join(MONTHS)})\s+(\d{{4}})\b", re.IGNORECASE)
_TIME_SPAN = re.compile(r"\b(\d{1,2})[.:](\d{2})\s*(?:[-–—]|till)\s*(\d{1,2})[.:](\d{2})\b")
_ONE_TIME = re.compile(r"\bkl\.?\s*(\d{1,2})[.:](\d{2})\b", re.IGNORECASE)
_FACT = re.compile(r"^(datum|tid|plats|lokal|tid och plats|mötesdatum|digitalt)\s*:\s*(.*)$", re.IGNORECASE)
_PEOPLE = {
    "present": re.compile(r"^(närvarande|närvarande ledamöter|deltagare|ledamöter)\s*:?\s*(.*)$", re.IGNORECASE),
    "excused": re.compile(r"^(anmält förhinder|förhinder|frånvarande|ej närvarande)\s*:?\s*(.*)$", re.IGNORECASE),
    "guests": re.compile(r"^(adjungerade|adjungerad|gäster|övriga närvarande|inbjudna)\s*:?\s*(.*)$",
                         re.IGNORECASE),
}
_LABELS = re.compile(r"^(ärenden|dagordning|föredragningslista|punkter)\s*:?\s*$", re.IGNORECASE)
_END = re.compile(r"^(godkännande|justering|justeras|vid protokollet|vid anteckningarna|nästa möte|"
                  r"underskrifter)\s*:?\s*$", re.IGNORECASE)
_DOC_TITLE = re.compile(r"minnesanteckning|protokoll|anteckningar från|mötesanteckning", re.IGNORECASE)
_PARAGRAPH = re.compile(r"^§\s*(\d{1,4})\s*[.:)\-–]?\s*(.*)$")
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(\S.*)$")
_PRESENTER = re.compile(r"^föredragande\s*:\s*(.+)$", re.IGNORECASE)
_DECISION = re.compile(r"^(beslut|beslutades|gruppen beslutade|beslutet)\s*:?\s*(.*)$", re.IGNORECASE)
_ATT = re.compile(r"^att\s+\S", re.IGNORECASE)
# The app's own minutes: "Beslut: Gruppen beslutar i enighet att" (or a proposal's lead), the clauses as a list.
_DECISION_LEAD = re.compile(r"^(?:beslut\s*:\s*)?(?P<lead>gruppen beslutar i enighet|gruppen föreslås besluta|"
                            r"förslaget till beslut var)\s+att\s*:?$", re.IGNORECASE)
_OUTCOMES = (
    (re.compile(r"^Informationen noteras\.$"), Outcome.NOTED),
    (re.compile(r"^Gruppen beslutar i enighet\.$"), Outcome.DECIDED),
    (re.compile(r"^Ärendet återremitteras(?: till .+?)? för vidare beredning(?:: (?P<why>.+))?\.$"),
     Outcome.REFERRED_BACK),
    (re.compile(r"^Ärendet återremitteras(?: till .+?)? (?P<why>för .+)\.$"), Outcome.REFERRED_BACK),
    (re.compile(r"^Ärendet bordläggs till ett senare möte\.$"), Outcome.DEFERRED),
    (re.compile(r"^Ärendet bordläggs: (?P<why>.+)\.$"), Outcome.DEFERRED),
    (re.compile(r"^Ärendet lyfts till .+?(?:: (?P<why>.+))?\.$"), Outcome.ESCALATED),
    (re.compile(r"^Ärendet stryks från dagordningen(?:: (?P<why>.+))?\.$"), Outcome.STRUCK),
)
_TITLE_COLUMN = re.compile(r"^(ärende|ärenden|rubrik|punkt|fråga|ämne|dagordningspunkt)$", re.IGNORECASE)
_NUMBER_COLUMN = re.compile(r"^(§|nr|nr\.|paragraf|punkt nr)$", re.IGNORECASE)
_NOTES_COLUMN = re.compile(r"^(anteckning|anteckningar|noteringar|diskussion|information|kommentar|kommentarer|"
                           r"beskrivning)$", re.IGNORECASE)
_DECISION_COLUMN = re.compile(r"^(beslut|beslut/åtgärd|förslag till beslut)$", re.IGNORECASE)


@dataclass
class _Block:
    text: str = ""
    heading: bool = False
    rows: list[list[str]] | None = None  # a table
    listed: bool = False  # a list paragraph (bullets or numbers in Word)


@dataclass
class _Item:
    paragraph: int | None
    title: str
    lines: list[str] = field(default_factory=list)
    presenter: str | None = None
    decision: list[str] = field(default_factory=list)
    outcome: Outcome | None = None
    reason: str | None = None
    in_decision: bool = False


def read_minutes_docx(path: Path) -> ParsedMinutes:
    """The file's minutes, or ValidationError in Swedish saying why it cannot be read."""
    path = Path(path)
    try:
        if path.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError(msg("importing.word_minutes.filen_ar_storre_an", path_name=path.name,
                                      value=MAX_FILE_BYTES // 2**20), field="file")
        content = path.read_bytes()
    except FileNotFoundError:
        raise ValidationError(msg("importing.word_minutes.filen_finns", path_name=path.name), field="file") from None
    except (OSError, ValueError):
        raise ValidationError(msg("importing.word_minutes.filen_lasas_inget_importerats", path_name=path.name),
                              field="file") from None
    return parse_minutes_docx(content, path.name)


def parse_minutes_docx(content: bytes, file_name: str) -> ParsedMinutes:
    check_docx(content, file_name)
    try:
        document = docx.Document(io.BytesIO(content))
    except Exception:  # python-docx raises many kinds on a broken package: all mean the same to the user
        raise ValidationError(msg("importing.word_minutes.filen_lasas_word_dokument", file_name=file_name),
                              field="file") from None
    return _Reader(file_name, list(_blocks(document))).read()


def _clean(text: str) -> str:
    return re.sub(r"[ \t\u00a0\u202f]+", " ", text.replace("\u200b", "")).strip()


def _blocks(document) -> Iterator[_Block]:
    for part in document.iter_inner_content():
        if isinstance(part, Paragraph):
            style = (part.style.name if part.style is not None else "") or ""
            properties = part._p.pPr
            listed = style.lower().startswith("list") or (properties is not None and properties.numPr is not None)
            for line in part.text.split("\n"):  # a soft line break (Shift+Enter) separates lines too
                yield _Block(_clean(line), heading=style.lower().startswith(("heading", "rubrik")), listed=listed)
        elif isinstance(part, Table):
            rows = []
            for row in part.rows:
                cells, seen = [], set()
                for cell in row.cells:
                    if id(cell._tc) in seen:  # a merged cell repeats: once is enough
                        continue
                    seen.add(id(cell._tc))
                    cells.append("\n".join(_clean(p.text) for p in cell.paragraphs if _clean(p.text)))
                rows.append(cells)
            yield _Block(rows=rows)


def _person(text: str) -> ParsedPerson | None:
    text = text.strip(" -–•·*\t")
    if not text:
        return None
    match = re.match(r"^(.+?)\s*\((.+)\)$", text)
    if match:
        return ParsedPerson(match.group(1).strip(), match.group(2).strip())
    for separator in (",", " – ", " - "):
        if separator in text:
            name, _, rest = text.partition(separator)
            return ParsedPerson(name.strip(), rest.strip() or None)
    return ParsedPerson(text)


class _Reader:
    def __init__(self, file_name: str, blocks: list[_Block]) -> None:
        self.file_name = file_name
        self.blocks = blocks
        self.people: dict[str, list[ParsedPerson]] = {"present": [], "excused": [], "guests": []}
        self.items: list[_Item] = []
        self.kinds: list[str] = []
        self.notes: list[str] = []
        self.facts: list[str] = []
        self.place: str | None = None

    def read(self) -> ParsedMinutes:
        use_numbered = not any(self._starts_item(b, numbered=False, record=False)
                               for b in self.blocks if b.rows is None)
        mode: str | None = None  # "present", "excused", "guests" while reading a list of people
        item: _Item | None = None
        ended = False
        for block in self.blocks:
            if ended:
                break
            if block.rows is not None:
                if self._item_table(block.rows):
                    item, mode = None, None
                    continue
                if mode:
                    self._people_table(mode, block.rows)
                elif item is not None:
                    item.lines.extend(" | ".join(c for c in row if c) for row in block.rows if any(row))
                elif not self.items:
                    self.facts.extend(" ".join(row) for row in block.rows)
                continue
            text = block.text
            if not text:
                continue
            started = self._starts_item(block, numbered=use_numbered)
            if started:
                item, mode = started, None
                self.items.append(item)
                continue
            if _END.match(text) and (block.heading or self.items):
                ended = True
                continue
            kind = next((k for k, pattern in _PEOPLE.items() if pattern.match(text)), None)
            if kind and (block.heading or item is None or text.rstrip().endswith(":")):
                rest = _PEOPLE[kind].match(text).group(2)  # type: ignore[union-attr]  # matched just above
                mode, item = kind, None
                if rest:
                    for part in re.split(r";" if ";" in rest else r",", rest):
                        person = _person(part) if ";" in rest else (ParsedPerson(part.strip()) if part.strip()
                                                                     else None)
                        if person:
                            self.people[kind].append(person)
                    mode = None
                continue
            if _LABELS.match(text) or (block.heading and item is None and not self.items):
                mode = None
                self.facts.append(text)
                continue
            if mode:
                if _FACT.match(text):
                    mode = None
                else:
                    person = _person(text)
                    if person:
                        self.people[mode].append(person)
                    continue
            if item is not None:
                self._item_line(item, text, listed=block.listed)
            else:
                self.facts.append(text)
        return self._result()

    def _starts_item(self, block: _Block, *, numbered: bool, record: bool = True) -> _Item | None:
        """The item this block starts, if it starts one (``record``: note how it was recognised)."""
        text = block.text
        if not text:
            return None
        kind = self._kind if record else (lambda _kind: None)
        match = _PARAGRAPH.match(text)
        if match:
            kind("importing.structure.headings" if block.heading else "importing.structure.paragraphs")
            return _Item(int(match.group(1)), match.group(2).strip())
        if block.heading:
            if _LABELS.match(text) or _END.match(text) or any(p.match(text) for p in _PEOPLE.values()):
                return None
            if not self.items and _DOC_TITLE.search(text):
                return None
            kind("importing.structure.headings")
            numbered_heading = _NUMBERED.match(text)
            return _Item(None, numbered_heading.group(2) if numbered_heading else text)
        if numbered:
            match = _NUMBERED.match(text)
            if match and len(text) <= 200 and not _ATT.match(match.group(2)):
                kind("importing.structure.numbered")
                return _Item(None, match.group(2).strip())
        return None

    def _kind(self, kind: str) -> None:
        if kind not in self.kinds:
            self.kinds.append(kind)

    def _item_line(self, item: _Item, text: str, *, listed: bool = False) -> None:
        if not item.title:  # "§ 12" alone on its line: the title follows
            item.title = text
            return
        lead = _DECISION_LEAD.match(text)
        if lead:
            item.in_decision = True
            if lead.group("lead").lower() == "gruppen beslutar i enighet" and item.outcome is None:
                item.outcome = Outcome.DECIDED
            return
        if listed and item.in_decision:  # a clause of the list after the lead
            item.decision.append(text if _ATT.match(text) else f"att {text}")
            return
        presenter = _PRESENTER.match(text)
        if presenter and not item.lines and not item.decision:
            item.presenter = presenter.group(1).strip()
            return
        decision = _DECISION.match(text)
        if decision and (text.split()[0].endswith(":") or not decision.group(2) or _ATT.match(decision.group(2))):
            item.in_decision = True
            if decision.group(2):
                item.decision.append(decision.group(2).strip())
            return
        if _ATT.match(text):
            item.decision.append(text)
            item.in_decision = True
            return
        for pattern, outcome in _OUTCOMES:
            found = pattern.match(text)
            if found and item.outcome is None:
                item.outcome = outcome
                item.reason = (found.groupdict().get("why") or None)
                item.in_decision = False
                return
        item.in_decision = False
        item.lines.append(f"- {text}" if listed else text)

    def _item_table(self, rows: list[list[str]]) -> bool:
        if len(rows) < 2:
            return False
        header = [c.strip().rstrip(":") for c in rows[0]]
        title = next((i for i, c in enumerate(header) if _TITLE_COLUMN.match(c)), None)
        number = next((i for i, c in enumerate(header) if _NUMBER_COLUMN.match(c)), None)
        notes = next((i for i, c in enumerate(header) if _NOTES_COLUMN.match(c)), None)
        decision = next((i for i, c in enumerate(header) if _DECISION_COLUMN.match(c)), None)
        if title is None or (notes is None and decision is None):
            return False
        self._kind("importing.structure.table")
        for row in rows[1:]:
            def cell(index: int | None, row=row) -> str:
                return row[index].strip() if index is not None and index < len(row) else ""
            if not cell(title):
                continue
            digits = re.sub(r"[^\d]", "", cell(number))
            item = _Item(int(digits) if digits and "§" in (cell(number) + header[number or 0]) else None,
                         cell(title))
            for line in cell(notes).split("\n") if cell(notes) else []:
                self._item_line(item, line)
            for line in cell(decision).split("\n") if cell(decision) else []:
                decision_line = _DECISION.match(line)
                text = decision_line.group(2) if decision_line and decision_line.group(2) else line
                if text and not _DECISION.fullmatch(text):
                    item.decision.append(text)
            self.items.append(item)
        return True

    def _people_table(self, kind: str, rows: list[list[str]]) -> None:
        for index, row in enumerate(rows):
            if not row or not row[0].strip():
                continue
            if index == 0 and row[0].strip().lower().rstrip(":") in ("namn", "name", "ledamot", "deltagare"):
                continue
            organisation = row[1].strip() if len(row) > 1 and row[1].strip() else None
            self.people[kind].append(ParsedPerson(row[0].strip(), organisation))

    def _result(self) -> ParsedMinutes:
        if not self.items:
            found = " ".join(self.facts)
            seen = _ISO_DATE.search(found) or _LONG_DATE.search(found) or self.people["present"]
            what = msg("importing.structure.found_but" if seen else "importing.structure.neither")
            raise ValidationError(
                msg("importing.word_minutes.filen_ingen_struktur_lasas", file_name=self.file_name,
                    what=what), field="file")
        day, starts, ends, place = self._facts()
        items = tuple(self._item(i) for i in self.items)
        if day is None:
            self.notes.append(msg("importing.word_minutes.motets_datum_hittades_dokumentet"))
        if starts is None:
            self.notes.append(msg("importing.word_minutes.motets_tid_hittades_motet"))
        numbers = [i.paragraph for i in items if i.paragraph is not None]
        if numbers and len(numbers) != len(items):
            self.notes.append(msg("importing.word_minutes.bara_nagra_punkter_nummer"))
        if len(set(numbers)) != len(numbers):
            self.notes.append(msg("importing.word_minutes.samma_nummer_forekommer_flera"))
        structure = msg("importing.structure.and").join(msg(kind) for kind in self.kinds)  # kinds are message ids
        return ParsedMinutes(self.file_name, structure, day, starts, ends, place,
                             tuple(self.people["present"]), tuple(self.people["excused"]),
                             tuple(self.people["guests"]), items, tuple(self.notes))

    def _item(self, item: _Item) -> ParsedItem:
        notes = "\n".join(line for line in item.lines if line) or None
        if item.title == CONFIDENTIAL_TITLE and (notes in (None, CONFIDENTIAL_LINE)):
            return ParsedItem(item.paragraph, CONFIDENTIAL_TITLE, confidential=True)
        parsed = ParsedItem(item.paragraph, item.title[:500], item.presenter[:300] if item.presenter else None, notes,
                            "\n".join(item.decision) or None, item.outcome, item.reason)
        return replace(parsed, title=parsed.title or "(utan rubrik)")

    def _facts(self) -> tuple[date | None, time | None, time | None, str | None]:
        day = starts = ends = None
        place = None
        for text in self.facts:
            fact = _FACT.match(text)
            label, value = (fact.group(1).lower(), fact.group(2)) if fact else ("", text)
            if day is None:
                day = _date_in(value)
            if starts is None:
                span = _TIME_SPAN.search(value)
                if span:
                    starts, ends = _time(span.group(1), span.group(2)), _time(span.group(3), span.group(4))
                else:
                    one = _ONE_TIME.search(value)
                    starts = _time(one.group(1), one.group(2)) if one else None
            if place is None and label in ("plats", "lokal"):
                place = value.strip() or None
            elif place is None and label == "tid och plats":
                rest = _TIME_SPAN.split(value)[-1] if _TIME_SPAN.search(value) else ""
                place = rest.strip(" ,;.") or None
        return day, starts, ends, place


def _date_in(text: str) -> date | None:
    for pattern, build in ((_ISO_DATE, lambda m: (int(m[1]), int(m[2]), int(m[3]))),
                           (_LONG_DATE, lambda m: (int(m[3]), MONTHS.index(m[2].lower()) + 1, int(m[1])))):
        match = pattern.search(text)
        if match:
            try:
                return date(*build(match))
            except ValueError:
                continue
    return None


def _time(hours: str, minutes: str) -> time | None:
    try:
        return time(int(hours), int(minutes))
    except ValueError:
        return None
