"""The console's accounts page (administrators only): who has an account, how they sign in, their
role, and a change of role (audited, with the administrator's name and ``via=web``). Making and
removing password accounts stays on the command line (``discretie reviewer``), where the password
is typed without a browser."""

from __future__ import annotations

import urllib.parse
from typing import TYPE_CHECKING

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import RedirectResponse, Response

from discretie import roles
from discretie.store import NotFound, StoreError

if TYPE_CHECKING:
    from discretie.web.app import Console


class AccountPages:
    def __init__(self, console: Console):
        self.console = console

    async def list(self, request: Request) -> Response:
        accounts = await self.console.call(self.console.store.reviewers)
        return await self.console.render(
            request, "accounts.html", accounts=accounts, roles=roles.ROLES, role_labels=roles.LABELS
        )

    async def set_role(self, request: Request) -> Response:
        form = await self.console.form(request)
        session = self.console.session(request)
        name = urllib.parse.unquote(str(request.path_params["name"]))
        role = self.console.text(form, "role", 20)
        if role not in roles.ROLES:
            raise HTTPException(400, f"Onbekende rol: kies {', '.join(roles.ROLES)}.")
        if name == session.reviewer:
            await self.console.flash(request, "error", "Uw eigen rol wijzigt een andere beheerder.")
            return RedirectResponse("/accounts", status_code=303)
        try:
            changed = await self.console.call(
                self.console.store.set_reviewer_role, name, role, actor=session.reviewer, via="web"
            )
        except NotFound:
            raise HTTPException(404, "Dit account bestaat niet (meer).") from None
        except StoreError as exc:
            await self.console.flash(request, "error", str(exc))
            return RedirectResponse("/accounts", status_code=303)
        text = f"{name} heeft nu de rol {roles.LABELS[role]}." if changed else f"{name} had die rol al."
        await self.console.flash(request, "ok", text)
        return RedirectResponse("/accounts", status_code=303)
