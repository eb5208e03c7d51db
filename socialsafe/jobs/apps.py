from django.apps import AppConfig


class JobsConfig(AppConfig):
    name = "socialsafe.jobs"
    label = "jobs"
