"""Authentication answers: the token, where the auth server is, and who the API application is."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from pydantic import AliasChoices, BaseModel, ConfigDict, Field, model_validator

from halo_integration.schemas.base import HaloModel, Int, Text


class Token(BaseModel):
    """Halo's token answer. The token is never part of a repr or a log line."""

    model_config = ConfigDict(extra="ignore", frozen=True, hide_input_in_errors=True)

    access_token: str = Field(repr=False, min_length=1)
    token_type: Text = "Bearer"  # noqa: S105 - the scheme's name, not a secret
    expires_in: Int = None
    scope: Text = ""


class AuthInfo(HaloModel):
    """`GET /api/authinfo`: where the instance's authorisation server is."""

    auth_url: Text = Field("", validation_alias=AliasChoices("auth_url", "authurl", "auth_server"))
    tenant_id: Text = Field("", validation_alias=AliasChoices("tenant_id", "tenant"))


class Me(HaloModel):
    """The agent the API application acts as: an agent record, or (some versions) only claims."""

    id: Int = None
    name: Text = ""
    email: Text = ""

    @model_validator(mode="before")
    @classmethod
    def _claims(cls, data: Any) -> Any:
        if isinstance(data, Mapping) and isinstance(data.get("claims"), list):
            claims = {
                str(c.get("type", "")).rsplit("/", 1)[-1].casefold(): c.get("value")
                for c in data["claims"]
                if isinstance(c, Mapping)
            }
            return {
                "id": claims.get("agent_id") or claims.get("nameidentifier") or claims.get("sub"),
                "name": claims.get("name") or claims.get("given_name") or "",
                "email": claims.get("email") or claims.get("emailaddress") or "",
            }
        return data
