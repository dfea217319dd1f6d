"""Translations and Swedish formats of dates and times."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLibraryInfo, QLocale, QTime, QTranslator

STOCKHOLM = ZoneInfo("Europe/Stockholm")
_LOCALES = {"sv": QLocale(QLocale.Language.Swedish, QLocale.Country.Sweden),
            "en": QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)}
# Dates are shown as sv_SE shows them (2026-03-10) whatever the UI language: the documents are Swedish.
DISPLAY_LOCALE = _LOCALES["sv"]


def install_translators(app: QCoreApplication, language: str, translations_dir: Path) -> list[QTranslator]:
    """Load our strings and Qt's own (standard buttons) for ``language``; English needs none."""
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["sv"]))
    installed: list[QTranslator] = []
    if language != "sv":
        return installed
    candidates = [
        (translations_dir, "samverkan_sv"),
        (Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), "qtbase_sv"),
    ]
    for folder, name in candidates:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return DISPLAY_LOCALE.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_time(value: datetime) -> str:
    local = value.astimezone(STOCKHOLM)
    return DISPLAY_LOCALE.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone(STOCKHOLM)
    return f"{format_date(local.date())} {format_time(value)}"
