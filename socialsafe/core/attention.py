"""What a school's dashboard must warn about, gathered from the apps that know it.

Each warning is shown only to people whose role lets them act on it: account warnings
(SPEC A6, A8) to those who oversee accounts, open safeguarding and threat alerts (M6
escalation) to moderators and safeguarding readers. The counts carry no comment text."""

from __future__ import annotations

from typing import Any

from socialsafe.accounts.access import oversees
from socialsafe.accounts.attention import accounts_needing_attention
from socialsafe.moderation.access import may_moderate, may_read_safeguarding
from socialsafe.moderation.views import open_alerts
from socialsafe.people.models import Organisation
from socialsafe.people.scope import AnyUser


def attention_for(user: AnyUser, school: Organisation) -> dict[str, Any]:
    sees_alerts = may_moderate(user, school) or may_read_safeguarding(user, school)
    return {
        "account_warnings": accounts_needing_attention(school) if oversees(user, school) else [],
        "open_alerts": open_alerts(school) if sees_alerts else 0,
    }
