"""Meta's webhook endpoint (CONTRACT.md; RELIABILITY WH-01–05).

GET: the subscription handshake. POST: verified over the raw body, stored durably, and
only then answered 200; 5xx when the database cannot store it, so Meta delivers again.
CSRF-exempt only because every POST must carry a valid signature instead."""

from __future__ import annotations

import logging

from django.conf import settings
from django.core.exceptions import RequestDataTooBig
from django.db import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods

from socialsafe.moderation import ingest, meta

log = logging.getLogger("socialsafe.security")
MAX_BODY_BYTES = 2 * 1024 * 1024  # a 1,000-entry batch is far smaller


@csrf_exempt
@require_http_methods(["GET", "POST"])
def meta_webhook(request: HttpRequest) -> HttpResponse:
    if request.method == "GET":
        return _handshake(request)
    return _delivery(request)


def _handshake(request: HttpRequest) -> HttpResponse:
    mode, challenge = request.GET.get("hub.mode"), request.GET.get("hub.challenge", "")
    token = request.GET.get("hub.verify_token")
    if mode != "subscribe" or not meta.token_matches(token, settings.META_VERIFY_TOKEN):
        return HttpResponse("Forbidden", status=403, content_type="text/plain")
    return HttpResponse(challenge, content_type="text/plain")


def _delivery(request: HttpRequest) -> HttpResponse:
    if int(request.META.get("CONTENT_LENGTH") or 0) > MAX_BODY_BYTES:
        return JsonResponse({"error": "body too large"}, status=413)
    try:
        raw = request.body
    except RequestDataTooBig:
        return JsonResponse({"error": "body too large"}, status=413)
    signature = request.headers.get("X-Hub-Signature-256")
    if not meta.signature_is_valid(raw, signature, settings.META_APP_SECRET):
        log.warning("meta webhook: bad or missing signature from %s",
                    request.META.get("REMOTE_ADDR"))
        return JsonResponse({"error": "invalid signature"}, status=403)
    try:
        changes = meta.split_delivery(raw)
    except meta.BadDelivery as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    try:
        stored = ingest.store_changes(changes)
    except DatabaseError:
        log.exception("meta webhook: could not store a delivery; Meta will retry")
        return JsonResponse({"error": "storage unavailable, retry later"}, status=503)
    return JsonResponse({"received": len(changes), "stored": stored})
