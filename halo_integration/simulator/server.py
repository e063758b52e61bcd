"""Serve a simulator over loopback HTTP with the standard library, in a daemon thread."""

from __future__ import annotations

import contextlib
import io
import socket
import sys
import threading
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import unquote

from .app import DROP_CONNECTION_KEY, HaloSimulator
from .http import DropConnection


class _Handler(BaseHTTPRequestHandler):
    """A minimal WSGI adapter (like wsgiref's) that can also hang up without answering."""

    protocol_version = "HTTP/1.1"
    server: SimulatorServer

    def do_GET(self) -> None:  # noqa: N802 - BaseHTTPRequestHandler's naming
        self._serve()

    do_POST = do_PUT = do_PATCH = do_DELETE = do_HEAD = do_OPTIONS = do_GET  # noqa: N815

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass  # keep test and demo output quiet

    def _serve(self) -> None:
        body = self._read_body()
        captured: dict[str, Any] = {}

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> None:
            captured.update(status=status, headers=headers)

        try:
            payload = b"".join(self.server.app(self._environ(body), start_response))
        except DropConnection:
            self._hang_up()
            return
        except Exception:  # a simulator bug: answer like IIS would, and show the traceback
            traceback.print_exc()
            payload = b"An error has occurred."
            captured.update(
                status="500 Internal Server Error",
                headers=[("Content-Type", "text/plain"), ("Content-Length", str(len(payload)))],
            )
        code, _, reason = captured["status"].partition(" ")
        self.send_response(int(code), reason)
        for name, value in captured["headers"]:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(payload)

    def _read_body(self) -> bytes:
        length = int(self.headers.get("Content-Length") or 0)
        return self.rfile.read(length) if length > 0 else b""

    def _environ(self, body: bytes) -> dict[str, Any]:
        path, _, query = self.path.partition("?")
        environ: dict[str, Any] = {
            "REQUEST_METHOD": self.command,
            "PATH_INFO": unquote(path, encoding="latin-1"),
            "QUERY_STRING": query,
            "CONTENT_TYPE": self.headers.get("Content-Type", ""),
            "CONTENT_LENGTH": str(len(body)),
            "SERVER_NAME": self.server.server_address[0],
            "SERVER_PORT": str(self.server.server_address[1]),
            "SERVER_PROTOCOL": self.request_version,
            "wsgi.input": io.BytesIO(body),
            "wsgi.errors": sys.stderr,
            "wsgi.url_scheme": "http",
            "wsgi.version": (1, 0),
            "wsgi.multithread": True,
            "wsgi.multiprocess": False,
            "wsgi.run_once": False,
            DROP_CONNECTION_KEY: True,
        }
        for name, value in self.headers.items():
            key = name.upper().replace("-", "_")
            if key not in ("CONTENT_TYPE", "CONTENT_LENGTH"):
                environ[f"HTTP_{key}"] = value
        return environ

    def _hang_up(self) -> None:
        """Close the socket with nothing written: the client sees the connection drop."""
        self.close_connection = True
        with contextlib.suppress(OSError):
            self.connection.shutdown(socket.SHUT_RDWR)


class SimulatorServer(ThreadingHTTPServer):
    """A ThreadingHTTPServer running in a daemon thread; ``url`` says where."""

    daemon_threads = True
    allow_reuse_address = True
    server_address: tuple[str, int]  # an AF_INET socket's name: (host, port)

    def __init__(self, app: HaloSimulator, host: str, port: int) -> None:
        super().__init__((host, port), _Handler)
        self.app = app
        # A short poll interval keeps shutdown() fast, which matters for test suites.
        self._thread = threading.Thread(
            target=self.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="halo-simulator",
            daemon=True,
        )
        self._stopped = False

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host}:{port}"

    def start(self) -> SimulatorServer:
        self._thread.start()
        return self

    def shutdown(self) -> None:
        """Stop serving and release the port; safe to call twice."""
        if self._stopped:
            return
        self._stopped = True
        super().shutdown()
        self.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> SimulatorServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.shutdown()


def serve(sim: HaloSimulator, host: str = "127.0.0.1", port: int = 0) -> SimulatorServer:
    """Serve ``sim`` on ``host:port`` (0 = any free port) until ``shutdown()``."""
    return SimulatorServer(sim, host, port).start()
