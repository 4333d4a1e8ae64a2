"""The sandbox over real HTTP: a ThreadingHTTPServer on a daemon thread.

The handler only converts between http.server and httpx and calls
:meth:`Sandbox.handle`, so the in-process and the HTTP sandbox cannot drift apart.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import cast

import httpx

from plural_ext.sandbox._app import Sandbox

__all__ = ["SandboxServer", "serve"]

# A sandbox request is a small JSON body or form; anything larger is a mistake or abuse.
_MAX_BODY = 1 << 20


class SandboxServer:
    """A running server; a context manager that shuts it down on exit."""

    def __init__(self, sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0) -> None:
        self.sandbox = sandbox
        self._httpd = ThreadingHTTPServer((host, port), _handler_for(sandbox))
        self._httpd.daemon_threads = True
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},
            name="plural-sandbox-http",
            daemon=True,
        )
        self._thread.start()

    @property
    def url(self) -> str:
        """``http://127.0.0.1:PORT``."""
        host, port = self._httpd.server_address[:2]
        host = host.decode() if isinstance(host, bytes) else host
        return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"

    @property
    def base_url(self) -> str:
        """``http://127.0.0.1:PORT``: the client's base URL, as Plural's hosts."""
        return self.url

    def close(self) -> None:
        """Stop serving and release the port; safe to call twice."""
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join()
        self._httpd.server_close()

    def __enter__(self) -> SandboxServer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        traceback: TracebackType | None,
    ) -> None:
        self.close()


def serve(sandbox: Sandbox, host: str = "127.0.0.1", port: int = 0) -> SandboxServer:
    """Start serving ``sandbox`` at once; port 0 picks a free one (see ``.base_url``)."""
    return SandboxServer(sandbox, host, port)


def _handler_for(sandbox: Sandbox) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # Headers and body go out in two writes; with Nagle on, a keep-alive client
        # waits ~40 ms for the delayed ACK on every response.
        disable_nagle_algorithm = True

        def do_any(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            if length > _MAX_BODY:
                self.send_error(413)
                return
            body = self.rfile.read(length) if length > 0 else b""
            # HTTP/1.0 clients may leave Host out; the challenge URL still needs one.
            address = cast(tuple[str, int], self.server.server_address)
            host = self.headers.get("Host") or f"{address[0]}:{address[1]}"
            request = httpx.Request(
                self.command,
                f"http://{host}{self.path}",
                headers=[(k, v) for k, v in self.headers.items() if k.lower() != "host"],
                content=body,
            )
            response = sandbox.handle(request)
            self.send_response(response.status_code)
            for name, value in response.headers.multi_items():
                if name.lower() not in ("content-length", "transfer-encoding", "connection"):
                    self.send_header(name, value)
            self.send_header("Content-Length", str(len(response.content)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(response.content)

        def __getattr__(self, name: str) -> Callable[[], None]:
            # http.server answers 501 to a method without a do_<METHOD>; the sandbox
            # answers every method itself (405 in Plural's shape), TRACE included.
            if name.startswith("do_"):
                return self.do_any
            raise AttributeError(name)

        def log_message(self, format: str, *args: object) -> None:
            # Quiet: a test run or a demo should not print a line per request.
            pass

    return Handler
