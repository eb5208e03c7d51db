from django.apps import AppConfig


class CoreConfig(AppConfig):
    name = "socialsafe.core"
    label = "core"
