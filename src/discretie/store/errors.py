"""What goes wrong in the store, with a message a person can act on (in Dutch: the DPO reads these)."""

from __future__ import annotations


class StoreError(Exception):
    """Anything that goes wrong in the store, with a message a person can act on."""


class NotFound(StoreError):
    """No message or incident with that reference."""


class Duplicate(StoreError):
    """A row with that key exists already: another process or instance wrote it first."""


class Conflict(StoreError):
    """The message is not in a state that allows the action (already released, rejected ...)."""


class NotARecipient(StoreError):
    """A partial release named an address that is not among the message's recipients (or none)."""
