from django.apps import AppConfig


class PolicyConfig(AppConfig):
    name = "socialsafe.policy"
    label = "policy"
