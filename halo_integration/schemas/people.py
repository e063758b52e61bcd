"""People and places: end users, customers and their sites."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from halo_integration.schemas.base import Flag, HaloModel, Id, Int, OfCustomer, Text


class User(OfCustomer):
    """An end user (a contact of a customer)."""

    id: Id
    name: Text = ""
    emailaddress: Text = Field("", validation_alias=AliasChoices("emailaddress", "email"))
    email2: Text = ""
    email3: Text = ""
    site_id: Int = None
    site_name: Text = ""
    inactive: Flag = None

    @property
    def emails(self) -> set[str]:
        return {
            e.strip().casefold() for e in (self.emailaddress, self.email2, self.email3) if e.strip()
        }

    @property
    def label(self) -> str:
        return self.name or self.emailaddress or f"#{self.id}"


class Client(HaloModel):
    """A customer."""

    id: Id
    name: Text = ""
    toplevel_name: Text = ""
    website: Text = ""
    inactive: Flag = None


class Site(OfCustomer):
    id: Id
    name: Text = ""
    phonenumber: Text = ""
    timezone: Text = ""
    inactive: Flag = None
