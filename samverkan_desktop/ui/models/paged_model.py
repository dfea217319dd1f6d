"""A table model that fetches its rows a page at a time as the view scrolls (canFetchMore/fetchMore):
twenty years of decisions must not be read into memory to show the first screen. A page is read on the GUI
thread (``fetch``) or, given ``fetch_later``, elsewhere (a worker), its rows added when they arrive."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Generic

from PySide6.QtCore import QModelIndex

from .table_model import Column, DtoTableModel, Index, Row

# fetch(offset, limit) -> (rows of that page, total number of rows)
Fetch = Callable[[int, int], tuple[Sequence[Row], int]]
# rows_of(ids) -> the rows of those ids, in that order, leaving out any that are gone
RowsOf = Callable[[Sequence[int]], Sequence[Row]]
# deliver(rows, total) on the GUI thread when a page read elsewhere arrives; rows None: it was not read
Deliver = Callable[[Sequence[Row] | None, int], None]
# fetch_later(offset, limit, deliver) starts reading that page elsewhere (a worker)
FetchLater = Callable[[int, int, Deliver], None]


class PagedTableModel(DtoTableModel[Row], Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], page_size: int = 200, parent=None) -> None:
        super().__init__(columns, parent)
        self.page_size = page_size
        self.total = 0
        self._fetch: Fetch | None = None
        self._fetch_later: FetchLater | None = None
        self._fetching = False
        self._generation = 0  # a new query: a page still on its way for the one before is dropped

    def load(self, fetch: Fetch) -> None:
        """Start over with a new query: the first page now, the rest when the view asks for it."""
        self._start_over(fetch, None)
        rows, total = fetch(0, self.page_size)
        self.total = total
        self.set_rows(rows)

    def show_first_page(self, rows: Sequence[Row], total: int, fetch: Fetch,
                        fetch_later: FetchLater | None = None) -> None:
        """Start over with a first page read elsewhere (a worker thread); ``fetch`` reads the pages after it, or
        ``fetch_later`` where given (then the view asks again once that page has arrived)."""
        self._start_over(fetch, fetch_later)
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

    def _start_over(self, fetch: Fetch, fetch_later: FetchLater | None) -> None:
        self._fetch, self._fetch_later = fetch, fetch_later
        self.stop_fetching()

    def stop_fetching(self) -> None:
        """A page on its way is not wanted any more (its query was stopped): it is dropped if it still arrives,
        and the next fetchMore reads it again."""
        self._generation += 1
        self._fetching = False

    @property
    def fetching(self) -> bool:
        """A page is on its way (``fetch_later``)."""
        return self._fetching

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:
        return (not parent.isValid() and self._fetch is not None and not self._fetching
                and len(self._rows) < self.total)

    def fetchMore(self, parent: Index = QModelIndex()) -> None:
        fetch = self._fetch
        if fetch is None or not self.canFetchMore(parent):
            return
        # Views and model testers may ask again while rows are being inserted: one fetch at a time.
        self._fetching = True
        if self._fetch_later is not None:
            generation = self._generation

            def deliver(rows: Sequence[Row] | None, total: int) -> None:
                if generation != self._generation:
                    return
                try:
                    if rows is not None:
                        self._append(rows, total)
                finally:
                    self._fetching = False

            self._fetch_later(len(self._rows), self.page_size, deliver)
            return
        try:
            self._append(*fetch(len(self._rows), self.page_size))
        finally:
            self._fetching = False

    def _append(self, rows: Sequence[Row], total: int) -> None:
        rows = list(rows)[: max(0, total - len(self._rows))]
        if rows:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
            self._rows.extend(rows)
            self.endInsertRows()
        # The data may have shrunk since the first page: never ask for more than there is.
        self.total = len(self._rows) if not rows else max(len(self._rows), total)
