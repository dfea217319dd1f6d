from __future__ import annotations

from datetime import UTC, date, datetime

from samverkan_desktop.ui.i18n import format_date, format_datetime, format_time


def test_dates_and_times_as_sv_se_shows_them():
    assert format_date(date(2026, 3, 10)) == "2026-03-10"
    assert format_date(None) == ""
    # 12:05 UTC is 13:05 in Stockholm in winter and 14:05 in summer.
    assert format_time(datetime(2026, 3, 10, 12, 5, tzinfo=UTC)) == "13:05"
    assert format_datetime(datetime(2026, 7, 1, 12, 5, tzinfo=UTC)) == "2026-07-01 14:05"
