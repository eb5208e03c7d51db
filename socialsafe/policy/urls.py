from django.urls import URLPattern, URLResolver, path

from socialsafe.policy import views

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.policy_pack, name="policy-pack"),
]
