from django.urls import URLPattern, URLResolver, path

from socialsafe.moderation import webhook_views

urlpatterns: list[URLPattern | URLResolver] = [
    path("meta/", webhook_views.meta_webhook, name="webhook-meta"),
]
