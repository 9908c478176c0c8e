"""The web console's accounts: reviewers (password hashes, role), sign-in sessions (only a hash
of the token) and the log-in lock-out counters (keyed hashes, never the name typed). An account
made by an OpenID Connect sign-in has the password hash :data:`OIDC_HASH`, which no password
matches."""

from __future__ import annotations

from collections.abc import Sequence

from discretie import roles
from discretie.store.base import StoreBase
from discretie.store.errors import Conflict, NotFound, StoreError
from discretie.store.records import Reviewer, WebSession

OIDC_HASH = "!oidc"  # not an argon2 hash: verifying any password against it fails


def _role(role: str) -> str:
    try:
        return roles.valid(role)
    except ValueError as exc:
        raise StoreError(str(exc)) from None


class Accounts(StoreBase):
    """Tables ``reviewers``, ``web_sessions`` and ``login_failures``."""

    @staticmethod
    def _reviewer_name(name: str) -> str:
        value = name.strip().lower()
        if not value or len(value) > 64 or not all(ch.isalnum() or ch in "._@-" for ch in value):
            raise StoreError(f"ongeldige naam {name!r}: gebruik letters, cijfers en . _ @ - (max. 64 tekens)")
        return value

    def add_reviewer(
        self, name: str, password_hash: str, *, actor: str, via: str = "cli", role: str = roles.REVIEWER
    ) -> str:
        """A new web console account with ``role``. Conflict when the name exists."""
        name = self._reviewer_name(name)
        role = _role(role)
        now = self._clock()
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM reviewers WHERE name = ?", (name,)).fetchone() is not None:
                raise Conflict(f"de reviewer {name} bestaat al (gebruik 'reviewer passwd')")
            conn.execute(
                "INSERT INTO reviewers (name, password_hash, created_at, updated_at, role) VALUES (?, ?, ?, ?, ?)",
                (name, password_hash, now, now, role),
            )
            self._audit(conn, actor, via, "reviewer_add", None, f"reviewer {name} aangemaakt met rol {role}", now)
        return name

    def set_reviewer_role(self, name: str, role: str, *, actor: str, via: str = "cli") -> bool:
        """Give an account another role (its open sessions have it from their next page on).
        False when it already had it (nothing written)."""
        name = self._reviewer_name(name)
        role = _role(role)
        now = self._clock()
        with self._tx() as conn:
            row = conn.execute("SELECT role FROM reviewers WHERE name = ?", (name,)).fetchone()
            if row is None:
                raise NotFound(f"geen reviewer {name}")
            if row[0] == role:
                return False
            conn.execute("UPDATE reviewers SET role = ?, updated_at = ? WHERE name = ?", (role, now, name))
            self._audit(conn, actor, via, "reviewer_role", None, f"rol van {name}: {row[0]} -> {role}", now)
        return True

    def oidc_reviewer(self, name: str, role: str, *, issuer: str) -> str:
        """The account of someone signed in over OpenID Connect: made at the first sign-in, its
        role set to what the policy gives now (both audited). Conflict when ``name`` is a local
        account with a password: a provider never takes over a local account."""
        name = self._reviewer_name(name)
        role = _role(role)
        now = self._clock()
        with self._tx() as conn:
            row = conn.execute("SELECT password_hash, role FROM reviewers WHERE name = ?", (name,)).fetchone()
            if row is None:
                conn.execute(
                    "INSERT INTO reviewers (name, password_hash, created_at, updated_at, role) VALUES (?, ?, ?, ?, ?)",
                    (name, OIDC_HASH, now, now, role),
                )
                note = f"reviewer {name} aangemaakt met rol {role} (OpenID Connect, {issuer})"
                self._audit(conn, "discretie", "oidc", "reviewer_add", None, note, now)
            elif row[0] != OIDC_HASH:
                raise Conflict(f"{name} is een lokaal account: aanmelden met een wachtwoord")
            elif row[1] != role:
                conn.execute("UPDATE reviewers SET role = ?, updated_at = ? WHERE name = ?", (role, now, name))
                note = f"rol van {name}: {row[1]} -> {role} (beleid, OpenID Connect)"
                self._audit(conn, "discretie", "oidc", "reviewer_role", None, note, now)
        return name

    def set_reviewer_password(self, name: str, password_hash: str, *, actor: str, via: str = "cli") -> None:
        """A new password: every session of the account ends and its lock-out is lifted."""
        name = self._reviewer_name(name)
        now = self._clock()
        with self._tx() as conn:
            cursor = conn.execute(
                "UPDATE reviewers SET password_hash = ?, updated_at = ? WHERE name = ?", (password_hash, now, name)
            )
            if cursor.rowcount != 1:
                raise NotFound(f"geen reviewer {name}")
            conn.execute("DELETE FROM web_sessions WHERE reviewer = ?", (name,))
            conn.execute("DELETE FROM login_failures WHERE key = ?", (self._throttle_key(f"account:{name}"),))
            self._audit(conn, actor, via, "reviewer_passwd", None, f"wachtwoord van {name} gewijzigd", now)

    def rehash_reviewer(self, name: str, password_hash: str) -> None:
        """Store a stronger hash of the same password (after a sign-in); not an audited change."""
        with self._tx() as conn:
            conn.execute("UPDATE reviewers SET password_hash = ? WHERE name = ?", (password_hash, name))

    def remove_reviewer(self, name: str, *, actor: str, via: str = "cli") -> None:
        name = self._reviewer_name(name)
        now = self._clock()
        with self._tx() as conn:
            if conn.execute("DELETE FROM reviewers WHERE name = ?", (name,)).rowcount != 1:
                raise NotFound(f"geen reviewer {name}")
            conn.execute("DELETE FROM web_sessions WHERE reviewer = ?", (name,))
            conn.execute("DELETE FROM message_seen WHERE reviewer = ?", (name,))
            conn.execute("DELETE FROM login_failures WHERE key = ?", (self._throttle_key(f"account:{name}"),))
            self._audit(conn, actor, via, "reviewer_remove", None, f"reviewer {name} verwijderd", now)

    def unlock_reviewer(self, name: str, *, actor: str, via: str = "cli") -> bool:
        """Lift the lock-out of an account. True when it was locked or had failures."""
        name = self._reviewer_name(name)
        now = self._clock()
        with self._tx() as conn:
            if conn.execute("SELECT 1 FROM reviewers WHERE name = ?", (name,)).fetchone() is None:
                raise NotFound(f"geen reviewer {name}")
            removed = conn.execute(
                "DELETE FROM login_failures WHERE key = ?", (self._throttle_key(f"account:{name}"),)
            ).rowcount
            self._audit(conn, actor, via, "reviewer_unlock", None, f"blokkering van {name} opgeheven", now)
        return bool(removed)

    def reviewers(self) -> list[Reviewer]:
        now = self._clock()
        with self._read() as conn:
            rows = conn.execute(
                "SELECT r.name, r.created_at, r.updated_at, r.last_login_at, "
                "(SELECT count(*) FROM web_sessions s WHERE s.reviewer = r.name AND s.expires_at > ?), "
                "r.role, r.password_hash = ? FROM reviewers r ORDER BY r.name",
                (now, OIDC_HASH),
            ).fetchall()
        return [
            Reviewer(
                name=r[0],
                created_at=r[1],
                updated_at=r[2],
                last_login_at=r[3],
                sessions=r[4],
                role=r[5],
                oidc=bool(r[6]),
            )
            for r in rows
        ]

    def reviewer_hash(self, name: str) -> str | None:
        """The password hash of an account, None when there is no such account."""
        try:
            name = self._reviewer_name(name)
        except StoreError:
            return None
        with self._read() as conn:
            row = conn.execute("SELECT password_hash FROM reviewers WHERE name = ?", (name,)).fetchone()
        return str(row[0]) if row else None

    def create_session(
        self,
        *,
        token_hash: str,
        reviewer: str,
        csrf: str,
        expires_at: float,
        peer: str | None,
    ) -> None:
        """A signed-in session (and the sign-in in the audit log); expired sessions are dropped."""
        now = self._clock()
        with self._tx() as conn:
            conn.execute("DELETE FROM web_sessions WHERE expires_at <= ?", (now,))
            conn.execute(
                "INSERT INTO web_sessions (token_hash, reviewer, csrf, created_at, last_seen_at, expires_at, peer) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (token_hash, reviewer, csrf, now, now, expires_at, peer),
            )
            conn.execute("UPDATE reviewers SET last_login_at = ? WHERE name = ?", (now, reviewer))
            self._audit(conn, reviewer, "web", "login", None, f"aangemeld vanaf {peer or '?'}", now)

    def get_session(self, token_hash: str) -> WebSession | None:
        """The session, or None when unknown or expired."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT s.token_hash, s.reviewer, s.csrf, s.created_at, s.last_seen_at, s.expires_at, s.peer, "
                "s.flash, r.role FROM web_sessions s JOIN reviewers r ON r.name = s.reviewer "
                "WHERE s.token_hash = ? AND s.expires_at > ?",
                (token_hash, self._clock()),
            ).fetchone()
        return WebSession(*row) if row else None

    def touch_session(self, token_hash: str, *, expires_at: float) -> None:
        with self._tx() as conn:
            conn.execute(
                "UPDATE web_sessions SET last_seen_at = ?, expires_at = ? WHERE token_hash = ?",
                (self._clock(), expires_at, token_hash),
            )

    def end_session(self, token_hash: str, *, reason: str = "afgemeld") -> None:
        """Sign out (written to the audit log when the session existed)."""
        now = self._clock()
        with self._tx() as conn:
            row = conn.execute("SELECT reviewer FROM web_sessions WHERE token_hash = ?", (token_hash,)).fetchone()
            conn.execute("DELETE FROM web_sessions WHERE token_hash = ?", (token_hash,))
            if row is not None:
                self._audit(conn, str(row[0]), "web", "logout", None, reason, now)

    def set_flash(self, token_hash: str, text: str | None) -> None:
        """A one-time message for the next page of this session."""
        with self._tx() as conn:
            conn.execute("UPDATE web_sessions SET flash = ? WHERE token_hash = ?", (text, token_hash))

    def _throttle_key(self, key: str) -> str:
        """A lock-out key (``account:<name>``, ``ip:<address>``) as the store keeps it: the kind
        and a keyed hash of the value. Never the name itself: people type passwords into it."""
        kind, _, value = key.partition(":")
        digest = self.sealer.mac(b"login_failures\x00" + value.encode("utf-8", "replace"))
        return f"{kind}:{digest}"

    def login_locked_until(self, keys: Sequence[str]) -> float | None:
        """The end of the latest lock-out on any of ``keys`` still running, else None."""
        if not keys:
            return None
        keys = [self._throttle_key(k) for k in keys]
        marks = ", ".join("?" for _ in keys)
        with self._read() as conn:
            row = conn.execute(
                f"SELECT max(locked_until) FROM login_failures WHERE key IN ({marks}) AND locked_until > ?",
                [*keys, self._clock()],
            ).fetchone()
        return float(row[0]) if row and row[0] is not None else None

    def login_failed(self, limits: Sequence[tuple[str, int]], *, window: float, lock_for: float) -> float | None:
        """Count a failed sign-in against each ``(key, limit)``: a key with ``limit`` failures
        within ``window`` seconds is locked for ``lock_for`` seconds. Returns the end of the
        lock-out this failure caused or that still runs, else None."""
        locked = self.count_failure(limits, window=window, lock_for=lock_for)
        return max(locked.values()) if locked else None

    def count_failure(self, limits: Sequence[tuple[str, int]], *, window: float, lock_for: float) -> dict[str, float]:
        """Count one failure against each ``(key, limit)`` (``kind:value``; the web console's
        sign-ins, the gateway's SMTP AUTH), for every instance on this store at once. Returns
        the keys locked now, by this failure or before, with the end of their lock-out."""
        now = self._clock()
        locked: dict[str, float] = {}
        with self._tx() as conn:
            self._lock_for(conn, "login_failures")  # counted once across instances, none lost
            for kind in sorted({name.partition(":")[0] for name, _ in limits}):  # spent counters of these kinds
                conn.execute(
                    "DELETE FROM login_failures WHERE key > ? AND key < ? AND first_at < ? "
                    "AND (locked_until IS NULL OR locked_until < ?)",
                    (f"{kind}:", f"{kind};", now - window, now),
                )
            for name, limit in limits:
                key = self._throttle_key(name)
                row = conn.execute(
                    "SELECT failures, first_at, locked_until FROM login_failures WHERE key = ?", (key,)
                ).fetchone()
                if row is None or (row[1] < now - window and (row[2] is None or row[2] < now)):
                    failures, first_at = 1, now
                else:
                    failures, first_at = int(row[0]) + 1, float(row[1])
                until = row[2] if row is not None and row[2] is not None and row[2] > now else None
                if failures >= limit and until is None:
                    until = now + lock_for
                    failures, first_at = 0, now
                conn.execute(
                    "INSERT INTO login_failures (key, failures, first_at, locked_until) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, first_at = excluded.first_at, "
                    "locked_until = excluded.locked_until",
                    (key, failures, first_at, until),
                )
                if until is not None:
                    locked[name] = float(until)
        return locked

    def login_succeeded(self, keys: Sequence[str]) -> None:
        if not keys:
            return
        keys = [self._throttle_key(k) for k in keys]
        marks = ", ".join("?" for _ in keys)
        with self._tx() as conn:
            conn.execute(f"DELETE FROM login_failures WHERE key IN ({marks}) AND locked_until IS NULL", list(keys))
