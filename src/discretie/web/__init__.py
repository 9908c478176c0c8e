"""The DPO web console (``discretie web``): the held queue, the incident register and the audit
log in a browser, on the same review actions as the command line. See :mod:`discretie.web.app`."""

from __future__ import annotations

from discretie.web.app import WebApp, WebSettings, create_app

__all__ = ["WebApp", "WebSettings", "create_app"]
