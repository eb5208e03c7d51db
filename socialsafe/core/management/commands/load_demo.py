"""`manage.py load_demo`: the five seed organisations with fictional people (SPEC X5)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Create or refresh the demo organisations, staff, pupils and sign-ins (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        from socialsafe.core.demo import load_demo, sign_in_table

        orgs = load_demo()
        self.stdout.write(f"Demo data ready: {len(orgs)} organisations.\n")
        self.stdout.write(sign_in_table())
