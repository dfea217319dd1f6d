"""The one door from the meeting pack (and the e-mail drafts) to PDF conversion.

``convert_many`` turns several documents into PDFs in one call, with one converter for the whole batch
(``pdf.open_pdf_converter``: one LibreOffice process with a profile of its own, or Word through COM on Windows),
so a pack of ten attachments starts one LibreOffice, not ten."""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path

from ..domain.errors import StorageError
from ..domain.messages import msg
from .pdf import open_pdf_converter, pdf_unavailable_reason

__all__ = ["convert_many", "pdf_unavailable_reason"]


def convert_many(paths: Sequence[Path], out_dir: Path, *, cancel: threading.Event | None = None) -> list[Path]:
    """``out_dir/<stem>.pdf`` for each of ``paths`` (stems must differ), in the same order; ``StorageError`` in
    Swedish when one cannot be converted."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    jobs = [(Path(path), out_dir / f"{Path(path).stem}.pdf") for path in paths]
    if not jobs:
        return []
    with open_pdf_converter(cancel=cancel) as converter:
        results = converter.convert(jobs)
    failed = next((result for result in results if not result.ok), None)
    if failed is not None:
        raise StorageError(failed.error or msg("export.convert_batch.not_converted", name=failed.source.name))
    return [result.target for result in results]
