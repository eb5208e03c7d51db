from django.apps import AppConfig


class MonitoringConfig(AppConfig):
    name = "socialsafe.monitoring"
    label = "monitoring"
