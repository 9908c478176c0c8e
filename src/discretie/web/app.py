"""The DPO web console: a small Starlette app over the store and the shared review actions.

``create_app(policy, store)`` returns the ASGI application; ``discretie web`` serves it with
uvicorn on 127.0.0.1:8025 by default. Layers, outermost first:

1. :class:`SecurityHeaders`: refuses a request for an unexpected ``Host`` (DNS rebinding) and
   puts the security headers on every response, errors included (CSP, frame and referrer
   policy, ``nosniff``, ``Cache-Control: no-store``, HSTS over TLS);
2. Starlette (body size limit, error pages in Dutch);
3. :class:`AuthGate`: without a live session every path but ``/login``, the style sheet and the
   sender's self-service link (``/afzender/<token>``, :mod:`discretie.web.sender`) is a redirect
   to ``/login``;
4. the pages. Every POST checks the session's CSRF token (``hmac.compare_digest``) and the
   ``Origin`` header; every action goes through :mod:`discretie.review.actions` with
   ``via="web"``, so the audit log names the reviewer.

Store calls run in a worker thread (they may wait for the write lock of another process).
"""

from __future__ import annotations

import json
import re
import time
import urllib.parse
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any, TypeVar

from argon2 import PasswordHasher
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import HTMLResponse, RedirectResponse, Response
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from discretie import labels, notify, roles, selfservice
from discretie.documents.pool import Reader
from discretie.passwords import check_password_quality
from discretie.policy import Policy
from discretie.review import actions
from discretie.review.expiry import expiry
from discretie.rules import RULES
from discretie.store import (
    REF_ALPHABET,
    REF_PREFIX,
    Conflict,
    IncidentStats,
    NotFound,
    Store,
    StoreError,
    WebSession,
    normalize_ref,
)
from discretie.web import htmlview, originals, render, trace_page
from discretie.web.accounts_pages import AccountPages
from discretie.web.auth import Auth, AuthSettings, new_token, same_token
from discretie.web.breaches import BreachPages
from discretie.web.exceptions import ExceptionPages
from discretie.web.sender import SenderPages
from discretie.web.senders import SenderBlockPages
from discretie.web.signin_pages import SignInPages

T = TypeVar("T")
Endpoint = Callable[[Request], Awaitable[Response]]

CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; "
    "connect-src 'self'; frame-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'; "
    "object-src 'none'"
)
HTML_FRAME_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox"
DOWNLOAD_CSP = "default-src 'none'; sandbox"
PUBLIC_PATHS = frozenset({"/login", "/static/style.css"})
STATE_FILTERS: dict[str, tuple[str, ...] | None] = {
    "open": ("held", "releasing"),
    "held": ("held",),
    "releasing": ("releasing",),
    "released": ("released",),
    "rejected": ("rejected",),
    "all": None,
}
STATE_FILTER_LABELS: dict[str, str] = {
    "open": "Te behandelen",
    "held": "Vastgehouden",
    "releasing": "Wordt verzonden",
    "released": "Vrijgegeven",
    "rejected": "Geweigerd",
    "all": "Alle",
}
_REF = re.compile(f"^{REF_PREFIX}[{REF_ALPHABET}]{{8}}$")
MAX_NOTE = 2000
MAX_NOTICE = 10_000
MAX_BULK = 200


@dataclass(frozen=True)
class WebSettings:
    """How the console runs. ``secure_cookies`` None: Secure cookies when the request came over
    https (TLS in uvicorn, or a trusted proxy's ``X-Forwarded-Proto``)."""

    allowed_hosts: tuple[str, ...] = ("127.0.0.1", "localhost", "::1")
    secure_cookies: bool | None = None
    page_size: int = 50
    audit_page_size: int = 100
    subject_window: int = 2000  # newest messages whose encrypted subject a text filter reads
    text_count_cap: int = 1000  # a text filter's clear matches are counted up to this ("meer dan")
    auth: AuthSettings = field(default_factory=AuthSettings)


# -- helpers -----------------------------------------------------------------------------------------


def _host_of(header: str) -> str:
    value = header.strip().lower()
    if value.startswith("["):
        return value[1 : value.find("]")] if "]" in value else value
    return value.rsplit(":", 1)[0] if value.count(":") == 1 else value


def _valid_ref(text: str) -> str:
    ref = normalize_ref(text)
    if not _REF.match(ref):
        raise HTTPException(404)
    return ref


def _rule_filter(value: str) -> str:
    """A rule id or its Dutch label (``wachtwoord``) -> the rule id; "" for none; an unknown
    rule is refused (400, naming the valid ones) rather than silently ignored."""
    if not value.strip():
        return ""
    try:
        return labels.rule_id(value)
    except labels.UnknownRule as exc:
        raise HTTPException(400, f"Filter: {exc}.") from None


def _local_path(value: str | None, default: str) -> str:
    """Only a path on this site (no scheme, no //host, no backslash tricks)."""
    if not value or not value.startswith("/") or value.startswith("//") or "\\" in value or len(value) > 2000:
        return default
    if any(ord(ch) < 32 for ch in value):
        return default
    return value


FIRST_DAY, LAST_DAY = date(1970, 1, 2), date(2099, 12, 31)  # what a filter may name (and compute with)
DATE_ERROR = (
    "'{label}' is geen geldige datum: gebruik dag-maand-jaar, bv. 01-09-2025 (tussen 02-01-1970 en 31-12-2099)."
)


