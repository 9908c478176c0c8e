"""structlog set-up: one JSON object per line on stderr. Configured once by the CLI, never at import."""

from __future__ import annotations

import logging
import sys

import structlog

from discretie.redact import mask_addresses_in

# Fields that name the staff member (the envelope sender, the AUTH login), the upstream's
# service account or the message (its Message-ID, to find it at the upstream) stay readable; an
# address anywhere else in a log line (an upstream's reply, an error, a refused recipient) is
# masked: o***@gmail.com.
_READABLE = frozenset({"sender", "user", "login", "upstream", "message_id"})


def mask_addresses(_logger: object, _method: str, event: structlog.typing.EventDict) -> structlog.typing.EventDict:
    """structlog processor: mask recipient addresses in every field but the readable ones."""
    for key, value in event.items():
        if key not in _READABLE and isinstance(value, str) and "@" in value:
            event[key] = mask_addresses_in(value)
    return event


def _add_instance(name: str) -> structlog.typing.Processor:
    def add(_logger: object, _method: str, event: structlog.typing.EventDict) -> structlog.typing.EventDict:
        event.setdefault("instance", name)
        return event

    return add


def configure(level: str = "info", json: bool = True, instance: str | None = None) -> None:
    """``instance``: a name every log line carries (several gateways on one store)."""
    numeric = logging.getLevelNamesMapping().get(level.upper(), logging.INFO)
    logging.basicConfig(level=numeric, stream=sys.stderr, format="%(message)s")
    # aiosmtpd logs every command at info level, including peers and addresses, and psycopg's pool
    # three lines for every store transaction (on PostgreSQL, before every school sender's message):
    # keep both to warnings.
    for chatty in ("mail.log", "psycopg.pool"):
        logging.getLogger(chatty).setLevel(max(numeric, logging.WARNING))
    renderer: structlog.typing.Processor = (
        structlog.processors.JSONRenderer(ensure_ascii=False) if json else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[
            structlog.contextvars.merge_contextvars,
            structlog.processors.add_log_level,
            *([_add_instance(instance)] if instance else []),
            structlog.processors.TimeStamper(fmt="iso", utc=True),
            structlog.processors.format_exc_info,
            mask_addresses,
            renderer,
        ],
        wrapper_class=structlog.make_filtering_bound_logger(numeric),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=True,
    )
