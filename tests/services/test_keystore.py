"""The private keys in the user's data folder: encrypted, owner-only, opened only with the passphrase."""

from __future__ import annotations

import pytest

from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services.keystore import KeyStore


def test_the_key_store_opens_only_with_the_passphrase(tmp_path) -> None:
    store = KeyStore(tmp_path / "keys")
    local = store.create("Anna Berg", "tre gröna äpplen", "tre gröna äpplen")
    assert store.find({local.fingerprint}) == local and store.find({"0000"}) is None
    with pytest.raises(ValidationError, match="Fel lösenfras"):
        store.open(local, "fyra gröna äpplen")
    key = store.open(local, "tre gröna äpplen")
    assert key.public.verifies(b"x", key.sign(b"x")) and not key.public.verifies(b"y", key.sign(b"x"))
    (tmp_path / "keys" / "skräp.pub").write_text("inte en nyckel")
    assert store.local_keys() == [local]