def _parse_day(value: str | None) -> date | None:
    """``31-12-2025``, ``31/12/2025`` (as Belgians write it), ``31.12.2025`` or ``2025-12-31``;
    None when empty. ValueError for anything else, and for a day outside FIRST_DAY..LAST_DAY
    (``31-12-9999`` would overflow the day after it and the timestamps)."""
    text = (value or "").strip()
    if not text:
        return None
    for fmt in ("%d-%m-%Y", "%d/%m/%Y", "%Y-%m-%d", "%d.%m.%Y"):
        try:
            day = datetime.strptime(text, fmt).date()
        except ValueError:
            continue
        if not FIRST_DAY <= day <= LAST_DAY:
            raise ValueError(f"{text}: outside {FIRST_DAY}..{LAST_DAY}")
        return day
    raise ValueError(f"{text}: not a date")


def _day_start(day: date) -> float:
    return datetime(day.year, day.month, day.day).timestamp()


def _page_number(value: str | None) -> int:
    try:
        return min(max(int(value or "1"), 1), 1_000_000)
    except ValueError:
        return 1


def _filename_header(name: str) -> str:
    fallback = re.sub(r"[^A-Za-z0-9._ -]", "_", name).strip(" .") or "bijlage"
    return f"attachment; filename=\"{fallback[:150]}\"; filename*=UTF-8''{urllib.parse.quote(name[:200], safe='')}"


def allow(role: str | None, endpoint: Endpoint) -> Endpoint:
    """``endpoint`` refused (403) to a session whose role is below ``role`` (discretie.roles);
    ``None``: a public page (no session needed). Every route of the console is wrapped, and the
    role it needs is on the wrapper (``required_role``), where a test checks that none is missing."""
    if role is None:

        async def public(request: Request) -> Response:
            return await endpoint(request)

        public.required_role = None  # type: ignore[attr-defined]
        return public
    needed = roles.valid(role)

    async def guarded(request: Request) -> Response:
        have = Console.session(request).role
        if not roles.allows(have, needed):
            raise HTTPException(
                403,
                f"Uw rol ({roles.LABELS.get(have, have)}) laat dit niet toe: "
                f"daarvoor is de rol {roles.LABELS[needed]} nodig.",
            )
        return await endpoint(request)

    guarded.required_role = needed  # type: ignore[attr-defined]
    return guarded


# -- ASGI layers ---------------------------------------------------------------------------------------


class SecurityHeaders:
    """Host check and security headers on every response (outermost layer: also on 500s)."""

    def __init__(self, app: ASGIApp, allowed_hosts: tuple[str, ...]):
        self.app = app
        self.allowed = frozenset(h.lower().strip("[]") for h in allowed_hosts)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        host = _host_of(headers.get("host", ""))
        static = str(scope.get("path", "")).startswith("/static/")
        https = scope.get("scheme") == "https"

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                raw = list(message.get("headers", []))
                present = {k.decode("latin-1").lower() for k, _ in raw}

                def add(name: str, value: str) -> None:
                    if name not in present:
                        raw.append((name.encode("latin-1"), value.encode("latin-1")))

                add("content-security-policy", CSP)
                add("x-frame-options", "DENY")
                add("referrer-policy", "no-referrer")
                add("x-content-type-options", "nosniff")
                add("cross-origin-opener-policy", "same-origin")
                add("cross-origin-resource-policy", "same-origin")
                add("permissions-policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=()")
                add("cache-control", "private, max-age=300" if static else "no-store")
                if https:
                    add("strict-transport-security", "max-age=31536000")
                message = {**message, "headers": raw}
            await send(message)

        if "*" not in self.allowed and host not in self.allowed:
            response = Response(
                "Onbekende hostnaam: deze console antwoordt alleen op de ingestelde naam.\n",
                status_code=400,
                media_type="text/plain; charset=utf-8",
            )
            await response(scope, receive, send_with_headers)
            return
        await self.app(scope, receive, send_with_headers)


class AuthGate:
    """No session, no page: everything but the login page and its style sheet redirects."""

    def __init__(self, app: ASGIApp, console: Console):
        self.app = app
        self.console = console

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        path = str(scope.get("path", ""))
        if (
            scope["type"] != "http"
            or path in PUBLIC_PATHS
            or path.startswith("/login/oidc/")
            or path.startswith(selfservice.PATH)
        ):
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        token = request.cookies.get(self.console.session_cookie(request))
        session = await run_in_threadpool(self.console.auth.session, token)
        if session is None:
            target = "/login"
            path = str(scope.get("path", "/"))
            if request.method in ("GET", "HEAD") and path not in ("/", "/logout"):
                query = ("?" + scope["query_string"].decode("latin-1")) if scope.get("query_string") else ""
                target += "?" + urllib.parse.urlencode({"next": path + query})
            response = RedirectResponse(target, status_code=303)
            if token:
                self.console.clear_cookie(response, request, self.console.session_cookie(request))
            await response(scope, receive, send)
            return
        scope.setdefault("state", {})
        scope["state"]["session"] = session
        scope["state"]["token"] = token
        await self.app(scope, receive, send)


# -- the console ----------------------------------------------------------------------------------------


