from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "socialsafe.people"
    label = "people"
