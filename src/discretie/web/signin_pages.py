"""The console's OpenID Connect pages (discretie.web.oidc does the protocol):
``/login/oidc/NAME`` sends the browser to the provider, ``/login/oidc/NAME/callback`` takes it
back, starts the session or shows the sign-in page with the reason it was refused (audited)."""

from __future__ import annotations

import time
from typing import TYPE_CHECKING

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from discretie import roles
from discretie.store import StoreError
from discretie.web.oidc import OidcClient, OidcError, Pending

if TYPE_CHECKING:
    from discretie.web.app import Console

PENDING_COOKIE = "discretie_oidc"


class SignInPages:
    def __init__(self, console: Console, client: OidcClient | None = None):
        self.console = console
        self.client = client or OidcClient()

    def _cookie_path(self, name: str) -> str:
        return f"/login/oidc/{name}/"

    async def start(self, request: Request) -> Response:
        from discretie.web.app import _local_path

        provider = self.console.policy.signin.provider(str(request.path_params["provider"]))
        if provider is None:
            raise HTTPException(404, "Deze aanmeldprovider is niet ingesteld.")
        next_path = _local_path(request.query_params.get("next"), "")
        try:
            url, pending = await self.client.start(provider, next_path=next_path, now=time.time())
        except OidcError as exc:
            return self._refused(request, str(exc), status=503)
        response = RedirectResponse(url, status_code=303)
        # Lax, not Strict: the provider's redirect back is a cross-site navigation; sealed, so
        # it holds nothing anyone can read or make; only sent to this provider's callback.
        response.set_cookie(
            PENDING_COOKIE,
            pending.seal(self.console.store.sealer),
            max_age=600,
            path=self._cookie_path(provider.name),
            secure=self.console.secure(request),
            httponly=True,
            samesite="lax",
        )
        return response

    async def callback(self, request: Request) -> Response:
        provider = self.console.policy.signin.provider(str(request.path_params["provider"]))
        if provider is None:
            raise HTTPException(404, "Deze aanmeldprovider is niet ingesteld.")
        ip = self.console.client_ip(request)
        params = {k: v for k, v in request.query_params.items() if k in ("state", "code", "error", "iss")}
        try:
            pending = Pending.open(self.console.store.sealer, request.cookies.get(PENDING_COOKIE), time.time())
            found = await self.client.finish(provider, pending, params, now=time.time())
            name = await self.console.call(
                self.console.store.oidc_reviewer, found.address, found.role, issuer=found.issuer
            )
        except (OidcError, StoreError, OSError) as exc:
            await self.console.call(
                self.console.store.audit,
                actor="(onbekend)",
                via="oidc",
                action="login_refused",
                note=f"{provider.name}: {exc} (vanaf {ip})",
            )
            response = self._refused(request, str(exc), status=403)
            response.delete_cookie(PENDING_COOKIE, path=self._cookie_path(provider.name))
            return response
        token, _session = await self.console.call(self.console.auth.start_session, name, ip)
        from discretie.web.app import _local_path

        target = _local_path(pending.next, "/queue")
        response = self.console.page(
            request,
            "oidc_done.html",
            target=target,
            address=name,
            role_name=roles.LABELS.get(found.role, found.role),
        )
        self.console.set_cookie(response, request, self.console.session_cookie(request), token, max_age=None)
        response.delete_cookie(PENDING_COOKIE, path=self._cookie_path(provider.name))
        return response

    def _refused(self, request: Request, text: str, *, status: int) -> Response:
        """The sign-in page with the reason (the form's own token cookie as usual)."""
        return self.console._login_form(request, error=text, status=status)
