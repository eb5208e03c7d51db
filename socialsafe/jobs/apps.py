from django.apps import AppConfig
from django.utils.module_loading import autodiscover_modules


class JobsConfig(AppConfig):
    name = "socialsafe.jobs"
    label = "jobs"
    verbose_name = "Background jobs"

    def ready(self) -> None:
        # Every app's tasks.py registers its tasks, in web processes and workers alike.
        autodiscover_modules("tasks")
