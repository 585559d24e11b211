"""Capitalised words that are never names of places, groups or outlets, whatever their capital letter."""

from __future__ import annotations

MONTHS = frozenset("January February March April May June July August September October November December".split())
WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
CALENDAR_WORDS = MONTHS | WEEKDAYS
