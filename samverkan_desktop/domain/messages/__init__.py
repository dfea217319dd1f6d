"""One catalogue of the messages a person reads from the core (services, db, domain, export, …), by id.

Every message exists in Swedish and in English; ``msg("id", name=value)`` returns it in the current
language with its placeholders (``str.format`` fields) filled in. The language is set once at start-up from the
user's setting (the GUI) or the command line; Swedish until then. Pure Python: the domain imports no Qt.

The boundary: everything a person reads from a service, the CLI or a report follows the language; document text
(minutes, notices, calendar files, mail drafts, meeting packs, annual reports, published records, open data) and the
audit log's summaries stay Swedish, the group's record (see reports.py). Ids by package: "services.*", "db.*", …;
the reports a person reads ("overview.*", "verify.*", "register.*", …) in reports.py; the CLI's own words in cli.py.
"""

from __future__ import annotations

from string import Formatter

from .application import MESSAGES as _APPLICATION
from .audit_words import MESSAGES as _AUDIT_WORDS
from .cli import MESSAGES as _CLI
from .db import MESSAGES as _DB
from .domain import MESSAGES as _DOMAIN
from .export import MESSAGES as _EXPORT
from .importing import MESSAGES as _IMPORTING
from .reports import MESSAGES as _REPORTS
from .services_a_to_l import MESSAGES as _SERVICES_A_TO_L
from .services_m_to_z import MESSAGES as _SERVICES_M_TO_Z

LANGUAGES = ("sv", "en")
CATALOGUE: dict[str, tuple[str, str]] = {**_APPLICATION, **_AUDIT_WORDS, **_CLI, **_DB, **_DOMAIN, **_EXPORT,
                                       **_IMPORTING, **_REPORTS, **_SERVICES_A_TO_L, **_SERVICES_M_TO_Z}

_current = {"language": "sv"}


def set_language(language: str) -> None:
    """Use ``language`` ("sv" or "en") from now on; anything else means Swedish."""
    _current["language"] = language if language in LANGUAGES else "sv"


def current_language() -> str:
    return _current["language"]


def msg(message_id: str, /, **args: object) -> str:
    """The message ``message_id`` in the current language, its ``{placeholders}`` filled from ``args``."""
    swedish, english = CATALOGUE[message_id]
    return (english if _current["language"] == "en" else swedish).format(**args)


def text_in(language: str, message_id: str, /, **args: object) -> str:
    """The message in a given language, whatever the current one (tests, documents that are always Swedish)."""
    swedish, english = CATALOGUE[message_id]
    return (english if language == "en" else swedish).format(**args)


def placeholders(text: str) -> set[str]:
    """The field names a message text expects."""
    return {name for _literal, name, _spec, _conversion in Formatter().parse(text) if name is not None}
