"""Sign-in for the web console: argon2 password hashes, server-side sessions, CSRF tokens and
lock-out after repeated failures.

- Passwords are hashed with argon2id (argon2-cffi's defaults: 64 MiB, 3 passes); a hash made
  with weaker parameters is replaced at the next sign-in. An unknown name is checked against a
  dummy hash, so the answer takes as long as for a real account.
- A session is a random 256-bit token in a cookie (HttpOnly, SameSite=Strict, Secure over TLS);
  the store keeps only its SHA-256, with the reviewer, a per-session CSRF token and the expiry
  (30 minutes idle, 12 hours at most). Signing out deletes it; a new password ends every
  session of the account.
- Lock-out: 5 failures for one account, or 20 from one IP address, within 15 minutes lock that
  account or address for 15 minutes. While locked, the password is not even checked. Unknown
  names are counted like real ones (the answer never tells whether an account exists).
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError, VerifyMismatchError

from discretie.store import Store, StoreError, WebSession


@dataclass(frozen=True)
class AuthSettings:
    idle_seconds: float = 30 * 60
    max_seconds: float = 12 * 3600
    touch_every: float = 60.0  # write last_seen at most this often
    account_limit: int = 5
    ip_limit: int = 20
    window: float = 15 * 60
    lock_for: float = 15 * 60


@dataclass(frozen=True)
class LoginResult:
    """``reviewer`` set on success; ``locked_until`` set when refused by a lock-out."""

    reviewer: str | None = None
    locked_until: float | None = None
    new_lock: bool = False


def token_hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8", "replace")).hexdigest()


def same_token(expected: str, given: str | None) -> bool:
    """Constant-time comparison of two CSRF tokens; an empty or missing token never matches."""
    if not expected or not given:
        return False
    return hmac.compare_digest(expected.encode("utf-8", "replace"), given.encode("utf-8", "replace"))


def new_token() -> str:
    return secrets.token_urlsafe(32)


class Auth:
    """Everything about who is signed in; the state lives in the store (shared by processes)."""

    def __init__(self, store: Store, *, settings: AuthSettings | None = None, hasher: PasswordHasher | None = None):
        self.store = store
        self.settings = settings or AuthSettings()
        self.hasher = hasher or PasswordHasher()
        self._dummy = self.hasher.hash(secrets.token_urlsafe(16))

    # passwords

    def hash_password(self, password: str) -> str:
        return self.hasher.hash(password)

    def _verify(self, stored: str, password: str) -> bool:
        try:
            return bool(self.hasher.verify(stored, password))
        except (VerifyMismatchError, VerificationError, InvalidHashError):
            return False

    # sign-in

    def _keys(self, name: str, ip: str) -> tuple[str, str]:
        return f"account:{name.strip().lower()[:64]}", f"ip:{ip}"

    def login(self, name: str, password: str, ip: str) -> LoginResult:
        """Check a sign-in attempt (lock-out first, then the password). Audits failures and
        lock-outs; the caller starts the session on success."""
        account_key, ip_key = self._keys(name, ip)
        locked = self.store.login_locked_until([account_key, ip_key])
        if locked is not None:
            return LoginResult(locked_until=locked)
        stored = self.store.reviewer_hash(name)
        ok = self._verify(stored if stored is not None else self._dummy, password) and stored is not None
        if ok and stored is not None:
            reviewer = name.strip().lower()
            self.store.login_succeeded([account_key, ip_key])
            if self.hasher.check_needs_rehash(stored):
                self.store.rehash_reviewer(reviewer, self.hasher.hash(password))
            return LoginResult(reviewer=reviewer)
        s = self.settings
        until = self.store.login_failed(
            [(account_key, s.account_limit), (ip_key, s.ip_limit)], window=s.window, lock_for=s.lock_for
        )
        actor = name.strip().lower() if stored is not None else "(onbekend)"
        why = "verkeerd wachtwoord" if stored is not None else "onbekende naam"
        self.store.audit(actor=actor, via="web", action="login_failed", note=f"{why} vanaf {ip}")
        if until is not None:
            self.store.audit(
                actor=actor, via="web", action="login_locked", note=f"te veel mislukte pogingen vanaf {ip}: geblokkeerd"
            )
            return LoginResult(locked_until=until, new_lock=True)
        return LoginResult()

    def start_session(self, reviewer: str, ip: str) -> tuple[str, WebSession]:
        """A new session (a fresh token: no fixation). Returns the cookie token and the session."""
        token = new_token()
        now = self.store.now()
        hashed = token_hash(token)
        self.store.create_session(
            token_hash=hashed,
            reviewer=reviewer,
            csrf=new_token(),
            expires_at=now + self.settings.idle_seconds,
            peer=ip,
        )
        session = self.store.get_session(hashed)
        if session is None:  # pragma: no cover - just written
            raise StoreError("de sessie kon niet bewaard worden")
        return token, session

    def session(self, token: str | None) -> WebSession | None:
        """The live session for a cookie token (its idle timer renewed), or None."""
        if not token or len(token) > 200:
            return None
        hashed = token_hash(token)
        session = self.store.get_session(hashed)
        if session is None:
            return None
        now = self.store.now()
        if now - session.last_seen_at >= self.settings.touch_every:
            expires = min(now + self.settings.idle_seconds, session.created_at + self.settings.max_seconds)
            self.store.touch_session(hashed, expires_at=expires)
        return session

    def end_session(self, token: str | None, reason: str = "afgemeld") -> None:
        if token and len(token) <= 200:
            self.store.end_session(token_hash(token), reason=reason)
