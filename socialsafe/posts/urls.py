from django.urls import URLPattern, URLResolver, path

from socialsafe.posts import views

app_name = "posts"

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.index, name="index"),
    path("approvals/", views.queue, name="queue"),
    path("accounts/<int:account_pk>/new/", views.new_draft, name="new"),
    path("accounts/<int:account_pk>/check/", views.live_check, name="check"),
    path("accounts/<int:account_pk>/history/", views.history, name="history"),
    path("accounts/<int:account_pk>/connection/", views.connection, name="connection"),
    path("<int:pk>/", views.edit, name="edit"),
    path("<int:pk>/images/", views.add_image, name="add-image"),
    path("<int:pk>/images/<int:image_pk>/", views.image, name="image"),
    path("<int:pk>/images/<int:image_pk>/remove/", views.remove_image, name="remove-image"),
    path("<int:pk>/submit/", views.submit_post, name="submit"),
    path("<int:pk>/withdraw/", views.withdraw_post, name="withdraw"),
    path("<int:pk>/decide/", views.decide_post, name="decide"),
    path("<int:pk>/published-by-hand/", views.published_by_hand, name="by-hand"),
]
