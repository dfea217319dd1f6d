"""The paged table model: first page at once, the rest a page at a time as the view asks (exact offsets and
inserted ranges, past 500 rows); passes qtmodeltester."""

from __future__ import annotations

from PySide6.QtWidgets import QTableView

from samverkan_desktop.ui.models.paged_model import PagedTableModel
from samverkan_desktop.ui.models.table_model import Column


def make(total: int, page: int = 10):
    calls = []
    data = list(range(total))

    def fetch(offset: int, limit: int):
        calls.append((offset, limit))
        return data[offset:offset + limit], len(data)

    model = PagedTableModel([Column("Tal", str), Column("Dubbelt", lambda n: str(2 * n))], page_size=page)
    model.load(fetch)
    return model, calls, data


def test_only_the_first_page_is_read_until_more_is_asked_for(qtmodeltester) -> None:
    model, calls, _data = make(35)
    assert model.rowCount() == 10 and calls == [(0, 10)] and model.canFetchMore()
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rowCount() == 35 and calls[-1] == (30, 10)
    assert model.data(model.index(34, 1)) == "68"
    qtmodeltester.check(model)


def test_a_view_fetches_one_page_each_time_it_reaches_the_bottom(qtbot, qtmodeltester) -> None:
    model, calls, _data = make(1234, page=20)
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    qtbot.waitExposed(view)
    assert model.rowCount() == 20 and calls == [(0, 20)]  # the first page fills the view: nothing more read
    view.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 40)
    assert calls == [(0, 20), (20, 20)] and inserted == [(20, 39)]
    for _ in range(100):
        if not model.canFetchMore():
            break
        pages = len(calls)
        view.scrollToBottom()
        qtbot.waitUntil(lambda pages=pages: len(calls) == pages + 1)
    # Past 500 rows and up to the last, short page (1234 = 61 × 20 + 14), each page read once, in order.
    assert calls == [(offset, 20) for offset in range(0, 1234, 20)]
    assert inserted == [(first, min(first + 19, 1233)) for first in range(20, 1234, 20)]
    assert model.rowCount() == model.total == 1234 and not model.canFetchMore()
    assert model.data(model.index(1233, 1)) == "2466"
    qtmodeltester.check(model)


def test_page_boundaries_are_exact(qtmodeltester) -> None:
    model, calls, _data = make(30)  # a whole number of pages: no empty read after the last one
    assert [model.data(model.index(row, 0)) for row in (9, 10)] == ["9", None]
    model.fetchMore()
    assert model.rowCount() == 20 and [model.data(model.index(row, 0)) for row in (10, 19)] == ["10", "19"]
    model.fetchMore()
    assert model.rowCount() == 30 and not model.canFetchMore()
    model.fetchMore()  # asked for more than there is: reads nothing
    assert calls == [(0, 10), (10, 10), (20, 10)]
    qtmodeltester.check(model)
    empty, empty_calls, _ = make(0)
    assert empty.rowCount() == 0 and not empty.canFetchMore() and empty_calls == [(0, 10)]
    qtmodeltester.check(empty)


def test_a_page_longer_than_asked_is_cut_to_the_total() -> None:
    model = PagedTableModel([Column("Tal", str)], page_size=10)
    model.load(lambda offset, limit: (list(range(offset, offset + limit)), 12))
    model.fetchMore()
    assert model.rows() == list(range(12)) and model.total == 12 and not model.canFetchMore()


def test_rows_that_vanish_between_pages_stop_the_fetching() -> None:
    model, _calls, data = make(25)
    del data[12:]
    model.fetchMore()
    assert model.rowCount() == 12 and not model.canFetchMore()


def test_a_new_query_starts_over() -> None:
    model, _calls, _data = make(25)
    model.fetchMore()
    model.load(lambda offset, limit: ([7], 1))
    assert model.rowCount() == 1 and model.total == 1 and not model.canFetchMore()


def test_a_list_of_ids_is_read_a_slice_at_a_time_and_rows_gone_meanwhile_are_skipped(qtmodeltester) -> None:
    stored = {n: f"rad {n}" for n in range(1, 26)}
    asked: list[list[int]] = []

    def rows_of(ids):
        asked.append(list(ids))
        return [stored[n] for n in ids if n in stored]

    model = PagedTableModel([Column("Rad", str)], page_size=10)
    model.load_ids(tuple(range(1, 26)), rows_of)
    assert model.rowCount() == 10 and model.total == 25 and asked == [list(range(1, 11))]
    for n in (*range(11, 21), 22):  # a whole page, and one row of the next, removed since the ids were read
        del stored[n]
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert model.rows() == [f"rad {n}" for n in (*range(1, 11), 21, 23, 24, 25)]  # no gap, no repeat
    assert model.total == 14 and asked[1:] == [list(range(11, 21)), list(range(21, 26))]
    qtmodeltester.check(model)
    model.load_ids((24, 3), rows_of)  # a new list starts over, in the order given
    assert model.rows() == ["rad 24", "rad 3"] and not model.canFetchMore()


def test_pages_read_elsewhere_arrive_later_and_a_new_query_drops_the_one_on_its_way(qtmodeltester) -> None:
    """``fetch_later`` (the decision log's worker): fetchMore starts the read and returns; the rows are added
    when ``deliver`` is called; nothing more is asked meanwhile; a page of an earlier query is dropped."""
    data = list(range(25))
    asked: list[tuple[int, int, object]] = []
    model = PagedTableModel([Column("Tal", str)], page_size=10)
    model.show_first_page(data[:10], len(data), lambda o, n: (data[o:o + n], len(data)),
                          lambda o, n, deliver: asked.append((o, n, deliver)))
    model.fetchMore()
    assert [(o, n) for o, n, _d in asked] == [(10, 10)] and model.rowCount() == 10
    assert model.fetching and not model.canFetchMore()
    model.fetchMore()  # a view asking again while the page is on its way: not read twice
    assert len(asked) == 1
    asked[0][2](data[10:20], len(data))
    assert model.rowCount() == 20 and not model.fetching and model.canFetchMore()
    model.fetchMore()
    asked[1][2](None, 0)  # not read (stopped or failed): asked again at the next scroll
    assert model.rowCount() == 20 and model.canFetchMore()
    model.fetchMore()
    model.show_first_page([100], 1, lambda o, n: ([], 1), lambda o, n, deliver: None)  # a new query
    asked[2][2](data[20:25], len(data))  # the old query's page arrives late: dropped
    assert [model.row_at(r) for r in range(model.rowCount())] == [100] and not model.canFetchMore()
    qtmodeltester.check(model)


def test_a_page_read_elsewhere_passes_the_model_tester(qtmodeltester) -> None:
    data = list(range(23))
    model = PagedTableModel([Column("Tal", str)], page_size=5)
    model.show_first_page(data[:5], len(data), lambda o, n: (data[o:o + n], len(data)),
                          lambda o, n, deliver: deliver(data[o:o + n], len(data)))  # delivered at once
    qtmodeltester.check(model)
    while model.canFetchMore():
        model.fetchMore()
    assert [model.row_at(r) for r in range(model.rowCount())] == data
    qtmodeltester.check(model)
