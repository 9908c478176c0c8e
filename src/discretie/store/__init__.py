"""The store: held messages (encrypted), incidents, the outbox, the audit log and the web
console's accounts, behind one class with two back-ends.

:class:`Store` is put together from one module per thing it keeps; each is a class over
:class:`~discretie.store.base.StoreBase` with the SQL for its own tables:

=====================  =================================================================
``messages.py``        held messages, bodies, review actions, seen marks
``incidents.py``       the incident register and the notifications it queues
``outbox.py``          the outbox: claims, leases, retries
``audit.py``           the append-only audit log
``accounts.py``        reviewers, web sessions, log-in lock-out
``breaches.py``        the data-breach register (GDPR art. 33)
``retention.py``       purge by the retention periods
``roster.py``          the school's pupil list (keyed hashes only)
``digest.py``          the DPO's daily overview, made once across instances
``trace.py``           the message trace of all mail (recipients as keyed hashes only)
``exceptions.py``      exceptions the DPO grants from a held message (``discretie exceptions``)
``senders.py``         what the sender did through the personal link in the notice
``base.py``            opening, the key, transactions, reference numbers, health
``records.py``         the records handed out, JSON of findings, reference numbers
``db.py``              the small interface to a back-end (transactions, dialect fragments)
``sqlite.py``          the SQLite back-end and its versioned schema
=====================  =================================================================

Every failure comes out as :class:`StoreError` (or its subclasses :class:`NotFound` and
:class:`Conflict`) with a message that names the store and what is wrong, in Dutch: the DPO
reads these.
"""

from __future__ import annotations

from discretie.store.accounts import Accounts
from discretie.store.breaches import Breach, Breaches, BreachText
from discretie.store.digest import Digests
from discretie.store.errors import Conflict, NotARecipient, NotFound, StoreError
from discretie.store.exceptions import ExceptionStore, StoredException
from discretie.store.messages import HeldMessages
from discretie.store.outbox import OutboxQueue
from discretie.store.records import (
    REF_ALPHABET,
    REF_LENGTH,
    REF_PREFIX,
    STATES,
    AuditEntry,
    HeldMessage,
    Incident,
    IncidentStats,
    OutboxItem,
    PurgeResult,
    QueuePage,
    Reviewer,
    WebSession,
    generate_ref,
    normalize_ref,
)
from discretie.store.retention import Retention
from discretie.store.roster import RosterStore
from discretie.store.senders import SENDER_ACTIONS, SenderRequest, SenderRequests
from discretie.store.sqlite import BUSY_TIMEOUT_MS, MIGRATIONS, SCHEMA_VERSION
from discretie.store.trace import MessageTrace, TraceEntry, TraceRecord


class Store(
    SenderRequests,
    HeldMessages,
    OutboxQueue,
    Accounts,
    Retention,
    RosterStore,
    Breaches,
    MessageTrace,
    Digests,
    ExceptionStore,
):
    """The store. Safe to share between threads; several processes (and, on PostgreSQL, several
    machines) may open the same store."""


__all__ = [
    "BUSY_TIMEOUT_MS",
    "MIGRATIONS",
    "REF_ALPHABET",
    "REF_LENGTH",
    "REF_PREFIX",
    "SCHEMA_VERSION",
    "SENDER_ACTIONS",
    "STATES",
    "AuditEntry",
    "Breach",
    "BreachText",
    "Conflict",
    "HeldMessage",
    "Incident",
    "IncidentStats",
    "NotARecipient",
    "NotFound",
    "OutboxItem",
    "PurgeResult",
    "QueuePage",
    "Reviewer",
    "SenderRequest",
    "Store",
    "StoreError",
    "StoredException",
    "TraceEntry",
    "TraceRecord",
    "WebSession",
    "generate_ref",
    "normalize_ref",
]
