"""The one door from the meeting pack (and the e-mail drafts) to PDF conversion.

``convert_many`` turns several documents into PDFs in one call. Today it calls ``pdf.convert_to_pdf`` once per
file; a batch converter (one LibreOffice process for many files, Word on Windows) replaces only the body of this
function."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from .pdf import convert_to_pdf, pdf_unavailable_reason

__all__ = ["convert_many", "pdf_unavailable_reason"]


def convert_many(paths: Sequence[Path], out_dir: Path) -> list[Path]:
    """``out_dir/<stem>.pdf`` for each of ``paths`` (stems must differ), in the same order; ``StorageError`` in
    Swedish when one cannot be converted."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    return [convert_to_pdf(Path(path), out_dir / f"{Path(path).stem}.pdf") for path in paths]
