from django.apps import AppConfig


class IncidentsConfig(AppConfig):
    name = "socialsafe.incidents"
    label = "incidents"
