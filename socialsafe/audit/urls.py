from django.urls import URLPattern, URLResolver, path

from socialsafe.audit import views

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.audit_log, name="audit-log"),
]
