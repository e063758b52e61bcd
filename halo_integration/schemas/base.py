"""What every Halo model shares: tolerant field types (values.py reads each value) and HaloModel."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict

from halo_integration.values import (
    date_or_none,
    flag_or_none,
    float_or_none,
    int_or_none,
    text_or_empty,
)


def _required_id(value: Any) -> int:
    number = int_or_none(value)
    if number is None:
        raise ValueError("not a Halo id")
    return number


Id = Annotated[int, BeforeValidator(_required_id)]
Int = Annotated[int | None, BeforeValidator(int_or_none)]
Amount = Annotated[float | None, BeforeValidator(float_or_none)]
Flag = Annotated[bool | None, BeforeValidator(flag_or_none)]  # None: Halo did not say
Text = Annotated[str, BeforeValidator(text_or_empty)]
Date = Annotated[datetime | None, BeforeValidator(date_or_none)]


class HaloModel(BaseModel):
    model_config = ConfigDict(extra="ignore", frozen=True, populate_by_name=True)

    @property
    def label(self) -> str:
        """What a person calls this record (a name, a number, else its id)."""
        name = getattr(self, "name", "")
        return str(name) if name else f"#{getattr(self, 'id', '')}"

    @property
    def detail(self) -> str:
        """One more thing worth showing beside the label in a short list (may be HTML)."""
        return ""


class OfCustomer(HaloModel):
    """A record that belongs to a customer: Halo names the customer beside its id."""

    client_id: Int = None
    client_name: Text = ""
