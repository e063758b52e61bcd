"""Reading Halo's loosely typed values, in one place.

Real instances send numbers as doubles or strings (`12.0`, `"12"`), flags as booleans, numbers or
strings, and "no date" as a placeholder in 1899 or 1900, with or without `Z` and with 0 to 7
fractional digits (REFERENCE §12). schemas.py applies these readers to every field it declares;
nothing else in the portal parses Halo's raw values.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime
from typing import Any

# Halo writes "no date" as 1899-12-30 or 1900-01-01 (its database's zero date).
NO_DATE_BEFORE_YEAR = 1901
_TRUE = {"true", "1", "yes", "y", "on"}
_FALSE = {"false", "0", "no", "n", "off", ""}
_FRACTION = re.compile(r"(\.\d+)")


def truthy(value: Any) -> bool:
    """A Halo flag (True, 1, "true", "1", "yes") as a bool; anything unknown is False."""
    return flag_or_none(value) is True


def flag_or_none(value: Any) -> bool | None:
    """A Halo flag as a bool, or None when it is missing or unreadable (so callers can fail closed)."""
    if value is None:
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return None if isinstance(value, float) and math.isnan(value) else value != 0
    if isinstance(value, str):
        text = value.strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False if text else None
    return None


def int_or_none(value: Any) -> int | None:
    """A Halo number as an int (12, 12.0, "12", "12.0"), or None when missing or not a whole number."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    if isinstance(value, str):
        text = value.strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                return None
            return int(number) if number.is_integer() else None
    return None


def float_or_none(value: Any) -> float | None:
    """A Halo amount as a float (numbers or strings), or None."""
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(number) or math.isinf(number) else number


def text_or_empty(value: Any) -> str:
    """A Halo text field as a string; None and non-text values become "" (numbers keep their digits)."""
    if value is None or isinstance(value, dict | list | bool):
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def date_or_none(value: Any) -> datetime | None:
    """A Halo date as an aware UTC datetime; None for missing, unreadable and placeholder dates.

    Halo sends UTC, usually without an offset; fractions of a second come with 0 to 7 digits."""
    if isinstance(value, datetime):
        moment = value
    elif isinstance(value, str) and value.strip():
        text = value.strip().replace("Z", "+00:00").replace("z", "+00:00")
        # Python reads exactly 3 or 6 fractional digits on some versions; .NET writes 7.
        text = _FRACTION.sub(lambda m: "." + m.group(1)[1:7].ljust(6, "0"), text, count=1)
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            return None
    else:
        return None
    if moment.year < NO_DATE_BEFORE_YEAR:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


# Halo's ids (tickets, users, customers, …) are 32-bit signed integers: anything larger cannot be
# a Halo record, and is refused before it reaches a database column or Halo.
HALO_ID_MAX = 2**31 - 1


def in_halo_range(number: int) -> bool:
    return 1 <= number <= HALO_ID_MAX
