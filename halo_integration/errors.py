"""Typed Halo errors. Messages are safe to show and log: they never carry tokens or secrets."""

from __future__ import annotations


class HaloError(Exception):
    """Anything that went wrong talking to Halo."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class HaloNotConfigured(HaloError):
    """No Halo connection has been set up yet."""


class HaloAuthFailed(HaloError):
    """Halo refused to issue a token: wrong client id or secret, wrong tenant, wrong auth server."""


class HaloForbidden(HaloError):
    """The API application lacks a scope, or its agent lacks a permission (HTTP 403)."""


class HaloNotFound(HaloError):
    """The record does not exist, or this user may not see it (both answer alike)."""


class HaloRejected(HaloError):
    """Halo refused the request as invalid (4xx); `halo_message` is Halo's own reason."""

    def __init__(self, message: str, *, status_code: int, halo_message: str = "") -> None:
        super().__init__(message)
        self.status_code = status_code
        self.halo_message = halo_message


class HaloTransient(HaloError):
    """A failure that may pass: retrying later is reasonable."""

    write_may_have_committed: bool = False


class HaloRateLimited(HaloTransient):
    """Halo answered 429 and kept answering it through our bounded back-off."""

    def __init__(self, message: str, *, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class HaloUnavailable(HaloTransient):
    """Timeout, connection error or 5xx. For a write, Halo may have committed it anyway."""

    def __init__(self, message: str, *, write_may_have_committed: bool = False) -> None:
        super().__init__(message)
        self.write_may_have_committed = write_may_have_committed
