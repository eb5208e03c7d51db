"""The REST API (SPEC X1). Each app contributes a router; the OpenAPI description is
served at /api/openapi.json (CONTRACT)."""

from ninja import NinjaAPI
from ninja.security import django_auth

api = NinjaAPI(
    title="SocialSafe API",
    version="1",
    description="Registers and workflows of SocialSafe. Credentials are never exposed here.",
    auth=django_auth,
)
# Routers are added here, one line per app, e.g.:
# api.add_router("/accounts/", "socialsafe.accounts.api.router")
api.add_router("/accounts/", "socialsafe.accounts.api.router")
