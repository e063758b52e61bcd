"""The dates an `opened` phrase of the parser stands for ("last week", "monday", "7 days")."""

from __future__ import annotations

import re
from datetime import date, timedelta


def opened_range(phrase: str, today: date) -> tuple[date, date | None]:
    """The dates an `opened` phrase of the parser stands for: (first day, day after the last)
    or (first day, None) for "up to now"."""
    phrase = phrase.strip().lower()
    if phrase.startswith("since "):  # "since yesterday", "since last week": up to now
        return opened_range(phrase.removeprefix("since "), today)[0], None
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    if phrase == "today":
        return today, None
    if phrase == "yesterday":
        return today - timedelta(days=1), today
    if phrase == "this week":
        return monday, None
    if phrase == "last week":
        return monday - timedelta(days=7), monday
    if phrase == "this month":
        return first_of_month, None
    if phrase == "last month":
        return (first_of_month - timedelta(days=1)).replace(day=1), first_of_month
    if phrase in _WEEKDAYS:
        back = (today.weekday() - _WEEKDAYS.index(phrase)) % 7
        return today - timedelta(days=back), None
    days = re.fullmatch(r"(\d+) days?", phrase)
    if days:
        return today - timedelta(days=int(days.group(1))), None
    return date.fromisoformat(phrase), None


_WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
