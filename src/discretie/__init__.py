"""Discretie: an outbound mail privacy gateway for schools."""

__version__ = "0.1.0"
