"""Who may submit mail: networks, authentication, sender rights, rate limits.

Never an open relay: a client must connect from ``allowed_networks`` or authenticate (AUTH PLAIN or
LOGIN, only after TLS). Authenticated staff may send only as their own address or the addresses
the users file grants them. Limits per client IP and per user bound connections, messages per
minute, and failed AUTH attempts (with back-off, fail2ban style).
"""

from __future__ import annotations

import fnmatch
import functools
import ipaddress
import json
import os
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Literal

from argon2 import PasswordHasher
from argon2.exceptions import Argon2Error, InvalidHashError
from pydantic import Field, field_validator, model_validator

from discretie.config import Frozen, GlobList

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


class Tls(Frozen):
    """STARTTLS on the listening port, and optionally implicit TLS on a second port.
    Without cert/key a self-signed certificate is generated beside the store on first start."""

    cert: str | None = None
    key: str | None = None
    implicit_port: int | None = Field(default=None, ge=1, le=65535)

    @model_validator(mode="after")
    def _pair(self) -> Tls:
        if (self.cert is None) != (self.key is None):
            raise ValueError("cert and key go together: set both or neither")
        return self


class Auth(Frozen):
    backend: Literal["local", "passthrough"] = "local"
    users_file: str = "var/users.json"
    require_tls: bool = True
    # login -> the school addresses it may also send as (globs), e.g. a shared mailbox; with
    # either backend (local users also keep the grants of the users file)
    send_as: dict[str, GlobList] = Field(default_factory=dict)

    @field_validator("send_as", mode="before")
    @classmethod
    def _grants(cls, value: object) -> object:
        if not isinstance(value, dict):
            return value
        out: dict[str, object] = {}
        for login, globs in value.items():
            if isinstance(globs, str):
                globs = [globs]
            out[str(login).strip().lower()] = (
                GlobList(patterns=tuple(str(g) for g in globs)) if isinstance(globs, list | tuple) else globs
            )
        return out


class Limits(Frozen):
    connections_per_ip: int = Field(default=50, ge=1)
    messages_per_minute_per_ip: int = Field(default=300, ge=1)
    messages_per_minute_per_user: int = Field(default=120, ge=1)
    auth_failures: int = Field(default=5, ge=1)  # failures per address (IPv6: per /64) within auth_window
    auth_failures_per_account: int = Field(default=10, ge=1)  # failures per account name within auth_window
    auth_window: float = Field(default=600.0, gt=0)
    auth_backoff: float = Field(default=900.0, ge=0)  # seconds AUTH is refused after too many failures


def parse_networks(values: list[str] | tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(v.strip(), strict=False) for v in values)


def peer_ip(peer: object) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    host = peer[0] if isinstance(peer, tuple) and peer else peer
    try:
        address = ipaddress.ip_address(str(host))
    except ValueError:
        return None
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def auth_address_key(ip: str) -> str:
    """The counter of failed AUTH for a client address: the address itself, for IPv6 its /64
    (one host or site holds a whole /64 and can change address at will within it)."""
    address = peer_ip(ip)
    if isinstance(address, ipaddress.IPv6Address):
        return f"net:{ipaddress.IPv6Network((address, 64), strict=False)}"
    return f"ip:{address or ip}"


def in_networks(peer: object, networks: tuple[Network, ...]) -> bool:
    address = peer_ip(peer)
    return address is not None and any(address in net for net in networks)


def sender_allowed(
    auth: Auth, users: Users, is_school_domain: Callable[[str], bool], login: str | None, address: str
) -> bool:
    """May the client that authenticated as ``login`` use ``address`` (envelope sender or a From
    address)? Without a login (an allowed network) or outside the school domains: yes (the
    private_account rule sees and explains that misuse). At a school domain: its own login,
    the globs of ``auth.send_as`` for that login, and with the local backend the grants of the
    users file (the user must still exist there). The same for passthrough: a held message never
    meets the upstream's own send-as check, and its release does not go out in the client's
    session, so Discretie checks it itself, before the verdict and again at the release."""
    if not login or not address:
        return True
    address = address.strip().lower()
    if not is_school_domain(address.rpartition("@")[2]):
        return True
    login = login.strip().lower()
    grants = auth.send_as.get(login)
    if grants is not None and grants.matches(address):
        return True
    if auth.backend == "local":
        user = users.get(login)
        return user is not None and user.may_send_as(address)
    return address == login


# -- local users ------------------------------------------------------------------------------


class UsersError(Exception):
    pass


@dataclass(frozen=True)
class User:
    name: str
    password_hash: str
    addresses: tuple[str, ...]  # globs the user may send as; their own name when it is an address

    def may_send_as(self, address: str) -> bool:
        address = address.strip().lower()
        if address == self.name.lower():
            return True
        return any(fnmatch.fnmatchcase(address, pattern.lower()) for pattern in self.addresses)


