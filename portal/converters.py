"""URL converters. `<halo_id:ticket_id>` matches only numbers Halo can have (1..2^31-1), so a
longer number is an ordinary 404, never an overflow deeper down."""

from __future__ import annotations

from django.urls import register_converter

from halo_integration.values import in_halo_range


class HaloIdConverter:
    regex = "[0-9]{1,19}"  # wider than the range, so out-of-range ids reach to_python and 404

    def to_python(self, value: str) -> int:
        number = int(value)
        if not in_halo_range(number):
            raise ValueError("not a Halo id")  # Django answers 404 for this path
        return number

    def to_url(self, value: int) -> str:
        return str(int(value))


register_converter(HaloIdConverter, "halo_id")
