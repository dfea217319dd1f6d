"""The private signing keys kept in this user's data folder (``keys/``), one file per key, owner-only.

``<fingerprint>.key``: the private key, PKCS #8 encrypted with the owner's passphrase; ``<fingerprint>.pub``:
the public key file to send to the secretary (domain.signing.PublicKey.file_text). No database is involved:
review mode uses the same folder.
"""

from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ..domain.errors import StorageError, ValidationError
from ..domain.messages import msg
from ..domain.signing import PublicKey, SigningKey, check_passphrase, parse_public_key

MAX_KEY_FILE = 64 * 1024


@dataclass(frozen=True)
class LocalKey:
    fingerprint: str
    owner: str
    public_path: Path
    private_path: Path


def _stem(fingerprint: str) -> str:
    return fingerprint.replace(" ", "")


def _write_private(path: Path, data: bytes) -> None:
    """Atomically, readable by the owner only (0600 on POSIX; the per-user data folder on Windows)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    handle, temporary = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(temporary, 0o600)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


KEYS_FOLDER = "keys"


class KeyStore:
    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)

    @classmethod
    def in_data_folder(cls, data_folder: Path) -> KeyStore:
        return cls(Path(data_folder) / KEYS_FOLDER)

    def create(self, owner: str, passphrase: str, repeated: str) -> LocalKey:
        """A new key for ``owner`` (a name to recognise it by), encrypted with the passphrase."""
        owner = " ".join(owner.split())
        if not owner:
            raise ValidationError(msg("services.keystore.ange_ditt_namn"), field="owner")
        check_passphrase(passphrase, repeated)
        key = SigningKey.generate()
        stem = _stem(key.fingerprint)
        try:
            _write_private(self.folder / f"{stem}.key", key.encrypted_pem(passphrase))
            _write_private(self.folder / f"{stem}.pub", key.public.file_text(owner).encode("utf-8"))
        except OSError as error:
            raise StorageError(msg("services.keystore.nyckeln_kunde_sparas", folder=self.folder,
                                   error_strerror=error.strerror)) from None
        return self._local(self.folder / f"{stem}.pub")

    def local_keys(self) -> list[LocalKey]:
        if not self.folder.is_dir():
            return []
        found = []
        for path in sorted(self.folder.glob("*.pub")):
            try:
                found.append(self._local(path))
            except (OSError, ValidationError):
                continue  # a foreign or damaged file is not a key of this user
        return found

    def find(self, fingerprints: set[str]) -> LocalKey | None:
        return next((k for k in self.local_keys() if k.fingerprint in fingerprints), None)

    def open(self, key: LocalKey, passphrase: str) -> SigningKey:
        try:
            pem = key.private_path.read_bytes()
        except OSError:
            raise StorageError(msg("services.keystore.nyckelfilen_lasas",
                                   private_path_name=key.private_path.name)) from None
        return SigningKey.open(pem, passphrase, key.fingerprint)

    def _local(self, path: Path) -> LocalKey:
        if path.stat().st_size > MAX_KEY_FILE:
            raise ValidationError(msg("services.keystore.for_stor_nyckelfil"))
        text = path.read_text(encoding="utf-8")
        public: PublicKey = parse_public_key(text)
        owner = next((line.removeprefix("Namn:").strip() for line in text.splitlines()
                      if line.startswith("Namn:")), "")
        private = path.with_suffix(".key")
        if not private.exists():
            raise ValidationError(msg("services.keystore.privata_nyckeln_saknas"))
        return LocalKey(public.fingerprint, owner, path, private)
