"""The whole database as one ZIP file: every table as CSV and JSON, the attachments as files, and a README.txt.

CSV: UTF-8 with a byte order mark and ``;`` between fields, which is what Excel with Swedish settings opens by a
double click (it reads ``,`` as the decimal comma); quoted by the csv module where a value holds ``;``, a quote
or a line break. JSON: UTF-8, an array of objects with the column names as keys. Rows arrive as an iterator and
go straight into the compressed member: memory stays constant. The ZIP is written to a temporary file in the
target's folder and renamed over the target only when complete.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import shutil
import tempfile
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from ..domain.files import replacing

README_NAME = "README.txt"
_SPOOL_BYTES = 8 * 1024 * 1024
_COPY_CHUNK = 1024 * 1024


class EverythingZip:
    """``with EverythingZip(target) as archive:`` hand it to ``services.everything.export_everything``."""

    def __init__(self, target: Path) -> None:
        self.target = Path(target)
        self.members: list[str] = []
        self._stack: contextlib.ExitStack | None = None
        self._zip: zipfile.ZipFile | None = None

    def __enter__(self) -> EverythingZip:
        stack = contextlib.ExitStack()
        partial = stack.enter_context(replacing(self.target))
        self._zip = stack.enter_context(zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED,
                                                        allowZip64=True))
        self._stack = stack
        return self

    def __exit__(self, *exc_info) -> bool | None:
        stack, self._stack = self._stack, None
        return stack.__exit__(*exc_info) if stack else None

    @property
    def _archive(self) -> zipfile.ZipFile:
        if self._zip is None:
            raise RuntimeError("EverythingZip is used outside its with-block")
        return self._zip

    def _open(self, name: str):
        self.members.append(name)
        return self._archive.open(name, "w", force_zip64=True)

    def table(self, name: str, columns: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
        """Write ``tables/<name>.csv`` and ``tables/<name>.json`` in one pass over ``rows``; returns the count."""
        count = 0
        # One member of a ZIP is written at a time: the JSON goes to a temporary file (in memory while small)
        # while the CSV streams into the archive, then is copied in. Memory stays constant either way.
        with tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES) as json_raw:
            json_text = io.TextIOWrapper(json_raw, encoding="utf-8", newline="\n")
            with self._open(f"tables/{name}.csv") as csv_raw:
                csv_text = io.TextIOWrapper(csv_raw, encoding="utf-8-sig", newline="")
                writer = csv.writer(csv_text, delimiter=";", lineterminator="\r\n")
                writer.writerow(columns)
                json_text.write("[")
                for row in rows:
                    writer.writerow(["" if v is None else _csv_value(v) for v in row])
                    json_text.write(",\n" if count else "\n")
                    json_text.write(json.dumps(dict(zip(columns, row, strict=True)), ensure_ascii=False))
                    count += 1
                json_text.write("\n]\n" if count else "]\n")
                csv_text.flush()
                csv_text.detach()
            json_text.flush()
            json_text.detach()
            json_raw.seek(0)
            with self._open(f"tables/{name}.json") as stream:
                shutil.copyfileobj(json_raw, stream, _COPY_CHUNK)
        return count

    def attachment(self, path: str, content: bytes) -> None:
        with self._open(path) as stream:
            stream.write(content)

    def readme(self, tables: Sequence, attachments: Sequence[str]) -> None:
        text = "\n".join(_readme_lines(tables, attachments)) + "\n"
        with self._open(README_NAME) as stream:
            stream.write(text.encode("utf-8-sig"))


def _csv_value(value: object) -> object:
    if value is True:
        return "1"
    if value is False:
        return "0"
    return value


def _readme_lines(tables: Sequence, attachments: Sequence[str]) -> Iterator[str]:
    yield "Samverkan Desktop: hela databasen"
    yield "================================="
    yield ""
    yield "Varje tabell finns i två format under tables/:"
    yield "- <tabell>.csv: UTF-8 med BOM, semikolon (;) mellan fälten; öppnas direkt i Excel med svenska"
    yield "  inställningar. Sant/falskt skrivs 1/0, tomma fält betyder inget värde."
    yield "- <tabell>.json: UTF-8, en lista med ett objekt per rad och kolumnnamnen som nycklar."
    yield "Tider är i UTC (ISO 8601), datum ÅÅÅÅ-MM-DD. Kolumner som slutar på _id pekar på id i en annan tabell."
    yield "Granskningsloggen (vem gjorde vad och när) är tables/audit_event.csv och tables/audit_event.json."
    yield ""
    yield "Filer"
    yield "-----"
    yield f"{README_NAME}: den här beskrivningen."
    for table in tables:
        yield f"tables/{table.name}.csv, tables/{table.name}.json: {table.description} {table.rows} rader."
        yield f"    Kolumner: {', '.join(table.columns)}"
    yield ""
    yield "Bilagor"
    yield "-------"
    yield ("Bilagorna ligger under attachments/<dagordningspunktens id>/<filnamn> (id:t är agenda_item.id; "
           "tabellen attachment binder filnamn och SHA-256 till punkten).")
    if not attachments:
        yield "(Databasen har inga bilagor.)"
    for path in attachments:
        yield f"{path}: bilaga."
