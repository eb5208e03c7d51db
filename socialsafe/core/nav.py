"""`org_nav`: the pages of the organisation being viewed, for the menu in org_base.html.

Each app mounted under `o/<slug>/<app>/` appears once its `urls.py` has an index page
(route "") with a name, so the menu never links to a page that does not exist yet. The
people pages appear only to the roles that may open them."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from django.http import HttpRequest
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse

from socialsafe.people import access
from socialsafe.people.scope import organisations_for

ORG_PREFIX = "o/<slug:slug>/"
LABELS = {"policy": "Policy", "registers": "Registers", "accounts": "Accounts",
          "posts": "Posts", "moderation": "Moderation", "monitoring": "Monitoring",
          "incidents": "Incidents", "audit": "Audit log"}


@dataclass(frozen=True)
class NavItem:
    label: str
    url: str
    current: bool


@cache
def app_index_pages() -> tuple[tuple[str, str], ...]:
    """(label, url name) of each org app's index page, in the order of socialsafe/urls.py."""
    found = []
    for entry in get_resolver().url_patterns:
        route = str(entry.pattern)
        if not isinstance(entry, URLResolver) or not route.startswith(ORG_PREFIX):
            continue
        app = route.removeprefix(ORG_PREFIX).strip("/")
        names = [p.name for p in entry.url_patterns
                 if isinstance(p, URLPattern) and str(p.pattern) == "" and p.name]
        if app and names:
            prefix = f"{entry.namespace}:" if entry.namespace else ""
            found.append((LABELS.get(app, app.title()), prefix + names[0]))
    return tuple(found)


def org_nav(request: HttpRequest) -> dict[str, Any]:
    """Context processor: `org_nav` for pages under o/<slug>/ the user may see."""
    match = request.resolver_match
    slug = match.kwargs.get("slug") if match else None
    if not slug or not request.user.is_authenticated:
        return {}
    org = next((o for o in organisations_for(request.user) if o.slug == slug), None)
    if org is None:
        return {}
    pages: list[tuple[str, str]] = []
    if access.may_see_staff(request.user, org):
        pages.append(("Staff", "staff-register"))
    if access.may_see_pupils(request.user, org):
        pages.append(("Pupils", "pupil-register"))
    pages.extend(app_index_pages())
    items = []
    for label, name in pages:
        try:
            url = reverse(name, kwargs={"slug": slug})
        except NoReverseMatch:  # an index page that needs more than the slug
            continue
        items.append(NavItem(label, url, request.path.startswith(url)))
    return {"org_nav": items}
