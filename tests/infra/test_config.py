"""Settings, the data folder and where the database is: the order of --db, the environment and the data folder;
settings read leniently (unknown keys, a broken file, an unknown language) and written owner-only."""

from __future__ import annotations

import json
import os
import stat

import pytest

from samverkan_desktop.infra import config
from samverkan_desktop.infra.config import (
    DATABASE_URL_ENV,
    Settings,
    SettingsStore,
    data_dir,
    default_database_path,
    resolve_database_url,
    settings_store,
)


def test_the_data_folder_comes_from_the_environment_in_tests(isolated_data_dir):
    assert data_dir() == isolated_data_dir
    assert default_database_path() == isolated_data_dir / "samverkan.db"
    assert settings_store().path == isolated_data_dir / "settings.json"


def test_db_wins_over_the_environment_which_wins_over_the_data_folder(tmp_path, monkeypatch, isolated_data_dir):
    assert resolve_database_url(None) == f"sqlite:///{isolated_data_dir / 'samverkan.db'}"
    monkeypatch.setenv(DATABASE_URL_ENV, "postgresql://samverkan@server/samverkan")
    assert resolve_database_url(None) == "postgresql://samverkan@server/samverkan"
    monkeypatch.chdir(tmp_path)
    assert resolve_database_url("mapp/../protokoll.db") == f"sqlite:///{tmp_path.resolve() / 'protokoll.db'}"


def test_a_symlink_loop_still_gives_an_absolute_path(tmp_path, monkeypatch):
    loop = tmp_path / "loop.db"
    loop.symlink_to(loop)
    monkeypatch.chdir(tmp_path)
    url = resolve_database_url("loop.db")
    assert url.startswith("sqlite:///") and os.path.isabs(url.removeprefix("sqlite:///"))


def test_settings_round_trip_owner_only_and_the_folder_is_made(tmp_path):
    store = SettingsStore(tmp_path / "ny" / "data" / "settings.json")
    settings = Settings(language="en", user_name="Anna Berg", offered_demo=True, recent={"export": "/tmp"})
    store.save(settings)
    assert store.load() == settings
    if os.name != "nt":
        assert stat.S_IMODE(store.path.stat().st_mode) == 0o600
        assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700


@pytest.mark.parametrize("content", ["", "{inte json", "[]", "42", '"sv"'])
def test_a_missing_or_broken_settings_file_gives_the_defaults(tmp_path, content):
    path = tmp_path / "settings.json"
    if content:
        path.write_text(content, encoding="utf-8")
    assert SettingsStore(path).load() == Settings()


def test_unknown_keys_are_ignored_and_an_unknown_language_is_swedish(tmp_path):
    path = tmp_path / "settings.json"
    path.write_text(json.dumps({"language": "de", "user_name": "Bo", "från_en_nyare_version": 1}), encoding="utf-8")
    assert SettingsStore(path).load() == Settings(language="sv", user_name="Bo")


def test_the_actor_is_the_name_given_or_the_login(monkeypatch):
    monkeypatch.setattr(config.getpass, "getuser", lambda: "anber")
    assert Settings(user_name="  Anna Berg ").actor == "Anna Berg"
    assert Settings(user_name="  ").actor == "anber"

    def no_login():
        raise OSError("no user name")
    monkeypatch.setattr(config.getpass, "getuser", no_login)
    assert Settings().actor == "okänd"


def test_resources_and_migrations_are_found_from_the_checkout():
    assert (config.migrations_dir() / "env.py").is_file()
    assert (config.resources_dir() / "translations").is_dir()


def test_a_frozen_bundle_is_its_own_root(tmp_path, monkeypatch):
    monkeypatch.setattr(config.sys, "_MEIPASS", str(tmp_path), raising=False)
    assert config.bundle_root() == tmp_path
    assert config.migrations_dir() == tmp_path / "migrations"

