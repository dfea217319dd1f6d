"""The shared PostgreSQL server as remembered in the settings: read back leniently, a URL with everything quoted,
a password only in memory or the operating system's keyring, never in the settings. (The dialog:
tests/ui/dialogs/test_connection_dialog.py.)"""

from __future__ import annotations

import sys
import types
from urllib.parse import parse_qs, urlsplit

import pytest
from sqlalchemy.engine import make_url

from samverkan_desktop.domain.errors import StorageError
from samverkan_desktop.infra import shared_database
from samverkan_desktop.infra.shared_database import (
    KEYRING_SERVICE,
    SharedDatabase,
    forget_password,
    keep_password,
    stored_password,
)

SERVER = SharedDatabase("db.region.se", "samverkan", "anna.berg", 5433, "verify-full", "/etc/ssl/region ca.pem")


def test_the_settings_round_trip_without_a_password():
    stored = SERVER.to_settings()
    assert "password" not in stored and SharedDatabase.from_settings(stored) == SERVER


@pytest.mark.parametrize("stored", [{}, {"host": "  "}, {"host": 42}, {"host": "db", "port": "5432"},
                                    {"database": "samverkan"}])
def test_settings_that_do_not_read_as_a_server_are_none(stored):
    assert SharedDatabase.from_settings(stored) is None


def test_unknown_keys_from_a_newer_version_are_ignored():
    assert SharedDatabase.from_settings({"host": "db", "kerberos_realm": "X"}) == SharedDatabase("db")


def test_the_url_quotes_user_password_and_certificate():
    url = SharedDatabase("db.region.se", "samverkan_2", "anna@region", 5433, "verify-ca", "/etc/ssl/ca fil.pem") \
        .url("p@ss:w/rd&?")
    parsed = make_url(url)
    assert (parsed.drivername, parsed.host, parsed.port, parsed.database) == (
        "postgresql+psycopg", "db.region.se", 5433, "samverkan_2")
    assert (parsed.username, parsed.password) == ("anna@region", "p@ss:w/rd&?")
    query = parse_qs(urlsplit(url).query)
    assert query == {"sslmode": ["verify-ca"], "connect_timeout": ["15"], "sslrootcert": ["/etc/ssl/ca fil.pem"]}


def test_single_sign_on_asks_for_gss_and_carries_no_password():
    url = SharedDatabase("db", user="anna", single_sign_on=True).url()
    assert make_url(url).password is None and "gssencmode=prefer" in url and "sslrootcert" not in url


def test_what_is_shown_never_holds_a_password():
    assert SERVER.display() == "anna.berg@db.region.se:5433/samverkan (verify-full)"
    assert SERVER.keyring_user == "anna.berg@db.region.se:5433/samverkan"


@pytest.fixture
def keyring(monkeypatch):
    kept: dict[tuple[str, str], str] = {}
    fake = types.SimpleNamespace(
        get_password=lambda service, user: kept.get((service, user)),
        set_password=lambda service, user, password: kept.__setitem__((service, user), password),
        delete_password=lambda service, user: kept.pop((service, user)))
    monkeypatch.setattr(shared_database, "_keyring", lambda: fake)
    return fake, kept


def test_a_password_is_kept_found_and_forgotten_in_the_keyring(keyring):
    _, kept = keyring
    assert stored_password(SERVER) is None
    keep_password(SERVER, "hemligt")
    assert kept == {(KEYRING_SERVICE, SERVER.keyring_user): "hemligt"}
    assert stored_password(SERVER) == "hemligt"
    forget_password(SERVER)
    forget_password(SERVER)  # nothing kept: no error
    assert stored_password(SERVER) is None


def test_a_refused_keyring_is_said_when_keeping_and_silent_when_reading(keyring, monkeypatch):
    fake, _ = keyring

    def locked(*_args):
        raise RuntimeError("nyckelringen är låst")
    monkeypatch.setattr(fake, "set_password", locked)
    monkeypatch.setattr(fake, "get_password", locked)
    with pytest.raises(StorageError, match=r"nyckelring \(nyckelringen är låst\)\. Inget lösenord har sparats"):
        keep_password(SERVER, "hemligt")
    assert stored_password(SERVER) is None


def test_without_the_keyring_package_keeping_says_how_to_install_it(monkeypatch):
    monkeypatch.setitem(sys.modules, "keyring", None)  # import keyring raises ImportError
    with pytest.raises(StorageError, match="paketet keyring saknas"):
        keep_password(SERVER, "hemligt")
    assert stored_password(SERVER) is None
    forget_password(SERVER)
