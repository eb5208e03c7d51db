from django.urls import URLPattern, URLResolver, path

from socialsafe.moderation import views

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.inbox, name="moderation-inbox"),
    path("<int:pk>/", views.comment_detail, name="moderation-comment"),
    path("<int:pk>/act/", views.act, name="moderation-act"),
    path("alerts/", views.alerts, name="moderation-alerts"),
    path("strikes/", views.strikes, name="moderation-strikes"),
    path("rota/", views.rota, name="moderation-rota"),
    path("import/", views.import_upload, name="moderation-import"),
    path("import/<int:pk>/confirm/", views.import_confirm, name="moderation-import-confirm"),
]
