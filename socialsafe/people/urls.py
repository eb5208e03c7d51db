from django.urls import path

from socialsafe.people import views

urlpatterns = [
    path("", views.dashboard, name="org-dashboard"),
]
