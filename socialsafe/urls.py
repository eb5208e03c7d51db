from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from socialsafe.accounts.auth import LoginView
from socialsafe.core.api import api

urlpatterns = [
    path("", include("socialsafe.core.urls")),
    path("login/", LoginView.as_view(), name="login"),
    path("mfa/", include("socialsafe.accounts.mfa_urls")),
    path("logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("webhooks/", include("socialsafe.moderation.webhook_urls")),
    path("o/<slug:slug>/", include("socialsafe.people.urls")),
    path("o/<slug:slug>/policy/", include("socialsafe.policy.urls")),
    path("o/<slug:slug>/registers/", include("socialsafe.registers.urls")),
    path("o/<slug:slug>/accounts/", include("socialsafe.accounts.urls")),
    path("o/<slug:slug>/posts/", include("socialsafe.posts.urls")),
    path("o/<slug:slug>/moderation/", include("socialsafe.moderation.urls")),
    path("o/<slug:slug>/monitoring/", include("socialsafe.monitoring.urls")),
    path("o/<slug:slug>/incidents/", include("socialsafe.incidents.urls")),
    path("o/<slug:slug>/audit/", include("socialsafe.audit.urls")),
    path("jobs/", include("socialsafe.jobs.urls")),
]