class Users:
    """The users file: JSON ``{"users": {name: {"hash": argon2, "addresses": [globs]}}}``, written
    atomically with mode 0600. Managed with ``discretie user add|passwd|remove``."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        self._hasher = PasswordHasher()
        self._lock = threading.Lock()
        self._cache: tuple[float, dict[str, User]] | None = None

    def _read(self) -> dict[str, User]:
        try:
            stat = self.path.stat()
        except FileNotFoundError:
            return {}
        if self._cache is not None and self._cache[0] == stat.st_mtime:
            return self._cache[1]
        try:
            data = json.loads(self.path.read_text("utf-8"))
            users = {
                name: User(name=name, password_hash=entry["hash"], addresses=tuple(entry.get("addresses", [])))
                for name, entry in data.get("users", {}).items()
            }
        except (OSError, ValueError, KeyError, AttributeError, TypeError) as exc:
            raise UsersError(f"{self.path}: cannot read users file: {exc}") from None
        self._cache = (stat.st_mtime, users)
        return users

    def get(self, name: str) -> User | None:
        return self._read().get(name.strip().lower())

    def names(self) -> list[str]:
        return sorted(self._read())

    def verify(self, name: str, password: str) -> User | None:
        """The user, if the password is right. Constant work whether or not the user exists."""
        user = self.get(name)
        target = user.password_hash if user else _dummy_hash()
        try:
            ok: bool = self._hasher.verify(target, password)
        except (Argon2Error, InvalidHashError):
            ok = False
        return user if ok and user is not None else None

    def _write(self, users: dict[str, User]) -> None:
        data = {"users": {u.name: {"hash": u.password_hash, "addresses": list(u.addresses)} for u in users.values()}}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(self.path.suffix + ".tmp")
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        self._cache = None

    def set(self, name: str, password: str, addresses: list[str] | None = None) -> None:
        name = name.strip().lower()
        if not name:
            raise UsersError("a user needs a name (usually the mail address)")
        with self._lock:
            users = dict(self._read())
            old = users.get(name)
            keep = tuple(addresses) if addresses is not None else (old.addresses if old else ())
            users[name] = User(name=name, password_hash=self._hasher.hash(password), addresses=keep)
            self._write(users)

    def remove(self, name: str) -> bool:
        with self._lock:
            users = dict(self._read())
            if users.pop(name.strip().lower(), None) is None:
                return False
            self._write(users)
            return True


@functools.cache
def _dummy_hash() -> str:
    """A hash to verify against for unknown users, so that timing does not reveal who exists."""
    return PasswordHasher().hash("discretie-dummy-password")


# -- rate limits ------------------------------------------------------------------------------


@dataclass
class _Window:
    events: deque[float] = field(default_factory=deque)

    def count(self, now: float, span: float) -> int:
        while self.events and self.events[0] <= now - span:
            self.events.popleft()
        return len(self.events)


AUTH_COUNTERS_KEPT = 4096  # beyond this many failed-AUTH counters, the ones with nothing left are dropped


class RateLimiter:
    """In-memory counters for one process (each worker of ``--workers`` counts for itself).
    Keys are IPs or user names; failed AUTH is counted per address (IPv6: per /64) and per account."""

    def __init__(self, limits: Limits):
        self.limits = limits
        self.connections: dict[str, int] = {}
        self._messages: dict[str, _Window] = {}
        self._failures: dict[str, _Window] = {}
        self._blocked_until: dict[str, float] = {}

    def connect(self, ip: str) -> bool:
        if self.connections.get(ip, 0) >= self.limits.connections_per_ip:
            return False
        self.connections[ip] = self.connections.get(ip, 0) + 1
        return True

    def disconnect(self, ip: str) -> None:
        left = self.connections.get(ip, 0) - 1
        if left > 0:
            self.connections[ip] = left
        else:
            self.connections.pop(ip, None)

    def message(self, key: str, per_minute: int, now: float | None = None) -> bool:
        """Count one message for ``key``; False when over ``per_minute``."""
        now = time.monotonic() if now is None else now
        window = self._messages.get(key)
        if window is None:
            window = self._messages[key] = _Window()
        if window.count(now, 60.0) >= per_minute:
            return False
        window.events.append(now)
        return True

    def auth_scopes(self, ip: str, login: str) -> dict[str, int]:
        """The counters an AUTH attempt from ``ip`` for ``login`` is subject to, with the number
        of failures that starts a back-off: the address (IPv6: its /64) and the account (the name
        as the users file normalises it, whether or not it exists: no account enumeration)."""
        return {
            auth_address_key(ip): self.limits.auth_failures,
            f"account:{login.strip().lower()[:320]}": self.limits.auth_failures_per_account,
        }

    def auth_blocked(self, keys: Iterable[str], now: float | None = None) -> float:
        """Seconds left in the longest back-off among ``keys`` (0 when AUTH is allowed)."""
        now = time.monotonic() if now is None else now
        wait = 0.0
        for key in keys:
            until = self._blocked_until.get(key, 0.0)
            if until <= now:
                self._blocked_until.pop(key, None)
            else:
                wait = max(wait, until - now)
        return wait

    def auth_failed(self, scopes: dict[str, int], now: float | None = None) -> list[str]:
        """Record a failure in each scope (key -> threshold); the keys this failure put in back-off."""
        now = time.monotonic() if now is None else now
        started = []
        for key, threshold in scopes.items():
            window = self._failures.setdefault(key, _Window())
            window.events.append(now)
            if window.count(now, self.limits.auth_window) >= threshold:
                self._blocked_until[key] = now + self.limits.auth_backoff
                window.events.clear()
                started.append(key)
        if len(self._failures) > AUTH_COUNTERS_KEPT:  # ever new names or addresses: drop the spent ones
            span = self.limits.auth_window
            self._failures = {k: w for k, w in self._failures.items() if w.count(now, span)}
            self._blocked_until = {k: t for k, t in self._blocked_until.items() if t > now}
        return started

    def auth_counters(self) -> int:
        """How many failed-AUTH counters are kept (bounded by AUTH_COUNTERS_KEPT and the window)."""
        return len(self._failures) + len(self._blocked_until)
