"""The shared PostgreSQL database this computer connects to (Arkiv → Delad databas…): the server is remembered in
the settings, a password never is. If one must be kept, it goes to the operating system's keyring (Windows
Credential Manager, macOS Keychain, the Secret Service on Linux) through ``keyring``; with single sign-on
(GSSAPI/SSPI, the Windows login) there is none at all. docs/POSTGRESQL.md says what the server needs."""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from urllib.parse import quote

from ..domain.errors import StorageError

KEYRING_SERVICE = "Samverkan Desktop"
#: sslmode values offered: verify-full checks the certificate against the CA and the host name.
SSL_MODES = ("verify-full", "verify-ca", "require")


@dataclass(frozen=True)
class SharedDatabase:
    host: str
    database: str = "samverkan"
    user: str = ""
    port: int = 5432
    sslmode: str = "verify-full"
    sslrootcert: str = ""  # the region's CA certificate (PEM); empty: libpq's default (~/.postgresql/root.crt)
    single_sign_on: bool = False  # GSSAPI/SSPI: no password

    @classmethod
    def from_settings(cls, stored: dict) -> SharedDatabase | None:
        """The remembered server, or None (a database file on this computer, or settings that do not read)."""
        known = {f.name for f in fields(cls)}
        try:
            shared = cls(**{k: v for k, v in stored.items() if k in known})
        except TypeError:
            return None
        if not isinstance(shared.host, str) or not shared.host.strip() or not isinstance(shared.port, int):
            return None
        return shared

    def to_settings(self) -> dict:
        return asdict(self)

    @property
    def keyring_user(self) -> str:
        """The keyring entry's name: login, server, port and database (one password per login and database)."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def url(self, password: str | None = None) -> str:
        """A SQLAlchemy URL for psycopg. With a password only in memory: never stored or logged (the app shows
        and records ``display()``)."""
        credentials = quote(self.user, safe="")
        if password:
            credentials += ":" + quote(password, safe="")
        query = f"sslmode={quote(self.sslmode)}&connect_timeout=15"
        if self.sslrootcert:
            query += f"&sslrootcert={quote(self.sslrootcert, safe='/:')}"
        if self.single_sign_on:
            query += "&gssencmode=prefer"
        return f"postgresql+psycopg://{credentials}@{self.host}:{self.port}/{quote(self.database, safe='')}?{query}"

    def display(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database} ({self.sslmode})"


def _keyring():
    try:
        import keyring
        import keyring.errors
    except ImportError as error:  # installed without the postgres extra
        raise StorageError("Lösenord kan inte sparas här: paketet keyring saknas (pip install "
                           "'samverkan-desktop[postgres]'). Skriv lösenordet vid varje start i stället.") from error
    return keyring


def stored_password(shared: SharedDatabase) -> str | None:
    """The password kept in the keyring for this login and database; None if there is none or no keyring."""
    try:
        keyring = _keyring()
        return keyring.get_password(KEYRING_SERVICE, shared.keyring_user)
    except Exception:  # no keyring backend, a locked keyring: then the user is asked
        return None


def keep_password(shared: SharedDatabase, password: str) -> None:
    keyring = _keyring()
    try:
        keyring.set_password(KEYRING_SERVICE, shared.keyring_user, password)
    except Exception as error:  # NoKeyringError, a refused or locked keyring
        raise StorageError("Lösenordet kunde inte sparas i datorns nyckelring (" + (str(error) or type(error).__name__)
                           + "). Inget lösenord har sparats; skriv det vid varje start, eller använd "
                             "Windows-inloggningen (enkel inloggning).") from error


def forget_password(shared: SharedDatabase) -> None:
    """Removes a kept password; nothing kept, or no keyring at all, is not an error."""
    try:
        keyring = _keyring()
        keyring.delete_password(KEYRING_SERVICE, shared.keyring_user)
    except Exception:
        return
