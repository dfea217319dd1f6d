"""The Windows version resource of the frozen programs, from pyproject's version (used by build.spec).

Written as PyInstaller's text form of a VSVersionInfo (what `EXE(version=FILE)` reads), so that build.spec can
write it without importing PyInstaller's Windows-only helpers and the tests can read it without PyInstaller.
"""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

COMPANY = "Samverkan Desktop"
PRODUCT = "Samverkan Desktop"
ROOT = Path(__file__).resolve().parent.parent


def project_version(pyproject: Path = ROOT / "pyproject.toml") -> str:
    return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]


def version_tuple(version: str) -> tuple[int, int, int, int]:
    """``0.1.0`` -> (0, 1, 0, 0); a pre-release suffix (``1.2.0rc1``) is dropped: Windows takes four numbers."""
    match = re.match(r"(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?", version)
    if not match:
        raise ValueError(f"Versionen {version!r} börjar inte med ett nummer.")
    return tuple(int(part or 0) for part in match.groups())  # type: ignore[return-value]


def version_info_text(version: str, program: str, description: str) -> str:
    numbers = version_tuple(version)
    strings = {
        "CompanyName": COMPANY,
        "FileDescription": description,
        "FileVersion": version,
        "InternalName": program,
        "LegalCopyright": COMPANY,
        "OriginalFilename": f"{program}.exe",
        "ProductName": PRODUCT,
        "ProductVersion": version,
    }
    rows = ",\n          ".join(f"StringStruct({key!r}, {value!r})" for key, value in strings.items())
    # 041D = Swedish, 04B0 = Unicode (code page 1200).
    return f"""VSVersionInfo(
  ffi=FixedFileInfo(filevers={numbers!r}, prodvers={numbers!r}, mask=0x3f, flags=0x0, OS=0x40004,
                    fileType=0x1, subtype=0x0, date=(0, 0)),
  kids=[
    StringFileInfo([
      StringTable('041D04B0', [
          {rows}])]),
    VarFileInfo([VarStruct('Translation', [0x041D, 1200])]),
  ]
)
"""


def write_version_file(folder: Path, program: str, description: str, version: str | None = None) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"version-{program}.txt"
    path.write_text(version_info_text(version or project_version(), program, description), encoding="utf-8")
    return path
