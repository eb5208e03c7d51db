from django.urls import URLPattern, URLResolver, path

from socialsafe.registers import views

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.register, name="registers-home"),
    path("acknowledge/", views.acknowledge, name="registers-acknowledge"),
    path("training/", views.record_training, name="registers-training"),
]
