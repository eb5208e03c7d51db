from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "socialsafe.accounts"
    label = "accounts"
