"""Request and response values passed between the WSGI entry point and the handlers."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from http import HTTPStatus
from typing import IO, Any
from urllib.parse import parse_qsl

JSON_TYPE = "application/json; charset=utf-8"
TEXT_TYPE = "text/plain; charset=utf-8"


@dataclass
class Request:
    method: str
    path: str
    query: dict[str, str]
    headers: dict[str, str]
    raw_body: bytes
    content_type: str = ""
    # ASP.NET binds query parameters case-insensitively; handlers read this lower-cased copy.
    params: dict[str, str] = field(default_factory=dict)

    @classmethod
    def from_environ(cls, environ: dict[str, Any]) -> Request:
        query = dict(parse_qsl(environ.get("QUERY_STRING", ""), keep_blank_values=True))
        headers = {
            key[5:].replace("_", "-").lower(): value
            for key, value in environ.items()
            if key.startswith("HTTP_")
        }
        content_type = environ.get("CONTENT_TYPE", "") or ""
        if content_type:
            headers["content-type"] = content_type
        return cls(
            method=environ.get("REQUEST_METHOD", "GET").upper(),
            path=environ.get("PATH_INFO", "") or "/",
            query=query,
            headers=headers,
            raw_body=_read_body(environ),
            content_type=content_type.split(";")[0].strip().lower(),
            params={key.lower(): value for key, value in query.items()},
        )

    def json_body(self) -> Any:
        """The parsed JSON body; raises HaloError(400) the way ASP.NET's model binding would."""
        try:
            return json.loads(self.raw_body.decode("utf-8") or "null")
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise HaloError(
                json_response(400, {"$": "The JSON value could not be converted."})
            ) from None

    def form_body(self) -> dict[str, str]:
        return dict(parse_qsl(self.raw_body.decode("utf-8", "replace"), keep_blank_values=True))


def _read_body(environ: dict[str, Any]) -> bytes:
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    stream: IO[bytes] | None = environ.get("wsgi.input")
    if stream is None or length <= 0:
        return b""
    return stream.read(length)


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = TEXT_TYPE
    headers: list[tuple[str, str]] = field(default_factory=list)

    @property
    def status_line(self) -> str:
        try:
            phrase = HTTPStatus(self.status).phrase
        except ValueError:
            phrase = "Unknown"
        return f"{self.status} {phrase}"

    def header_list(self) -> list[tuple[str, str]]:
        base = [("Content-Type", self.content_type), ("Content-Length", str(len(self.body)))]
        return base + self.headers


class HaloError(Exception):
    """Raised by handlers to answer with an error response."""

    def __init__(self, response: Response) -> None:
        super().__init__(response.status)
        self.response = response


class DropConnection(Exception):  # noqa: N818 - it is a signal, not an error
    """Tells the loopback server to close the socket without answering (a lost response)."""


def json_response(
    status: int, payload: Any, headers: list[tuple[str, str]] | None = None
) -> Response:
    body = json.dumps(payload, ensure_ascii=False).encode("utf-8")
    return Response(status, body, JSON_TYPE, list(headers or []))


def text_response(status: int, text: str, headers: list[tuple[str, str]] | None = None) -> Response:
    return Response(status, text.encode("utf-8"), TEXT_TYPE, list(headers or []))


def bad_request(errors: dict[str, str]) -> HaloError:
    """Validation failures use one shape: ASP.NET model-state style, field path -> message."""
    return HaloError(json_response(400, errors))


def not_found(message: str = "Not Found") -> HaloError:
    return HaloError(text_response(404, message))
