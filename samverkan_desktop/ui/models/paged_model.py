"""A table model that fetches its rows a page at a time as the view scrolls (canFetchMore/fetchMore):
twenty years of decisions must not be read into memory to show the first screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic

from PySide6.QtCore import QModelIndex

from .table_model import Column, DtoTableModel, Index, Row

# fetch(offset, limit) -> (rows of that page, total number of rows)
Fetch = Callable[[int, int], tuple[Sequence[Row], int]]
# rows_of(ids) -> the rows of those ids, in that order, leaving out any that are gone
RowsOf = Callable[[Sequence[int]], Sequence[Row]]


class PagedTableModel(DtoTableModel[Row], Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], page_size: int = 200, parent=None) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self.total = 0
        self._fetch: Fetch | None = None
        self._fetching = False

    def load(self, fetch: Fetch) -> None:
        """Start over with a new query: the first page now, the rest when the view asks for it."""
        self._fetch = fetch
        rows, total = fetch(0, self.page_size)
        self.total = total
        self.set_rows(rows)

    def show_first_page(self, rows: Sequence[Row], total: int, fetch: Fetch) -> None:
        """Start over with a first page read elsewhere (a worker thread); ``fetch`` reads the pages after it."""
        self._fetch = fetch
        self.total = total
        self.set_rows(rows)

    def load_ids(self, ids: Sequence[int], rows_of: RowsOf) -> None:
        """Start over with a list a service has ordered as ids (its length is the total): each page is the rows of
        the next slice. Rows removed since the ids were read are skipped, and the pages after them still follow
        on without a gap or a repeat."""
        skipped = 0  # ids before the next page whose rows were gone

        def fetch(offset: int, limit: int) -> tuple[Sequence[Row], int]:
            nonlocal skipped
            if offset == 0:
                skipped = 0
            rows: Sequence[Row] = []
            while not rows and offset + skipped < len(ids):
                wanted = ids[offset + skipped:offset + skipped + limit]
                rows = rows_of(wanted)
                skipped += len(wanted) - len(rows)
            return rows, len(ids) - skipped

        self.load(fetch)

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return (not parent.isValid() and self._fetch is not None and not self._fetching
                and len(self._rows) < self.total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        fetch = self._fetch
        if fetch is None or not self.canFetchMore(parent):
            return
        # Views and model testers may ask again while rows are being inserted: one fetch at a time.
        self._fetching = True
        try:
            rows, total = fetch(len(self._rows), self.page_size)
            rows = list(rows)[: max(0, total - len(self._rows))]
            if rows:
                first = len(self._rows)
                self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            # The data may have shrunk since the first page: never ask for more than there is.
            self.total = len(self._rows) if not rows else max(len(self._rows), total)
        finally:
            self._fetching = False
