"""What every response carries (a strict Content-Security-Policy: the dashboard loads only its own scripts,
styles and data, and no document text can run as script), the request body limit, and the operator's token."""

from __future__ import annotations

import hmac
import json
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any
from urllib.parse import urlsplit

from fastapi import Request

from eventlens.api.errors import ApiError

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
Asgi = Callable[[Scope, Receive, Send], Awaitable[None]]

CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; "
    "font-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)
_OTHER_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
]


def tile_origin(template: str) -> str:
    """The origin an online tile layer's images come from ("https://tile.example/{z}/{x}/{y}.png"), the one
    host the policy then lets images come from; anything but an https template with {z}, {x} and {y} is refused."""
    parts = urlsplit(template)
    if parts.scheme != "https" or not parts.hostname or not all(f"{{{k}}}" in template for k in "zxy"):
        raise ValueError(f"{template!r} is no https tile URL template with {{z}}, {{x}} and {{y}}")
    if any(c in parts.netloc for c in " ;'\"\\"):
        raise ValueError(f"{template!r}: no such host")
    return f"https://{parts.netloc}"


def content_security_policy(tiles: str | None = None) -> str:
    if tiles is None:
        return CONTENT_SECURITY_POLICY
    return CONTENT_SECURITY_POLICY.replace("img-src 'self' data:", f"img-src 'self' data: {tile_origin(tiles)}")


class SecurityHeaders:
    def __init__(self, app: Asgi, policy: str = CONTENT_SECURITY_POLICY) -> None:
        self.app = app
        self.headers = [(b"content-security-policy", policy.encode()), *_OTHER_HEADERS]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {name for name, _ in self.headers}
                kept = [(n, v) for n, v in message.get("headers", []) if n.lower() not in names]
                message["headers"] = kept + self.headers
            await send(message)

        await self.app(scope, receive, send_with_headers)


class BodyLimit:
    """Refuses a request body over `max_bytes` with 413, whether it declares its length or streams it."""

    def __init__(self, app: Asgi, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        declared = dict(scope.get("headers", [])).get(b"content-length")
        if declared is not None and (not declared.isdigit() or int(declared) > self.max_bytes):
            await self._refuse(send)
            return
        seen = 0
        over = False
        started = False

        async def counted() -> Message:
            # Past the limit the app is told the client left (whatever it answers to that is dropped below):
            # raising here would reach the app's own body parsing, which answers 400.
            nonlocal seen, over
            if over:
                return {"type": "http.disconnect"}
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_bytes:
                over = True
                return {"type": "http.disconnect"}
            return message

        async def watched(message: Message) -> None:
            nonlocal started
            if over and not started:
                return
            started = started or message["type"] == "http.response.start"
            await send(message)

        await self.app(scope, counted, watched)
        if over and not started:
            await self._refuse(send)

    async def _refuse(self, send: Send) -> None:
        body = json.dumps({"error": f"request body over {self.max_bytes} bytes"}).encode()
        headers = [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode())]
        await send({"type": "http.response.start", "status": 413, "headers": headers})
        await send({"type": "http.response.body", "body": body})


def require_token(request: Request) -> None:
    """Writes need the operator's token as `Authorization: Bearer TOKEN`: none given 401, a wrong one 403, and a
    server started without a token takes no writes at all."""
    expected: str | None = request.app.state.token
    if not expected:
        raise ApiError(403, "this server takes no writes: start it with a token (--token-file or EVENTLENS_TOKEN)")
    scheme, _, given = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() != "bearer" or not given.strip():
        raise ApiError(
            401, "this needs the operator's token: Authorization: Bearer TOKEN", {"WWW-Authenticate": "Bearer"}
        )
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise ApiError(403, "wrong token")
