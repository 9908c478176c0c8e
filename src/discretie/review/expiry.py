"""When a held message expires: the moment the retention purge deletes it, shown to the DPO.

The moment is :func:`discretie.store.retention.expires_at` of the message's arrival and
``retention.held_days``, the same computation the purge uses: the purge never comes before the
date shown (it runs once a day, so up to a day after it). A message still waiting for a decision
within ``retention.expiry_warning_days`` of that moment is flagged ("bijna verlopen").
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any

from discretie.policy import Policy
from discretie.store import HeldMessage
from discretie.store.retention import DAY, expires_at

MONTHS = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)
OPEN_STATES = ("held", "releasing")


def dutch_date(at: float, now: float) -> str:
    """``4 januari`` (local time); with the year when it is not the year of ``now``."""
    day, this_year = time.localtime(at), time.localtime(now).tm_year
    text = f"{day.tm_mday} {MONTHS[day.tm_mon - 1]}"
    return text if day.tm_year == this_year else f"{text} {day.tm_year}"


@dataclass(frozen=True)
class Expiry:
    at: float  # the purge deletes the message once this moment has passed
    days_left: int  # whole days, rounded up; 0 once the moment has passed
    soon: bool  # waiting for a decision and within retention.expiry_warning_days
    date: str  # "4 januari"

    @property
    def label(self) -> str:
        """``verloopt op 4 januari (nog 3 dagen)``."""
        if self.days_left <= 0:
            return f"verlopen op {self.date}: wordt bij de volgende opruiming gewist"
        left = "nog 1 dag" if self.days_left == 1 else f"nog {self.days_left} dagen"
        return f"verloopt op {self.date} ({left})"

    def as_json(self) -> dict[str, Any]:
        return {
            "expires_at": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(self.at)),
            "days_left": self.days_left,
            "expires_soon": self.soon,
        }


def expiry(held: HeldMessage, policy: Policy, now: float) -> Expiry:
    """When ``held`` expires under ``policy``'s retention, seen at ``now``."""
    at = expires_at(held.received_at, policy.retention.held_days)
    days_left = max(0, math.ceil((at - now) / DAY))
    soon = held.state in OPEN_STATES and days_left <= policy.retention.expiry_warning_days
    return Expiry(at=at, days_left=days_left, soon=soon, date=dutch_date(at, now))