class Console:
    """The pages. One instance per app; it keeps no per-request state."""

    def __init__(
        self, policy: Policy, store: Store, settings: WebSettings | None = None, hasher: PasswordHasher | None = None
    ):
        self.policy = policy
        self.store = store
        self.settings = settings or WebSettings()
        self.auth = Auth(store, settings=self.settings.auth, hasher=hasher)
        self.env = render.environment()
        # the message page reads document attachments as the gateway did (one worker, on first use)
        self.reader = Reader(workers=1, memory=policy.documents.memory_per_attachment)
        self.oidc = SignInPages(self)
        self.breaches = BreachPages(self)
        self.exception_pages = ExceptionPages(self)
        self.sender_pages = SenderPages(self)
        self.sender_block_pages = SenderBlockPages(self)
        self.accounts = AccountPages(self)

    # cookies and sessions

    def secure(self, request: Request) -> bool:
        if self.settings.secure_cookies is not None:
            return self.settings.secure_cookies
        return request.url.scheme == "https"

    def session_cookie(self, request: Request) -> str:
        return "__Host-discretie" if self.secure(request) else "discretie_session"

    def login_cookie(self, request: Request) -> str:
        return "__Host-discretie-login" if self.secure(request) else "discretie_login"

    def set_cookie(self, response: Response, request: Request, name: str, value: str, max_age: int | None) -> None:
        response.set_cookie(
            name, value, max_age=max_age, path="/", secure=self.secure(request), httponly=True, samesite="strict"
        )

    def clear_cookie(self, response: Response, request: Request, name: str) -> None:
        response.delete_cookie(name, path="/", secure=self.secure(request), httponly=True, samesite="strict")

    @staticmethod
    def session(request: Request) -> WebSession:
        session = request.scope.get("state", {}).get("session")
        if not isinstance(session, WebSession):  # pragma: no cover - AuthGate guarantees it
            raise HTTPException(403)
        return session

    @staticmethod
    def client_ip(request: Request) -> str:
        return request.client.host if request.client else "?"

    async def call(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await run_in_threadpool(fn, *args, **kwargs)

    # rendering

    def page(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        state = request.scope.get("state", {})
        session = state.get("session")
        flashes: list[dict[str, str]] = context.pop("flashes", [])
        role = session.role if isinstance(session, WebSession) else None
        html = self.env.get_template(template).render(
            request=request,
            session=session if isinstance(session, WebSession) else None,
            may=lambda needed: roles.allows(role, needed),
            role_label=roles.LABELS.get(role or "", ""),
            csrf=session.csrf if isinstance(session, WebSession) else context.pop("login_csrf", ""),
            flashes=flashes,
            now=time.time(),
            school=self.policy.school.name,
            path=request.url.path,
            **context,
        )
        return HTMLResponse(html, status_code=status)

    async def render(self, request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
        """A signed-in page: with the session's pending messages (shown once) and the queue count."""
        session = self.session(request)
        flashes: list[dict[str, str]] = []
        if session.flash:
            try:
                loaded = json.loads(session.flash)
                flashes = [f for f in loaded if isinstance(f, dict)] if isinstance(loaded, list) else []
            except ValueError:
                flashes = []
            await self.call(self.store.set_flash, session.token_hash, None)
        held, _backlog = await self.call(self.store.gauges)
        return self.page(request, template, status, flashes=flashes, held_count=held, **context)

    async def flash(self, request: Request, kind: str, text: str) -> None:
        session = self.session(request)
        current = await self.call(self.store.get_session, session.token_hash)
        items: list[dict[str, str]] = []
        if current is not None and current.flash:
            try:
                loaded = json.loads(current.flash)
                items = list(loaded) if isinstance(loaded, list) else []
            except ValueError:
                items = []
        items.append({"kind": kind, "text": notify.one_line(text, 2000)})
        await self.call(self.store.set_flash, session.token_hash, json.dumps(items[-10:]))

    # forms

    def check_origin(self, request: Request) -> None:
        """Defence in depth beside the CSRF token: a browser that says the form came from another
        site is refused. (With ``Referrer-Policy: no-referrer`` browsers send ``Origin: null`` on
        form posts, so "null" alone proves nothing either way and is left to the token.)"""
        fetch_site = request.headers.get("sec-fetch-site")
        if fetch_site is not None and fetch_site not in ("same-origin", "none"):
            raise HTTPException(403, "De aanvraag kwam niet van deze console.")
        origin = request.headers.get("origin")
        if origin is None or origin == "null":
            return
        expected = f"{request.url.scheme}://{request.headers.get('host', '')}".lower()
        if origin.lower() != expected:
            raise HTTPException(403, "De aanvraag kwam niet van deze console (Origin klopt niet).")

    async def form(self, request: Request) -> FormData:
        """The posted form, after the Origin and CSRF checks."""
        self.check_origin(request)
        form = await self.read_form(request)
        token = form.get("csrf")
        if not same_token(self.session(request).csrf, token if isinstance(token, str) else None):
            raise HTTPException(403, "Het formulier is verlopen of ongeldig (CSRF-controle).")
        return form

    @staticmethod
    async def read_form(request: Request) -> FormData:
        try:
            return await request.form(max_files=0, max_fields=MAX_BULK + 50, max_part_size=64 * 1024)
        except HTTPException:
            raise
        except Exception:  # malformed bodies: python-multipart raises its own types
            raise HTTPException(400, "Het formulier kon niet gelezen worden.") from None

    @staticmethod
    def text(form: FormData, name: str, limit: int) -> str:
        value = form.get(name)
        if not isinstance(value, str):
            return ""
        return notify.clean(value).strip()[:limit]

    # -- sign-in -------------------------------------------------------------------------------------

    async def login_page(self, request: Request) -> Response:
        token = request.cookies.get(self.session_cookie(request))
        if token and await self.call(self.auth.session, token) is not None:
            return RedirectResponse(_local_path(request.query_params.get("next"), "/queue"), status_code=303)
        return self._login_form(request, error=None, status=200)

    def _login_form(self, request: Request, *, error: str | None, status: int, name: str = "") -> Response:
        csrf = request.cookies.get(self.login_cookie(request)) or ""
        if not re.fullmatch(r"[A-Za-z0-9_-]{20,100}", csrf):
            csrf = new_token()
        response = self.page(
            request,
            "login.html",
            status,
            login_csrf=csrf,
            error=error,
            name=name,
            next=_local_path(request.query_params.get("next"), ""),
            providers=self.policy.signin.oidc,
            local=self.policy.signin.local,
        )
        self.set_cookie(response, request, self.login_cookie(request), csrf, max_age=3600)
        return response

    async def login(self, request: Request) -> Response:
        self.check_origin(request)
        form = await self.read_form(request)
        expected = request.cookies.get(self.login_cookie(request)) or ""
        given = form.get("csrf")
        if not same_token(expected, given if isinstance(given, str) else None):
            raise HTTPException(403, "Het aanmeldformulier is verlopen. Laad de pagina opnieuw en probeer nog eens.")
        if not self.policy.signin.local:
            raise HTTPException(403, "Aanmelden met een wachtwoord staat uit: meld u aan met het schoolaccount.")
        name = self.text(form, "name", 100)
        raw_password = form.get("password")
        password = raw_password if isinstance(raw_password, str) else ""
        ip = self.client_ip(request)
        if not name or not password:
            return self._login_form(request, error="Vul uw naam en wachtwoord in.", status=400, name=name)
        result = await self.call(self.auth.login, name, password[:1024], ip)
        if result.locked_until is not None:
            until = time.strftime("%H:%M", time.localtime(result.locked_until))
            return self._login_form(
                request,
                error=f"Te veel mislukte aanmeldpogingen. Aanmelden is geblokkeerd tot {until}.",
                status=429,
                name=name,
            )
        if result.reviewer is None:
            return self._login_form(request, error="Naam of wachtwoord is niet juist.", status=401, name=name)
        token, _session = await self.call(self.auth.start_session, result.reviewer, ip)
        target = form.get("next")
        response = RedirectResponse(_local_path(target if isinstance(target, str) else None, "/queue"), 303)
        self.set_cookie(response, request, self.session_cookie(request), token, max_age=None)
        self.clear_cookie(response, request, self.login_cookie(request))
        return response

    async def logout(self, request: Request) -> Response:
        await self.form(request)
        await self.call(self.auth.end_session, request.scope["state"].get("token"))
        response = RedirectResponse("/login", status_code=303)
        self.clear_cookie(response, request, self.session_cookie(request))
        return response

    # -- queue ---------------------------------------------------------------------------------------

    def _queue_filters(self, params: Mapping[str, str]) -> dict[str, str]:
        state = params.get("state", "open")
        return {
            "state": state if state in STATE_FILTERS else "open",
            "rule": _rule_filter(params.get("rule", "")),
            "q": notify.one_line(params.get("q", ""), 200),
            "unseen": "1" if params.get("unseen") == "1" else "",
            "sort": "expiry" if params.get("sort") == "expiry" else "",
            "requested": "1" if params.get("requested") == "1" else "",  # the sender asked for release
        }

    @staticmethod
    def _query(filters: Mapping[str, str], **extra: str | int) -> str:
        values = {k: v for k, v in {**filters, **{k: str(v) for k, v in extra.items()}}.items() if v}
        return urllib.parse.urlencode(values)

    async def queue(self, request: Request) -> Response:
        session = self.session(request)
        filters = self._queue_filters(request.query_params)
        page_no = _page_number(request.query_params.get("page"))
        size = self.settings.page_size
        page = await self.call(
            self.store.queue_page,
            states=STATE_FILTERS[filters["state"]],
            rule=filters["rule"] or None,
            text=filters["q"] or None,
            reviewer=session.reviewer,
            unseen_only=bool(filters["unseen"]),
            release_requested=bool(filters["requested"]),
            offset=(page_no - 1) * size,
            limit=size,
            subject_window=self.settings.subject_window,
            oldest_first=filters["sort"] == "expiry",
            count_cap=self.settings.text_count_cap,
        )
        pages = max((page.total + size - 1) // size, 1)
        rows = []
        now = self.store.now()
        for h in page.items:
            categories = list(dict.fromkeys(f.category for f in h.findings if f.severity.rank > 0))
            rows.append(
                {"held": h, "categories": categories, "seen": h.id in page.seen, "expiry": expiry(h, self.policy, now)}
            )
        back = "/queue" + ("?" + self._query(filters, page=page_no) if self._query(filters, page=page_no) else "")
        counts = dict(page.state_counts)
        counts["open"] = counts.get("held", 0) + counts.get("releasing", 0)
        counts["all"] = sum(page.state_counts.values())
        return await self.render(
            request,
            "queue.html",
            rows=rows,
            page=page,
            page_no=page_no,
            pages=pages,
            filters=filters,
            rules=list(RULES),
            state_filters=STATE_FILTER_LABELS,
            counts=counts,
            back=back,
            prev_query=self._query(filters, page=page_no - 1) if page_no > 1 else None,
            next_query=self._query(filters, page=page_no + 1) if page_no < pages else None,
            tab_query={s: self._query({**filters, "state": s}) for s in STATE_FILTERS},
            sort_query={k: self._query({**filters, "sort": k}) for k in ("", "expiry")},
        )

    def _refs(self, form: FormData) -> list[str]:
        refs: list[str] = []
        for value in form.getlist("id")[:MAX_BULK]:
            if isinstance(value, str):
                ref = normalize_ref(value)
                if _REF.match(ref) and ref not in refs:
                    refs.append(ref)
        return refs

    async def bulk(self, request: Request) -> Response:
        form = await self.form(request)
        session = self.session(request)
        back = _local_path(self.text(form, "back", 2000), "/queue")
        refs = self._refs(form)
        action = self.text(form, "action", 20)
        if not refs:
            await self.flash(request, "error", "Kies eerst een of meer berichten (vakjes links).")
            return RedirectResponse(back, status_code=303)
        if action == "seen":
            await self.call(self.store.mark_seen, refs, reviewer=session.reviewer)
            await self.flash(request, "ok", f"{len(refs)} bericht(en) als gezien gemarkeerd.")
            return RedirectResponse(back, status_code=303)
        if action not in ("release", "reject"):
            raise HTTPException(400, "Onbekende actie.")
        messages = []
        for ref in refs:
            try:
                messages.append(await self.call(self.store.get_message, ref))
            except NotFound:
                continue
        return await self.render(request, "bulk_confirm.html", action=action, messages=messages, back=back)

    async def bulk_confirm(self, request: Request) -> Response:
        form = await self.form(request)
        session = self.session(request)
        back = _local_path(self.text(form, "back", 2000), "/queue")
        refs = self._refs(form)
        action = self.text(form, "action", 20)
        note = self.text(form, "note", MAX_NOTE) or None  # for the register, never mailed
        message = self.text(form, "message", MAX_NOTE) or None  # mailed to the sender
        notify_sender = form.get("notify") == "1"
        if action not in ("release", "reject"):
            raise HTTPException(400, "Onbekende actie.")
        done: list[str] = []
        problems: list[str] = []
        for ref in refs:
            try:
                if action == "release":
                    await self.call(
                        actions.release, self.store, ref, actor=session.reviewer, note=note, message=message, via="web"
                    )
                else:
                    await self.call(
                        actions.reject,
                        self.store,
                        ref,
                        actor=session.reviewer,
                        policy=self.policy,
                        note=note,
                        message=message,
                        notify_sender=notify_sender,
                        via="web",
                    )
                done.append(ref)
            except StoreError as exc:  # Conflict, NotFound, an unreadable row
                problems.append(str(exc))
        verb = "vrijgegeven" if action == "release" else "geweigerd"
        if done:
            extra = " De gateway verzendt ze binnen enkele seconden." if action == "release" else ""
            await self.flash(request, "ok", f"{len(done)} bericht(en) {verb}: {', '.join(done)}.{extra}")
        for problem in problems:
            await self.flash(request, "error", problem)
        return RedirectResponse(back, status_code=303)

    # -- one message ----------------------------------------------------------------------------------

    async def message(self, request: Request) -> Response:
        session = self.session(request)
        ref = _valid_ref(request.path_params["ref"])
        try:
            if not roles.allows(session.role, roles.REVIEWER):  # a reader: metadata and findings, no body
                held = await self.call(self.store.get_message, ref)
                view = actions.MessageView(held=held, headers=(), body=None, attachments=(), defects=())
            else:
                view = await self.call(
                    actions.view_message,
                    self.store,
                    ref,
                    actor=session.reviewer,
                    via="web",
                    policy=self.policy,
                    reader=self.reader,
                )
        except NotFound:
            raise HTTPException(404) from None
        held = view.held
        if not await self.call(self.store.is_seen, held.id, reviewer=session.reviewer):
            await self.call(self.store.mark_seen, [held.id], reviewer=session.reviewer)
        history = await self.call(self.store.audit_entries, target=held.id)
        notice = None
        if held.state == "held":
            notice = await self.call(actions.rejection_notice_text, self.policy, held)
        recipients = [(r, self.policy.school.is_internal(r)) for r in held.rcpt_tos]
        findings = sorted(held.findings, key=lambda f: -f.severity.rank)
        return await self.render(
            request,
            "message.html",
            view=view,
            held=held,
            recipients=recipients,
            findings=findings,
            history=history,
            notice=notice,
            show_html=request.query_params.get("html") == "1" and view.has_html,
            may_notify=notify.may_notify(held.sender, self.policy),
            expiry=expiry(held, self.policy, self.store.now()),
            sender_request=await self.call(self.store.sender_request, held.id),
        )

    async def message_html(self, request: Request) -> Response:
        session = self.session(request)
        ref = _valid_ref(request.path_params["ref"])

        def load() -> str | None:
            raw = self.store.message_body(ref)
            if raw is None:
                return None
            html = htmlview.html_part(raw)
            if html is None:
                return None
            self.store.audit(actor=session.reviewer, via="web", action="view_html", target=ref, note="HTML bekeken")
            return htmlview.sanitize(html)

        try:
            html = await self.call(load)
        except NotFound:
            raise HTTPException(404) from None
        if html is None:
            raise HTTPException(404, "Dit bericht heeft geen HTML-inhoud (meer).")
        return HTMLResponse(
            html,
            headers={
                "Content-Security-Policy": HTML_FRAME_CSP,
                "X-Frame-Options": "SAMEORIGIN",
                "Cross-Origin-Resource-Policy": "same-origin",
            },
        )

    async def attachment_confirm(self, request: Request) -> Response:
        ref = _valid_ref(request.path_params["ref"])
        index = int(request.path_params["index"])
        try:
            held = await self.call(self.store.get_message, ref)
            message = await self.call(actions.held_message, self.store, ref)
        except NotFound:
            raise HTTPException(404) from None
        if message is None or not 1 <= index <= len(message.attachments):
            raise HTTPException(404, "Deze bijlage bestaat niet (meer).")
        part = message.attachments[index - 1]
        return await self.render(
            request,
            "attachment.html",
            held=held,
            index=index,
            filename=notify.one_line(part.filename or "(naamloos)", 200),
            content_type=part.content_type,
            size=part.size,
        )

    async def attachment_download(self, request: Request) -> Response:
        await self.form(request)
        session = self.session(request)
        ref = _valid_ref(request.path_params["ref"])
        index = int(request.path_params["index"])
        try:
            meta, data = await self.call(
                actions.download_attachment, self.store, ref, index - 1, actor=session.reviewer, via="web"
            )
        except NotFound:
            raise HTTPException(404, "Deze bijlage bestaat niet (meer).") from None
        return Response(
            data,
            media_type="application/octet-stream",
            headers={
                "Content-Disposition": _filename_header(meta.filename),
                "Content-Security-Policy": DOWNLOAD_CSP,
                "X-Content-Type-Options": "nosniff",
            },
        )

    async def _decide(self, request: Request, work: Callable[[str, str, FormData], Awaitable[str]]) -> Response:
        form = await self.form(request)
        session = self.session(request)
        ref = _valid_ref(request.path_params["ref"])
        try:
            text = await work(ref, session.reviewer, form)
            await self.flash(request, "ok", text)
        except NotFound:
            raise HTTPException(404) from None
        except Conflict as exc:
            await self.flash(request, "error", str(exc))
        except StoreError as exc:
            await self.flash(request, "error", str(exc))
        return RedirectResponse(f"/queue/{ref}", status_code=303)

    async def release(self, request: Request) -> Response:
        async def work(ref: str, actor: str, form: FormData) -> str:
            note = self.text(form, "note", MAX_NOTE) or None  # for the register, never mailed
            message = self.text(form, "message", MAX_NOTE) or None  # mailed to the sender
            # the recipients' checkboxes (a partial release when not all are ticked)
            chosen = [v for v in form.getlist("to") if isinstance(v, str)] if form.get("choose") == "1" else None
            held = await self.call(
                actions.release, self.store, ref, actor=actor, note=note, message=message, via="web", recipients=chosen
            )
            if held.release_to:
                return (
                    f"{held.id} is vrijgegeven voor {len(held.release_to)} van de {len(held.rcpt_tos)} ontvangers: "
                    "de gateway verzendt het bericht binnen enkele seconden; de afzender hoort wie het niet kreeg."
                )
            return f"{held.id} is vrijgegeven: de gateway verzendt het bericht binnen enkele seconden."

        return await self._decide(request, work)

    async def reject(self, request: Request) -> Response:
        async def work(ref: str, actor: str, form: FormData) -> str:
            note = self.text(form, "note", MAX_NOTE) or None  # for the register, never mailed
            notify_sender = form.get("notify") == "1"
            # the whole notice as the reviewer edited it: the message to the sender
            notice = self.text(form, "notice", MAX_NOTICE) if notify_sender else None
            held = await self.call(
                actions.reject,
                self.store,
                ref,
                actor=actor,
                policy=self.policy,
                note=note,
                notify_sender=notify_sender,
                via="web",
                notice_text=notice or None,
            )
            told = ""
            if notify_sender:
                told = (
                    " De afzender krijgt een melding."
                    if notify.may_notify(held.sender, self.policy)
                    else " De afzender is geen schooladres en krijgt geen melding."
                )
            return f"{held.id} is geweigerd; de inhoud is gewist.{told}"

        return await self._decide(request, work)

    async def note(self, request: Request) -> Response:
        async def work(ref: str, actor: str, form: FormData) -> str:
            text = self.text(form, "note", MAX_NOTE)
            held = await self.call(actions.add_note, self.store, ref, actor=actor, note=text, via="web")
            return f"Notitie bewaard bij {held.id}."

        return await self._decide(request, work)

    # -- incidents ------------------------------------------------------------------------------------

    def _incident_filters(self, params: Mapping[str, str]) -> tuple[dict[str, Any], str | None]:
        """The filters as the form shows them, and a Dutch error when a date is not valid (the
        typed text is then kept in its field, so the reviewer can correct it)."""
        filters: dict[str, Any] = {}
        days: dict[str, date | None] = {}
        error: str | None = None
        for key, label in (("since", "Van"), ("until", "Tot en met")):
            text = notify.one_line(params.get(key, ""), 40)
            try:
                day = _parse_day(text)
            except ValueError:
                days[key], filters[key] = None, text
                error = error or DATE_ERROR.format(label=label)
                continue
            days[key], filters[key] = day, day.strftime("%d-%m-%Y") if day else ""
        since_day, until_day = days["since"], days["until"]
        if error is None and since_day and until_day and since_day > until_day:
            error = "'Van' ligt na 'Tot en met': kies een begindatum die niet na de einddatum ligt."
        filters["rule"] = _rule_filter(params.get("rule", ""))
        filters["sender"] = notify.one_line(params.get("sender", ""), 200)
        return filters, error

    @staticmethod
    def _incident_query(filters: Mapping[str, str]) -> dict[str, Any]:
        since_day = _parse_day(filters["since"])
        until_day = _parse_day(filters["until"])
        return {
            "since": _day_start(since_day) if since_day else None,
            "until": _day_start(until_day + timedelta(days=1)) if until_day else None,
            "rule": filters["rule"] or None,
            "sender": filters["sender"] or None,
        }

    async def _filter_error(self, request: Request, filters: Mapping[str, str], error: str) -> Response:
        """The register with the form error and nothing else: 400, nothing looked up."""
        return await self.render(
            request,
            "incidents.html",
            status=400,
            filters=filters,
            form_error=error,
            stats=IncidentStats(total=0, per_rule=(), per_week=()),
            rows=[],
            page_no=1,
            pages=1,
            rules=list(RULES),
            chart=render.week_chart([]),
            rule_bars=[],
            prev_query=None,
            next_query=None,
        )

    @staticmethod
    def _weeks(
        stats_weeks: tuple[tuple[str, int], ...], filters: Mapping[str, str], now: float
    ) -> list[tuple[str, int]]:
        """Every week of the range (zeros included), at most the last 53."""
        counts = dict(stats_weeks)
        end_day = _parse_day(filters["until"]) or datetime.fromtimestamp(now).date()
        start_day = _parse_day(filters["since"])
        if start_day is None:
            start_day = min(
                [end_day - timedelta(weeks=11), *(date.fromisoformat(w) for w in counts if w)], default=end_day
            )
        monday = start_day - timedelta(days=start_day.weekday())
        last = end_day - timedelta(days=end_day.weekday())
        weeks: list[tuple[str, int]] = []
        while monday <= last:
            key = monday.isoformat()
            weeks.append((key, counts.get(key, 0)))
            monday += timedelta(weeks=1)
        return weeks[-53:]

    async def incidents(self, request: Request) -> Response:
        filters, error = self._incident_filters(request.query_params)
        if error:
            return await self._filter_error(request, filters, error)
        query = self._incident_query(filters)
        page_no = _page_number(request.query_params.get("page"))
        size = self.settings.page_size
        stats = await self.call(self.store.incident_stats, **query)
        rows = await self.call(self.store.list_incidents, **query, limit=size, offset=(page_no - 1) * size)
        pages = max((stats.total + size - 1) // size, 1)
        weeks = self._weeks(stats.per_week, filters, time.time())
        peak = max((n for _, n in stats.per_rule), default=0)
        return await self.render(
            request,
            "incidents.html",
            filters=filters,
            stats=stats,
            rows=rows,
            page_no=page_no,
            pages=pages,
            rules=list(RULES),
            chart=render.week_chart(weeks),
            rule_bars=[(r, n, 0 if peak == 0 else round(100 * n / peak)) for r, n in stats.per_rule],
            prev_query=self._query(filters, page=page_no - 1) if page_no > 1 else None,
            next_query=self._query(filters, page=page_no + 1) if page_no < pages else None,
        )

    async def incident(self, request: Request) -> Response:
        ref = _valid_ref(request.path_params["ref"])
        try:
            incident = await self.call(self.store.get_incident, ref)
        except NotFound:
            raise HTTPException(404) from None
        return await self.render(request, "incident.html", incident=incident)

    async def export(self, request: Request) -> Response:
        form = await self.form(request)
        session = self.session(request)
        filters, error = self._incident_filters({k: v for k, v in form.items() if isinstance(v, str)})
        if error:
            return await self._filter_error(request, filters, error)
        query = self._incident_query(filters)

        def build() -> tuple[str, int]:
            rows = self.store.list_incidents(**query)
            text = actions.export_incidents(rows, "csv")
            described = ", ".join(f"{k}={v}" for k, v in filters.items() if v) or "alle"
            self.store.audit(
                actor=session.reviewer,
                via="web",
                action="export",
                note=f"{len(rows)} incident(en) als csv gedownload (filter: {described})",
            )
            return text, len(rows)

        text, _count = await self.call(build)
        stamp = time.strftime("%Y%m%d-%H%M")
        return Response(
            ("\ufeff" + text).encode("utf-8"),
            media_type="text/csv; charset=utf-8",
            headers={"Content-Disposition": f'attachment; filename="incidenten-{stamp}.csv"'},
        )

    # -- audit and account ----------------------------------------------------------------------------

    async def audit(self, request: Request) -> Response:
        params = request.query_params
        actor = notify.one_line(params.get("actor", ""), 100)
        action = params.get("action", "")
        target_text = notify.one_line(params.get("target", ""), 20)
        target = normalize_ref(target_text) if target_text else ""
        if target and not _REF.match(target):
            target = ""
        page_no = _page_number(params.get("page"))
        size = self.settings.audit_page_size
        known = await self.call(self.store.audit_actions)
        if action not in known:
            action = ""
        entries, total = await self.call(
            self.store.audit_page,
            offset=(page_no - 1) * size,
            limit=size,
            actor=actor or None,
            action=action or None,
            target=target or None,
        )
        filters = {"actor": actor, "action": action, "target": target}
        pages = max((total + size - 1) // size, 1)
        return await self.render(
            request,
            "audit.html",
            entries=entries,
            total=total,
            filters=filters,
            actions=known,
            page_no=page_no,
            pages=pages,
            prev_query=self._query(filters, page=page_no - 1) if page_no > 1 else None,
            next_query=self._query(filters, page=page_no + 1) if page_no < pages else None,
        )

    async def account(self, request: Request) -> Response:
        session = self.session(request)
        reviewers = await self.call(self.store.reviewers)
        me = next((r for r in reviewers if r.name == session.reviewer), None)
        return await self.render(request, "account.html", me=me)

    async def change_password(self, request: Request) -> Response:
        form = await self.form(request)
        session = self.session(request)
        current = form.get("current")
        new = form.get("new")
        repeat = form.get("repeat")
        if not all(isinstance(v, str) for v in (current, new, repeat)):
            raise HTTPException(400)
        assert isinstance(current, str) and isinstance(new, str) and isinstance(repeat, str)
        result = await self.call(self.auth.login, session.reviewer, current[:1024], self.client_ip(request))
        if result.reviewer is None:
            await self.flash(request, "error", "Het huidige wachtwoord is niet juist.")
            return RedirectResponse("/account", status_code=303)
        problem = await self.call(check_password_quality, session.reviewer, new)
        if new != repeat:
            problem = "de twee nieuwe wachtwoorden verschillen"
        if problem:
            await self.flash(request, "error", f"Niet gewijzigd: {problem}.")
            return RedirectResponse("/account", status_code=303)
        hashed = await self.call(self.auth.hash_password, new)
        await self.call(self.store.set_reviewer_password, session.reviewer, hashed, actor=session.reviewer, via="web")
        token, fresh = await self.call(self.auth.start_session, session.reviewer, self.client_ip(request))
        response = RedirectResponse("/account", status_code=303)
        self.set_cookie(response, request, self.session_cookie(request), token, max_age=None)
        await self.call(
            self.store.set_flash,
            fresh.token_hash,
            json.dumps([{"kind": "ok", "text": "Uw wachtwoord is gewijzigd; andere sessies zijn afgemeld."}]),
        )
        return response

    # -- static files and errors ----------------------------------------------------------------------

    async def static(self, request: Request) -> Response:
        name = request.path_params["name"]
        types = {"style.css": "text/css; charset=utf-8", "app.js": "text/javascript; charset=utf-8"}
        if name not in types:
            raise HTTPException(404)
        data = await self.call((render.STATIC / name).read_bytes)
        return Response(data, media_type=types[name])

    async def home(self, request: Request) -> Response:
        return RedirectResponse("/queue", status_code=303)

    def error_page(self, request: Request, status: int, detail: str | None) -> HTMLResponse:
        titles = {
            400: "Ongeldige aanvraag",
            403: "Geweigerd",
            404: "Niet gevonden",
            405: "Niet toegelaten",
            413: "Te groot",
            500: "Er ging iets mis",
            503: "Tijdelijk niet beschikbaar",
        }
        texts = {
            403: "Deze actie is geweigerd. Laad de pagina opnieuw en probeer nog eens.",
            404: "Deze pagina of dit bericht bestaat niet (meer). Misschien werd het al gewist na de bewaartermijn.",
            500: "Er ging iets mis in de console. Probeer het opnieuw; blijft het, verwittig de ICT-coördinator.",
        }
        message = detail if detail and detail not in _GENERIC_DETAILS else texts.get(status, titles.get(status, ""))
        return self.page(
            request, "error.html", status, title=titles.get(status, f"Fout {status}"), message=message, code=status
        )

    async def http_error(self, request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return self.error_page(request, exc.status_code, exc.detail)

    async def store_error(self, request: Request, exc: Exception) -> Response:
        return self.error_page(request, 503, f"De opslag gaf een fout: {exc}")

    async def server_error(self, request: Request, exc: Exception) -> Response:
        return self.error_page(request, 500, None)

    def routes(self) -> list[Route]:
        """Every route with the least role it needs (:func:`allow`), checked on every request."""
        reader, reviewer, administrator = roles.READER, roles.REVIEWER, roles.ADMINISTRATOR
        table: list[tuple[str, str | None, Endpoint, str]] = [
            ("/", reader, self.home, "GET"),
            ("/login", None, self.login_page, "GET"),
            ("/login", None, self.login, "POST"),
            ("/logout", reader, self.logout, "POST"),
            ("/queue", reader, self.queue, "GET"),
            ("/queue/bulk", reviewer, self.bulk, "POST"),
            ("/queue/bulk/confirm", reviewer, self.bulk_confirm, "POST"),
            ("/queue/{ref}", reader, self.message, "GET"),  # a reader sees no body
            ("/queue/{ref}/html", reviewer, self.message_html, "GET"),
            ("/queue/{ref}/attachment/{index:int}", reviewer, self.attachment_confirm, "GET"),
            ("/queue/{ref}/attachment/{index:int}", reviewer, self.attachment_download, "POST"),
            ("/queue/{ref}/release", reviewer, self.release, "POST"),
            ("/queue/{ref}/reject", reviewer, self.reject, "POST"),
            ("/queue/{ref}/note", reviewer, self.note, "POST"),
            ("/incidents", reader, self.incidents, "GET"),
            ("/incidents/export", reader, self.export, "POST"),
            ("/incidents/{ref}", reader, self.incident, "GET"),
            ("/breaches", reviewer, self.breaches.register, "GET"),
            ("/breaches/new", reviewer, self.breaches.open, "POST"),
            ("/breaches/export", reviewer, self.breaches.export, "POST"),
            ("/breaches/print", reviewer, self.breaches.printable, "GET"),
            ("/breaches/{id}", reviewer, self.breaches.page, "GET"),
            ("/breaches/{id}", reviewer, self.breaches.save, "POST"),
            ("/breaches/{id}/close", reviewer, self.breaches.close, "POST"),
            ("/audit", reader, self.audit, "GET"),
            ("/account", reader, self.account, "GET"),
            ("/account/password", reader, self.change_password, "POST"),
            ("/login/oidc/{provider}", None, self.oidc.start, "GET"),
            ("/login/oidc/{provider}/callback", None, self.oidc.callback, "GET"),
            ("/accounts", administrator, self.accounts.list, "GET"),
            ("/accounts/{name}/role", administrator, self.accounts.set_role, "POST"),
            ("/static/{name}", None, self.static, "GET"),
            *originals.routes(self),
            *trace_page.routes(self),
            *self.exception_pages.routes(),
            *self.sender_pages.routes(),
            *self.sender_block_pages.routes(),
        ]
        return [Route(path, allow(role, endpoint), methods=[method]) for path, role, endpoint, method in table]


_GENERIC_DETAILS = frozenset(
    {"Not Found", "Forbidden", "Bad Request", "Method Not Allowed", "Internal Server Error", "Content Too Large"}
)


def create_app(
    policy: Policy,
    store: Store,
    *,
    settings: WebSettings | None = None,
    hasher: PasswordHasher | None = None,
) -> WebApp:
    """The console as an ASGI app (``.console`` holds the :class:`Console`)."""
    console = Console(policy, store, settings, hasher)
    from starlette.middleware import Middleware

    app = Starlette(
        routes=console.routes(),
        middleware=[Middleware(AuthGate, console=console)],
        exception_handlers={
            HTTPException: console.http_error,
            StoreError: console.store_error,
            Exception: console.server_error,
        },
        max_body_size=1024 * 1024,
    )
    return WebApp(app, console)


class WebApp(SecurityHeaders):
    """The ASGI app ``create_app`` returns; ``console`` is there for tests and tools."""

    def __init__(self, app: ASGIApp, console: Console):
        super().__init__(app, console.settings.allowed_hosts)
        self.console = console
