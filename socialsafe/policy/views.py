"""The policy page: the organisation's pack in force, readable by everyone in scope
(SPEC P1, P4, P6). Outside the user's scope it is a 404 like any other page."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone

from socialsafe.people.scope import get_org_for_user
from socialsafe.policy import presenters
from socialsafe.policy.loader import PackError, UnknownPack, load_pack
from socialsafe.policy.review import review_status


@login_required
def policy_pack(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_org_for_user(request.user, slug)
    try:
        pack = load_pack(org.effective_pack_slug)
    except (UnknownPack, PackError) as exc:
        problems = [str(p) for p in exc.problems] if isinstance(exc, PackError) else [str(exc)]
        return render(request, "policy/pack_missing.html",
                      {"org": org, "problems": problems}, status=503)
    return render(request, "policy/pack.html", {
        "org": org,
        "pack": pack,
        "review": review_status(pack, timezone.localdate()),
        "parameters": presenters.parameter_rows(pack),
        "roles": presenters.role_rows(pack),
        "content_rules": presenters.content_rows(pack),
        "moderation_rules": presenters.moderation_rows(pack),
        "escalation": presenters.escalation_rows(pack),
        "provisions": presenters.provision_groups(pack),
        "templates": presenters.template_rows(pack),
    })
