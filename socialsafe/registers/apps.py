from django.apps import AppConfig


class RegistersConfig(AppConfig):
    name = "socialsafe.registers"
    label = "registers"
