from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.db import connection
from django.db.utils import DatabaseError
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render

from socialsafe.people.scope import organisations_for


def healthz(request: HttpRequest) -> JsonResponse:
    """CONTRACT: 200 when the database answers, 503 naming the failing part otherwise."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})


@login_required
def home(request: HttpRequest) -> HttpResponse:
    """Send a user with one school straight to it; otherwise list what they can see."""
    orgs = organisations_for(request.user)
    if len(orgs) == 1:
        return redirect("org-dashboard", slug=orgs[0].slug)
    tops = [o for o in orgs if o.parent_id is None or o.parent not in orgs]
    return render(request, "core/home.html", {"orgs": tops})
