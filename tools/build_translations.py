"""Compiles the Qt Linguist sources (resources/translations/*.ts) into the .qm files the app loads.

    python tools/build_translations.py [TARGET]      (default: beside the .ts files, as `make translations`)

Used by setup.py (the wheel carries the .qm files), build.spec (the frozen build) and the tests (a plain `pytest`
compiles its own into a temporary folder). The compiler is Qt's own lrelease from PySide6: PySide6 is already a
dependency, it is in the build requirements, and a hand-written .qm writer would be a second, untested
implementation of Qt's binary format. Without PySide6 this fails loudly rather than build a package without them.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

SOURCE = Path(__file__).resolve().parent.parent / "resources" / "translations"


def lrelease_program() -> Path:
    """PySide6's lrelease binary, found without importing Qt (the wheel build has no display or Qt libraries)."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6 saknas: översättningarna (.qm) kan inte kompileras utan dess lrelease.")
    for folder in spec.submodule_search_locations:
        program = Path(folder) / ("lrelease.exe" if os.name == "nt" else "lrelease")
        if program.is_file():
            return program
    raise RuntimeError("PySide6 har ingen lrelease: översättningarna (.qm) kan inte kompileras.")


#: Qt's own Swedish, shipped with PySide6: the standard buttons and dialogs (qt_fixes_sv.ts corrects it).
QT_TRANSLATIONS = ("qtbase_sv.qm",)


def qt_translation_files() -> list[Path]:
    """PySide6's compiled Qt translations that the frozen build bundles beside ours (Qt/translations on Linux and
    macOS, translations on Windows), found without importing Qt."""
    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("PySide6 saknas: Qts svenska översättning kan inte tas med.")
    found = []
    for name in QT_TRANSLATIONS:
        paths = [Path(folder) / sub / name for folder in spec.submodule_search_locations
                 for sub in ("Qt/translations", "translations")]
        path = next((p for p in paths if p.is_file()), None)
        if path is None:
            raise RuntimeError(f"PySide6 har ingen {name}: Qts svenska översättning kan inte tas med.")
        found.append(path)
    return found


def compile_translations(source: Path = SOURCE, target: Path = SOURCE) -> list[Path]:
    """Every ``*.ts`` in ``source`` compiled into ``target``; returns the .qm files written."""
    target.mkdir(parents=True, exist_ok=True)
    program = lrelease_program()
    written = []
    for ts in sorted(source.glob("*.ts")):
        qm = target / f"{ts.stem}.qm"
        subprocess.run([str(program), "-silent", str(ts), "-qm", str(qm)], check=True)
        written.append(qm)
    if not written:
        raise RuntimeError(f"Inga översättningar (*.ts) i {source}.")
    return written


if __name__ == "__main__":
    for path in compile_translations(target=Path(sys.argv[1]) if len(sys.argv) > 1 else SOURCE):
        print(path)
