"""Prometheus metrics and health endpoints (``discretie serve --metrics HOST:PORT``).

One registry per process (no global default registry): messages by verdict, findings by rule,
processing latency, upstream errors, held queue size and outbox backlog (read from the store
when scraped), and ``/healthz`` (the process runs) and ``/readyz`` (listening and the store answers).
"""

from __future__ import annotations

from collections.abc import Callable

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, Response
from starlette.routing import Route


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.messages = Counter("discretie_messages", "Messages by verdict", ["verdict"], registry=self.registry)
        self.findings = Counter(
            "discretie_findings", "Findings by rule and category", ["rule", "category"], registry=self.registry
        )
        self.latency = Histogram(
            "discretie_message_seconds",
            "Time from end of DATA to the reply",
            buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30),
            registry=self.registry,
        )
        self.upstream_errors = Counter(
            "discretie_upstream_errors", "Upstream failures by kind", ["kind"], registry=self.registry
        )
        self.smtp_refusals = Counter(
            "discretie_smtp_refusals", "Sessions or commands refused by access control", ["why"], registry=self.registry
        )
        self.held = Gauge("discretie_held_messages", "Messages held for review", registry=self.registry)
        self.outbox = Gauge("discretie_outbox_backlog", "Outbox items waiting to be delivered", registry=self.registry)


def app(metrics: Metrics, ready: Callable[[], bool], refresh: Callable[[], None]) -> Starlette:
    async def metrics_endpoint(request: Request) -> Response:
        await run_in_threadpool(refresh)
        return Response(generate_latest(metrics.registry), media_type=CONTENT_TYPE_LATEST)

    async def healthz(request: Request) -> Response:
        return PlainTextResponse("ok\n")

    async def readyz(request: Request) -> Response:
        if await run_in_threadpool(ready):  # the probe may wait for the store: not in the event loop
            return PlainTextResponse("ready\n")
        return PlainTextResponse("not ready\n", status_code=503)

    return Starlette(
        routes=[
            Route("/metrics", metrics_endpoint),
            Route("/healthz", healthz),
            Route("/readyz", readyz),
        ]
    )
