"""Upload size limit, enforced while the body streams in: a 50 MB upload is refused with 413
after at most the limit is buffered; it neither fills memory nor reaches Redis. The limit and
its error are ``analysis.decode.limits``'s (which ``decode`` checks on each file exactly); this
guard only stops reading a body that cannot fit."""
from __future__ import annotations

import json

from analysis.decode.limits import too_large

from .errors import STATUS, error_body

# multipart framing (boundaries, part headers) on top of the file bytes themselves
SLACK = 64 * 1024


class UploadLimit:
    def __init__(self, app, max_bytes: int, paths: tuple[str, ...] = ("/v1/jobs",)):
        self.app = app
        self.max_bytes = max_bytes
        self.paths = paths

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "POST" or scope["path"] not in self.paths:
            return await self.app(scope, receive, send)
        limit = self.max_bytes + SLACK
        headers = dict(scope.get("headers") or [])
        cl = headers.get(b"content-length")
        if cl is not None:
            try:
                n = int(cl)
            except ValueError:
                return await _reply(send, "bad_request", "invalid Content-Length")
            if n > limit:
                await _drain(receive, n)
                return await _too_large(send, self.max_bytes)
        # Buffer the body up to the limit, then replay it to the app.
        chunks: list[bytes] = []
        size = 0
        more = True
        while more:
            msg = await receive()
            if msg["type"] == "http.disconnect":
                return
            body = msg.get("body", b"")
            size += len(body)
            if size > limit:
                return await _too_large(send, self.max_bytes)
            chunks.append(body)
            more = msg.get("more_body", False)
        data = b"".join(chunks)
        sent = False

        async def replay():
            nonlocal sent
            if not sent:
                sent = True
                return {"type": "http.request", "body": data, "more_body": False}
            return await receive()

        return await self.app(scope, replay, send)


async def _drain(receive, n: int) -> None:
    """Read (and drop) a bounded part of a refused body so the client sees our answer."""
    seen = 0
    while seen < min(n, 1 << 20):
        msg = await receive()
        if msg["type"] != "http.request":
            return
        seen += len(msg.get("body", b""))
        if not msg.get("more_body"):
            return


async def _too_large(send, max_bytes: int) -> None:
    e = too_large(max_bytes)  # the limit's one error (analysis.decode.limits)
    await _reply(send, e.code, e.message)


async def _reply(send, code: str, message: str) -> None:
    body = json.dumps(error_body(code, message)).encode()
    await send({"type": "http.response.start", "status": STATUS[code],
                "headers": [(b"content-type", b"application/json"),
                            (b"content-length", str(len(body)).encode()),
                            (b"connection", b"close")]})
    await send({"type": "http.response.body", "body": body})
