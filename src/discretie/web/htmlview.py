"""The HTML body of a held message, made inert for the "toon HTML" view.

Defence in depth; any one layer is enough to keep scripts and remote content out:

1. this module removes scripts, frames, objects, forms, ``<meta>``, ``<base>``, ``<link>``,
   every ``on*`` attribute and every URL attribute except ``data:`` images;
2. the route serves it with ``Content-Security-Policy: default-src 'none'; style-src
   'unsafe-inline'; img-src data:; sandbox`` (no script, no request to anywhere);
3. the console page shows it in ``<iframe sandbox>`` (no scripts, an opaque origin, no
   top navigation), and the page's own CSP (``frame-src 'self'``) stops the frame from
   navigating to another site.
"""

from __future__ import annotations

import email
import email.policy
from email.message import Message as EmailMessage

from selectolax.lexbor import LexborHTMLParser

MAX_HTML_BYTES = 2 * 1024 * 1024

_DROP = (
    "script, noscript, iframe, frame, frameset, object, embed, applet, form, input, button, textarea, select, "
    "option, link, meta, base, portal, template, slot, audio, video, source, track"
)
_URL_ATTRS = frozenset(
    {
        "href",
        "src",
        "srcset",
        "action",
        "formaction",
        "background",
        "poster",
        "data",
        "xlink:href",
        "ping",
        "lowsrc",
        "dynsrc",
        "longdesc",
        "usemap",
        "codebase",
        "cite",
        "manifest",
    }
)


def _decode(part: EmailMessage) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    payload = payload[:MAX_HTML_BYTES]
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:
        return payload.decode("utf-8", "replace")


def html_part(raw: bytes) -> str | None:
    """The first HTML body part (not an attachment, not inside a forwarded message), decoded."""
    message = email.message_from_bytes(raw, policy=email.policy.compat32)
    stack: list[tuple[EmailMessage, int]] = [(message, 0)]
    while stack:
        part, depth = stack.pop(0)
        if depth > 20:
            continue
        ctype = part.get_content_type()
        if part.is_multipart():
            if ctype == "message/rfc822":
                continue
            payload = part.get_payload()
            if isinstance(payload, list):
                stack[0:0] = [(p, depth + 1) for p in payload if isinstance(p, EmailMessage)]
            continue
        disposition = (part.get("Content-Disposition") or "").split(";")[0].strip().lower()
        if ctype == "text/html" and disposition != "attachment":
            return _decode(part)
    return None


def sanitize(html: str) -> str:
    """Scripts, active elements, event handlers and URLs (but ``data:`` images) removed."""
    tree = LexborHTMLParser(html)
    for node in tree.css(_DROP):
        node.decompose()
    for node in tree.css("*"):
        attrs = node.attrs
        for name in list(attrs.keys()):
            low = name.lower()
            value = (attrs[name] or "").strip().lower()
            keep_data_image = low == "src" and node.tag == "img" and value.startswith("data:image/")
            active_style = low == "style" and any(t in value for t in ("url(", "expression(", "@import"))
            if low.startswith("on") or (low in _URL_ATTRS and not keep_data_image) or active_style:
                del attrs[name]
    return tree.html or ""
