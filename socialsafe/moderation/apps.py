from django.apps import AppConfig


class ModerationConfig(AppConfig):
    name = "socialsafe.moderation"
    label = "moderation"
