from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from socialsafe.people.scope import get_org_for_user


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_org_for_user(request.user, slug)
    return render(request, "people/dashboard.html", {"org": org})
