"""A tiny threaded HTTP server on 127.0.0.1 with routes, request recording and injected faults.

Each platform fake subclasses `FakePlatform`, registers routes with `route(method, pattern)`
and says how its platform spells errors and rate limits. Tests call `fail_next(429)` (or 500,
400, …) to make the next matching requests fail the way that platform fails.
"""

from __future__ import annotations

import email.parser
import email.policy
import json
import re
import threading
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, Self
from urllib.parse import parse_qs, urlsplit

FAKE_TOKEN = "test-token"  # the only token the fakes accept unless given another
Reply = tuple[int, Any, dict[str, str]]
Handler = Callable[["FakeRequest", re.Match[str]], Reply]


@dataclass
class FakeRequest:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes
    files: dict[str, tuple[str, str, bytes]] = field(default_factory=dict)
    _form: dict[str, list[str]] | None = None

    def json(self) -> Any:
        return json.loads(self.body or b"null")

    def form(self) -> dict[str, list[str]]:
        """urlencoded or multipart fields (files go to `files`: name → (filename, type, data))."""
        if self._form is not None:
            return self._form
        kind = self.headers.get("content-type", "")
        fields: dict[str, list[str]] = {}
        if kind.startswith("multipart/form-data"):
            raw = f"Content-Type: {kind}\r\n\r\n".encode() + self.body
            message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(raw)
            for part in message.iter_parts():
                name = part.get_param("name", header="content-disposition")
                raw_payload = part.get_payload(decode=True)
                payload = raw_payload if isinstance(raw_payload, bytes) else b""
                filename = part.get_filename()
                if filename is not None:
                    self.files[str(name)] = (filename, part.get_content_type(), payload)
                else:
                    fields.setdefault(str(name), []).append(payload.decode())
        else:
            fields = parse_qs(self.body.decode(), keep_blank_values=True)
        self._form = fields
        return fields

    def field(self, name: str, default: str = "") -> str:
        values = self.form().get(name) or self.query.get(name)
        return values[0] if values else default

    @property
    def bearer(self) -> str:
        value = self.headers.get("authorization", "")
        return value.split(" ", 1)[1] if " " in value else ""


@dataclass
class Fault:
    status: int
    headers: dict[str, str]
    body: Any
    path_contains: str


class FakePlatform:
    """Subclasses add routes in `setup_routes` and platform-specific error shapes."""

    name = "fake"

    def __init__(self, token: str = FAKE_TOKEN) -> None:
        self.token = token
        self.requests: list[FakeRequest] = []
        self._faults: deque[Fault] = deque()
        self._routes: list[tuple[str, re.Pattern[str], Handler]] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._ids = 1000
        self.setup_routes()

    # --- to override ------------------------------------------------------------------------

    def setup_routes(self) -> None:
        raise NotImplementedError

    def error(self, status: int, message: str) -> Reply:
        return status, {"error": message}, {}

    def rate_limited(self) -> Reply:
        return 429, {"error": "Too many requests"}, {"Retry-After": "30"}

    def authorised(self, request: FakeRequest) -> bool:
        return request.bearer == self.token

    # --- used by subclasses and tests -------------------------------------------------------

    def route(self, method: str, pattern: str) -> Callable[[Handler], Handler]:
        def register(handler: Handler) -> Handler:
            self._routes.append((method, re.compile(f"^{pattern}$"), handler))
            return handler

        return register

    def next_id(self) -> str:
        with self._lock:
            self._ids += 1
            return str(self._ids)

    def fail_next(
        self,
        status: int,
        *,
        times: int = 1,
        headers: dict[str, str] | None = None,
        body: Any = None,
        path_contains: str = "",
    ) -> None:
        """Make the next `times` requests (whose path contains `path_contains`) fail."""
        for _ in range(times):
            self._faults.append(Fault(status, headers or {}, body, path_contains))

    def requests_to(self, method: str, path_contains: str) -> list[FakeRequest]:
        return [r for r in self.requests if r.method == method and path_contains in r.path]

    # --- serving ----------------------------------------------------------------------------

    @property
    def base_url(self) -> str:
        assert self._server is not None, "start() the fake first"
        host, port = self._server.server_address[:2]
        return f"http://{host!s}:{port}"

    def start(self) -> str:
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), self._handler_class())
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )
        self._thread.start()
        return self.base_url

    def stop(self) -> None:
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None

    def __enter__(self) -> Self:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def dispatch(self, request: FakeRequest) -> Reply:
        with self._lock:
            self.requests.append(request)
            fault = self._take_fault(request)
        if fault is not None:
            if fault.status == 429 and fault.body is None and not fault.headers:
                return self.rate_limited()
            if fault.body is None:
                return self.error(fault.status, f"injected {fault.status}")
            return fault.status, fault.body, fault.headers
        for method, pattern, handler in self._routes:
            match = pattern.match(request.path)
            if match and method == request.method:
                if not self.authorised(request):
                    return self.error(401, "The access token is invalid")
                return handler(request, match)
        return self.error(404, f"no route for {request.method} {request.path}")

    def _take_fault(self, request: FakeRequest) -> Fault | None:
        for fault in list(self._faults):
            if fault.path_contains in request.path:
                self._faults.remove(fault)
                return fault
        return None

    def _handler_class(self) -> type[BaseHTTPRequestHandler]:
        platform = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: Any) -> None:  # quiet in tests
                pass

            def _serve(self) -> None:
                parts = urlsplit(self.path)
                length = int(self.headers.get("content-length") or 0)
                request = FakeRequest(
                    method=self.command,
                    path=parts.path,
                    query=parse_qs(parts.query, keep_blank_values=True),
                    headers={k.lower(): v for k, v in self.headers.items()},
                    body=self.rfile.read(length) if length else b"",
                )
                status, body, headers = platform.dispatch(request)
                data = b"" if body is None else json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json; charset=utf-8")
                self.send_header("Content-Length", str(len(data)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                self.wfile.write(data)

            do_GET = do_POST = do_PUT = do_DELETE = _serve

        return Handler
