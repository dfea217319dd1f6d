"""Settings, the data folder and resource paths that work from a checkout and when frozen."""

from __future__ import annotations

import getpass
import json
import os
import sys
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path

from platformdirs import user_data_path

from .. import APP_ID
from ..domain.files import OWNER_ONLY, write_atomically

DATABASE_URL_ENV = "SAMVERKAN_DATABASE_URL"
DATA_DIR_ENV = "SAMVERKAN_DATA_DIR"
LANGUAGES = ("sv", "en")


def bundle_root() -> Path:
    """Folder holding ``migrations/`` and ``resources/``: PyInstaller's bundle (build.spec puts them there), an
    installed wheel's ``samverkan_desktop/_bundled/`` (setup.py copies them there at build time), or the checkout."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen)
    package = Path(__file__).resolve().parents[1]  # samverkan_desktop/
    bundled = package / "_bundled"
    if (bundled / "migrations").is_dir():
        return bundled
    return package.parent


def migrations_dir() -> Path:
    return bundle_root() / "migrations"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def data_dir() -> Path:
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override) if override else user_data_path(APP_ID, appauthor=False)


def default_database_path() -> Path:
    return data_dir() / "samverkan.db"


def resolve_database_url(db_path: str | None) -> str:
    """``--db PATH`` wins, then ``SAMVERKAN_DATABASE_URL``, then the file in the data folder."""
    if db_path:
        path = Path(db_path).expanduser()
        try:
            path = path.resolve()
        except (RuntimeError, OSError):  # a symlink loop: the start-up check says so in words
            path = Path(os.path.abspath(path))
        return f"sqlite:///{path}"
    env = os.environ.get(DATABASE_URL_ENV)
    if env:
        return env
    return f"sqlite:///{default_database_path()}"


def os_user() -> str:
    try:
        return getpass.getuser()
    except Exception:  # no login name in some containers
        return "okänd"


@dataclass(frozen=True)
class Settings:
    language: str = "sv"
    user_name: str = ""
    offered_demo: bool = False
    spell_check: bool = True
    recent: dict[str, str] = field(default_factory=dict)
    #: The shared PostgreSQL server (infra.shared_database.SharedDatabase.to_settings), never a password;
    #: empty: the database file in the data folder.
    shared_database: dict = field(default_factory=dict)

    @property
    def actor(self) -> str:
        return self.user_name.strip() or os_user()


class SettingsStore:
    """Settings as a small JSON file in the data folder, written atomically."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def load(self) -> Settings:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return Settings()
        if not isinstance(raw, dict):  # valid JSON but no settings ("[]", "42"): the defaults, not a crash
            return Settings()
        known = {k: v for k, v in raw.items() if k in Settings.__dataclass_fields__}
        settings = Settings(**known)
        if settings.language not in LANGUAGES:
            settings = replace(settings, language="sv")
        return settings

    def save(self, settings: Settings) -> None:
        if not self.path.parent.is_dir():
            self.path.parent.parent.mkdir(parents=True, exist_ok=True)
            self.path.parent.mkdir(mode=0o700, exist_ok=True)  # the data folder: owner only (umask may add less)
        content = json.dumps(asdict(settings), ensure_ascii=False, indent=2).encode("utf-8")
        write_atomically(self.path, content, mode=OWNER_ONLY)


def settings_store() -> SettingsStore:
    return SettingsStore(data_dir() / "settings.json")
