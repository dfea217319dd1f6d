"""``samverkan admin check-connection``: the DBA's and the smoke test's way to see what the connection dialog's
"Testa anslutningen" sees (the PostgreSQL side runs in tests/services/test_roles_postgres.py)."""

from __future__ import annotations

from samverkan_desktop import cli


def test_check_connection_says_why_it_failed_in_words(capsys):
    # Nothing listens on port 1: the driver is there and the refusal is the connection's.
    assert cli.main(["admin", "check-connection", "postgresql+psycopg://smoke@127.0.0.1:1/x"]) == 1
    error = capsys.readouterr().err
    assert error.startswith("Fel: Anslutningen misslyckades") and "Traceback" not in error


def test_check_connection_refuses_an_address_that_is_not_one(capsys):
    assert cli.main(["admin", "check-connection", "inte en adress"]) == 1
    assert "Databasens adress går inte att förstå" in capsys.readouterr().err
