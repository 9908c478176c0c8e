"""The console's "alle kopregels" view and the download of the original message (.eml): both
asked for on a confirmation page first (as an attachment is), and written to the audit log."""

from __future__ import annotations

from typing import TYPE_CHECKING

from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response

from discretie import roles
from discretie.review import actions
from discretie.store import NotFound

if TYPE_CHECKING:
    from discretie.web.app import Console, Endpoint

GONE = "De inhoud van dit bericht is gewist: er is geen origineel meer."


def routes(console: Console) -> list[tuple[str, str | None, Endpoint, str]]:
    """The pages, each with the least role it needs (the headers and the original are a body's: reviewer)."""
    from discretie.web.app import DOWNLOAD_CSP, _filename_header, _valid_ref

    async def confirm(request: Request, kind: str) -> Response:
        ref = _valid_ref(request.path_params["ref"])
        try:
            held = await console.call(console.store.get_message, ref)
        except NotFound:
            raise HTTPException(404) from None
        if not held.has_body:
            raise HTTPException(404, GONE)
        return await console.render(request, "original_confirm.html", held=held, kind=kind)

    async def headers_confirm(request: Request) -> Response:
        return await confirm(request, "headers")

    async def eml_confirm(request: Request) -> Response:
        return await confirm(request, "eml")

    async def headers(request: Request) -> Response:
        await console.form(request)  # CSRF and origin checked
        session = console.session(request)
        ref = _valid_ref(request.path_params["ref"])
        try:
            held = await console.call(console.store.get_message, ref)
            found = await console.call(actions.all_headers, console.store, ref, actor=session.reviewer, via="web")
        except NotFound:
            raise HTTPException(404, GONE) from None
        return await console.render(request, "headers.html", held=held, headers=found)

    async def eml(request: Request) -> Response:
        await console.form(request)
        session = console.session(request)
        ref = _valid_ref(request.path_params["ref"])
        try:
            held, raw = await console.call(
                actions.original_eml, console.store, ref, actor=session.reviewer, via="web", target="de browser"
            )
        except NotFound:
            raise HTTPException(404, GONE) from None
        return Response(
            raw,
            media_type="application/octet-stream",
            headers={
                "Content-Disposition": _filename_header(f"{held.id}.eml"),
                "Content-Security-Policy": DOWNLOAD_CSP,
                "X-Content-Type-Options": "nosniff",
            },
        )

    reviewer = roles.REVIEWER
    return [
        ("/queue/{ref}/headers", reviewer, headers_confirm, "GET"),
        ("/queue/{ref}/headers", reviewer, headers, "POST"),
        ("/queue/{ref}/eml", reviewer, eml_confirm, "GET"),
        ("/queue/{ref}/eml", reviewer, eml, "POST"),
    ]
