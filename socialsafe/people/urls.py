from django.urls import path

from socialsafe.people import views

urlpatterns = [
    path("", views.dashboard, name="org-dashboard"),
    path("staff/", views.staff_register, name="staff-register"),
    path("pupils/", views.pupil_register, name="pupil-register"),
    path("import/<str:kind>/", views.import_upload, name="people-import"),
    path("import/<str:kind>/confirm/", views.import_confirm, name="people-import-confirm"),
]
