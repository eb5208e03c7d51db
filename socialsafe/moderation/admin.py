"""Webhook events in the Django admin, so an administrator can see what was quarantined
(malformed, or for a page with no matching account) and why. Read-only: evidence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin
from django.http import HttpRequest

from socialsafe.moderation.models import InboundEvent

if TYPE_CHECKING:
    EventBase = admin.ModelAdmin[InboundEvent]
else:
    EventBase = admin.ModelAdmin


@admin.register(InboundEvent)
class InboundEventAdmin(EventBase):
    list_display = ["received_at", "source", "page_id", "status", "error", "dedupe_key"]
    list_filter = ["status", "source"]
    search_fields = ["dedupe_key", "page_id"]
    readonly_fields = [f.name for f in InboundEvent._meta.fields]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: object = None) -> bool:
        return False
