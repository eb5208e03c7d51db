"""What the dashboard should warn about (SPEC A6, A8): accounts below the pack's minimum
number of runners, reviews overdue, hand-overs waiting, runners suspended."""

from __future__ import annotations

from dataclasses import dataclass

from django.utils import timezone

from socialsafe.accounts.access import is_suspended
from socialsafe.accounts.capabilities import min_runners
from socialsafe.accounts.choices import AccountStatus
from socialsafe.accounts.models import Account
from socialsafe.people.models import Organisation


@dataclass(frozen=True)
class Attention:
    account: Account
    reasons: list[str]


def accounts_needing_attention(org: Organisation) -> list[Attention]:
    """Every open account of `org` with at least one warning, with the warnings."""
    today, needed = timezone.localdate(), min_runners(org)
    found = []
    accounts = Account.objects.filter(organisation=org, status=AccountStatus.ACTIVE)
    for account in accounts.prefetch_related("handovers"):
        reasons = []
        runners = account.runners()
        if len(runners) < needed:
            reasons.append(f"{len(runners)} runner(s); the policy asks for at least {needed}")
        if account.review_overdue(today):
            reasons.append(f"review overdue since {account.review_due:%-d %B %Y}")
        waiting = [h for h in account.handovers.all() if h.is_open]
        if waiting:
            reasons.append(f"hand-over waiting after {waiting[0].leaver.full_name} left")
        suspended = [p.full_name for p in runners if is_suspended(p)]
        if suspended:
            reasons.append(f"suspended after a lost device: {', '.join(suspended)}")
        if reasons:
            found.append(Attention(account, reasons))
    return found
