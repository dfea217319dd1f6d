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
    """Load Qt's own Swedish (standard buttons, file dialogs), our corrections to it ("OK", not "Ok") and our strings
    for ``language``; English needs none. Qt's file is taken from ``translations_dir`` when the build bundled it
    there, otherwise from PySide6's translations folder. The last installed translator is asked first."""
    QLocale.setDefault(_LOCALES.get(language, _LOCALES["sv"]))
    installed: list[QTranslator] = []
    if language != "sv":
        return installed
    qt_folder = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    candidates = [
        ([translations_dir, qt_folder], "qtbase_sv"),
        ([translations_dir], "qt_fixes_sv"),
        ([translations_dir], "samverkan_sv"),
    ]
    for folders, name in candidates:
        translator = QTranslator(app)
        if any(translator.load(name, str(folder)) for folder in folders):
            app.installTranslator(translator)
            installed.append(translator)
    return installed


def format_date(value: date | None) -> str:
    if value is None:
        return ""
    return DISPLAY_LOCALE.toString(QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat)


def format_long_date(value: date) -> str:
    """"3 december 2026" (in English: "3 December 2026"): a date in a sentence, in the UI's language."""
    return QLocale().toString(QDate(value.year, value.month, value.day), "d MMMM yyyy")


def format_time(value: datetime) -> str:
    local = value.astimezone(STOCKHOLM)
    return DISPLAY_LOCALE.toString(QTime(local.hour, local.minute), QLocale.FormatType.ShortFormat)


def format_datetime(value: datetime | None) -> str:
    if value is None:
        return ""
    local = value.astimezone(STOCKHOLM)
    return f"{format_date(local.date())} {format_time(value)}"
