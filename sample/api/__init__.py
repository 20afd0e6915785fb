"""Inventory API: a small Flask service in front of the stock database."""

__version__ = "0.7.3"
