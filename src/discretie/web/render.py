"""Templates (Jinja2, autoescaped) and the small formatting helpers the pages use.

Everything that comes from a mail (subject, names, evidence, file names, body) reaches the page
only through autoescaping; the one filter that returns markup (:func:`evidence`) escapes the
text itself and adds nothing but ``<mark>``."""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from discretie import labels, notify

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"

_BRACKETS = re.compile(r"\[([^\[\]]{0,500})\]")

STATE_CLASSES: dict[str, str] = {
    "held": "state-held",
    "releasing": "state-releasing",
    "released": "state-released",
    "rejected": "state-rejected",
}


def evidence(text: str) -> Markup:
    """Evidence with the match between [brackets] shown as <mark> (the text itself escaped)."""
    value = notify.one_line(str(text), 500)
    out: list[str] = []
    last = 0
    for m in _BRACKETS.finditer(value):
        out.append(str(escape(value[last : m.start()])))
        out.append(f"<mark>{escape(m.group(1))}</mark>")
        last = m.end()
    out.append(str(escape(value[last:])))
    return Markup("".join(out))


def address(value: str | None) -> Markup:
    """An e-mail address that may wrap after the @ (not in the middle of a name)."""
    text = notify.one_line(str(value or ""), 300)
    local, at, domain = text.rpartition("@")
    if not at:
        return Markup(escape(text))
    return Markup(f"{escape(local)}@<wbr>{escape(domain)}")


def when(at: float | None) -> str:
    return notify.local_time(at) if at else "–"


def iso(at: float | None) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S", time.localtime(at)) if at else ""


def age(at: float | None, now: float) -> str:
    """How long ago, in short Dutch: "net", "12 min", "3 u", "5 d"."""
    if not at:
        return ""
    seconds = max(now - at, 0.0)
    if seconds < 60:
        return "net"
    if seconds < 3600:
        return f"{int(seconds // 60)} min"
    if seconds < 86400 * 2:
        return f"{int(seconds // 3600)} u"
    return f"{int(seconds // 86400)} d"


def size(n: int | None) -> str:
    if n is None:
        return ""
    if n < 1024:
        return f"{n} bytes"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB".replace(".", ",")
    return f"{n / 1024 / 1024:.1f} MB".replace(".", ",")


def number(n: int) -> str:
    """10000 -> 10.000 (Dutch thousands separator)."""
    return f"{int(n):,}".replace(",", ".")


def one_line(value: object, limit: int = 300) -> str:
    return notify.one_line(str(value or ""), limit)


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    label: str
    count: int
    title: str


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    max_count: int
    baseline: float
    description: str


def week_chart(weeks: Sequence[tuple[str, int]], *, width: int = 720, height: int = 180) -> Chart:
    """Bars for (Monday YYYY-MM-DD, count) pairs, oldest first: coordinates for an inline SVG."""
    top, bottom, left, right = 14.0, 34.0, 8.0, 8.0
    area_h = height - top - bottom
    n = max(len(weeks), 1)
    slot = (width - left - right) / n
    bar_w = max(min(slot * 0.7, 40.0), 2.0)
    peak = max((c for _, c in weeks), default=0)
    bars: list[Bar] = []
    every = max(1, (n + 11) // 12)  # at most ~12 labels
    for i, (week, count) in enumerate(weeks):
        h = 0.0 if peak == 0 else area_h * count / peak
        x = left + i * slot + (slot - bar_w) / 2
        day, month = week[8:10], week[5:7]
        label = f"{day}/{month}" if i % every == 0 or i == n - 1 else ""
        bars.append(
            Bar(
                x=round(x, 1),
                y=round(top + area_h - h, 1),
                width=round(bar_w, 1),
                height=round(h, 1),
                label=label,
                count=count,
                title=f"week van {day}-{month}-{week[:4]}: {count} incident(en)",
            )
        )
    description = "; ".join(b.title for b in bars) or "geen incidenten"
    return Chart(
        width=width,
        height=height,
        bars=tuple(bars),
        max_count=peak,
        baseline=top + area_h,
        description=description,
    )


def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(TEMPLATES)),
        autoescape=select_autoescape(("html", "svg"), default_for_string=True, default=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters.update(
        evidence=evidence,
        when=when,
        iso=iso,
        size=size,
        number=number,
        state_label=labels.state,
        category_label=labels.category_label,
        address=address,
        severity_label=lambda s: labels.severity(str(s)),
        action_label=lambda a: labels.action(str(a)),
        audit_label=lambda a: labels.audit_action(str(a)),
        via_label=lambda v: labels.via(str(v)),
        rule_name=labels.rule,
        rule_paragraph=labels.rule_paragraph,
        state_class=lambda s: STATE_CLASSES.get(str(s), ""),
        one_line=one_line,
        document_status=labels.document_status,
        trace_outcome=lambda v: labels.outcome_of_trace(str(v)),
    )
    env.globals.update(age=age)
    return env
