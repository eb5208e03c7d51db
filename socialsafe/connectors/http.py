"""Turning HTTP answers into the connector outcomes of base.py, the same way for every platform."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import datetime
from email.utils import parsedate_to_datetime
from typing import Any

import httpx

from socialsafe.connectors.base import PermanentError, RateLimited, TransientError

DEFAULT_RETRY_AFTER = 60.0


def seconds_until(value: str, *, now: float | None = None) -> float | None:
    """Read a rate-limit reset header: delay seconds, epoch seconds, HTTP date or ISO time."""
    value = value.strip()
    now = time.time() if now is None else now
    if not value:
        return None
    try:
        number = float(value)
    except ValueError:
        number = None
    if number is not None:
        # Large numbers are epoch times (X's x-rate-limit-reset, Bluesky's ratelimit-reset).
        return max(0.0, number - now) if number > 1_000_000_000 else max(0.0, number)
    for parse in (parsedate_to_datetime, _parse_iso):
        try:
            when = parse(value)
        except (TypeError, ValueError, IndexError):
            continue
        return max(0.0, when.timestamp() - now)
    return None


def _parse_iso(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00"))


def retry_after_of(response: httpx.Response) -> float:
    """The wait a 429 asks for, from whichever header the platform uses."""
    for header in ("retry-after", "x-rate-limit-reset", "ratelimit-reset", "x-ratelimit-reset"):
        raw = response.headers.get(header)
        if raw is not None:
            seconds = seconds_until(raw)
            if seconds is not None:
                return seconds
    return DEFAULT_RETRY_AFTER


def body_of(response: httpx.Response) -> dict[str, Any]:
    try:
        data = response.json()
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {"data": data}


MessageOf = Callable[[httpx.Response, dict[str, Any]], str]


def default_message(response: httpx.Response, body: dict[str, Any]) -> str:
    for key in ("error_description", "message", "detail", "error", "title"):
        value = body.get(key)
        if isinstance(value, str) and value:
            return value
    return response.reason_phrase or f"HTTP {response.status_code}"


def raise_for_outcome(
    response: httpx.Response, platform: str, message_of: MessageOf = default_message
) -> dict[str, Any]:
    """Return the JSON body of a 2xx answer, else raise the matching connector error."""
    status = response.status_code
    if 200 <= status < 300:
        return body_of(response)
    body = body_of(response)
    detail = message_of(response, body)
    if status == 429:
        raise RateLimited(
            retry_after_of(response), f"{platform} rate limited the request: {detail}"
        )
    if status >= 500 or status == 408:
        raise TransientError(f"{platform} answered {status}: {detail}")
    raise PermanentError(f"{platform} refused the request: {detail}", status=status)


def request(
    client: httpx.Client, method: str, url: str, platform: str, **kwargs: Any
) -> httpx.Response:
    """One HTTP exchange; timeouts and broken connections become TransientError."""
    try:
        return client.request(method, url, **kwargs)
    except httpx.TimeoutException as exc:
        raise TransientError(f"{platform} did not answer in time") from exc
    except httpx.TransportError as exc:
        raise TransientError(f"could not reach {platform}: {type(exc).__name__}") from exc


def send(
    client: httpx.Client,
    method: str,
    url: str,
    platform: str,
    *,
    message_of: MessageOf = default_message,
    **kwargs: Any,
) -> dict[str, Any]:
    """One HTTP call whose failures come back as connector errors (never raw httpx ones)."""
    response = request(client, method, url, platform, **kwargs)
    return raise_for_outcome(response, platform, message_of)
