from django.urls import URLPattern, URLResolver, path

from socialsafe.jobs import views

urlpatterns: list[URLPattern | URLResolver] = [
    path("", views.failed_jobs, name="jobs-failed"),
    path("<int:pk>/retry/", views.retry_job, name="jobs-retry"),
    path("<int:pk>/progress/", views.job_progress, name="jobs-progress"),
]
