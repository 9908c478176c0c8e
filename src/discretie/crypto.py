"""Encryption at rest for the store: AES-256-GCM with a key file.

The key file holds 32 random bytes, base64-encoded on one line (comment lines start with ``#``),
and is created with mode 0600. Every sealed value is bound to where it lives (its table, row
and column) through the GCM associated data, so a ciphertext copied into another row does not
decrypt either. A wrong key, a truncated or altered ciphertext: :class:`CryptoError`.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import hashlib
import hmac
import os
import secrets
from collections.abc import Sequence
from pathlib import Path

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

KEY_BYTES = 32
NONCE_BYTES = 12
FORMAT_V1 = b"\x01"

_HEADER = (
    "# Discretie: sleutel van de opslag (AES-256-GCM). Houd dit bestand geheim en maak er samen met\n"
    "# de opslag een back-up van: zonder deze sleutel zijn de vastgehouden berichten onleesbaar.\n"
)


class CryptoError(Exception):
    """A key that cannot be read or used, or a ciphertext that does not decrypt."""


def generate_key() -> bytes:
    return secrets.token_bytes(KEY_BYTES)


def encode_key(key: bytes) -> str:
    return _HEADER + base64.b64encode(key).decode("ascii") + "\n"


def read_key(path: Path) -> bytes:
    """Read a key file. Raises FileNotFoundError when absent, CryptoError when unusable."""
    try:
        text = path.read_text("ascii")
    except FileNotFoundError:
        raise
    except UnicodeDecodeError:
        raise CryptoError(f"sleutelbestand {path} is geen geldige Discretie-sleutel") from None
    except OSError as exc:
        raise CryptoError(f"sleutelbestand {path} kan niet gelezen worden: {exc.strerror or exc}") from None
    lines = [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]
    try:
        key = base64.b64decode("".join(lines), validate=True)
    except (binascii.Error, ValueError):
        raise CryptoError(f"sleutelbestand {path} is geen geldige Discretie-sleutel") from None
    if len(key) != KEY_BYTES:
        raise CryptoError(
            f"sleutelbestand {path} is geen geldige Discretie-sleutel ({len(key)} bytes in plaats van {KEY_BYTES})"
        )
    return key


def create_key_file(path: Path) -> bytes:
    """Create ``path`` with a new key (mode 0600), atomically: a reader never sees a half-written
    file, and when another process created it first, that key is returned instead."""
    key = generate_key()
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="ascii") as fh:
            fh.write(encode_key(key))
            fh.flush()
            os.fsync(fh.fileno())
        try:
            os.link(tmp, path)  # fails if the file exists: never overwrite a key
        except FileExistsError:
            return read_key(path)
        _fsync_dir(path.parent)
        return key
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(tmp)


def _fsync_dir(directory: Path) -> None:
    try:
        fd = os.open(directory, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


class Sealer:
    """AES-256-GCM with a random 96-bit nonce per value: ``0x01 || nonce || ciphertext+tag``.

    ``others``: keys a value may also have been sealed with (a key rotation in progress): values
    are sealed with ``key`` only and opened with whichever key fits (GCM's tag tells)."""

    def __init__(self, key: bytes, others: Sequence[bytes] = ()):
        if len(key) != KEY_BYTES or any(len(k) != KEY_BYTES for k in others):
            raise CryptoError(f"a key must be {KEY_BYTES} bytes")
        self._aead = AESGCM(key)
        # Sub-keys for other uses of the same key file (the roster's keyed hashes): one key to keep.
        self._derive_from = key
        self._others = [AESGCM(k) for k in others if k != key]
        self.key_id = hashlib.sha256(b"discretie-key-id\x00" + key).hexdigest()[:16]
        self._mac_key = hmac.new(key, b"discretie keyed hash v1", hashlib.sha256).digest()

    def mac(self, data: bytes) -> str:
        """A keyed hash (HMAC-SHA-256 with a key derived from the store key): equal inputs give
        equal values, but without the key a value cannot be tested against guesses."""
        return hmac.new(self._mac_key, data, hashlib.sha256).hexdigest()

    def derive(self, purpose: str) -> bytes:
        """A 32-byte sub-key for ``purpose`` (HKDF-SHA256): independent of the encryption key and of
        every other purpose's sub-key."""
        hkdf = HKDF(algorithm=hashes.SHA256(), length=KEY_BYTES, salt=None, info=f"discretie:{purpose}".encode())
        return hkdf.derive(self._derive_from)

    def seal(self, data: bytes, aad: bytes) -> bytes:
        nonce = secrets.token_bytes(NONCE_BYTES)
        return FORMAT_V1 + nonce + self._aead.encrypt(nonce, data, aad)

    def open(self, blob: bytes, aad: bytes) -> bytes:
        return self.open_which(blob, aad)[0]

    def open_which(self, blob: bytes, aad: bytes) -> tuple[bytes, bool]:
        """The plain value, and whether it was sealed with this sealer's own key (False: with one
        of ``others``, so a rotation must seal it again)."""
        if len(blob) < 1 + NONCE_BYTES + 16 or blob[:1] != FORMAT_V1:
            raise CryptoError("onbekend of beschadigd versleuteld formaat")
        nonce = blob[1 : 1 + NONCE_BYTES]
        for index, aead in enumerate([self._aead, *self._others]):
            try:
                return aead.decrypt(nonce, blob[1 + NONCE_BYTES :], aad), index == 0
            except InvalidTag:
                continue
        raise CryptoError("ontsleutelen mislukt: verkeerde sleutel of gewijzigde gegevens")
