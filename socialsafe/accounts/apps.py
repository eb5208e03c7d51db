from django.apps import AppConfig


class AccountsConfig(AppConfig):
    name = "socialsafe.accounts"
    label = "accounts"

    def ready(self) -> None:
        from axes.signals import user_locked_out

        from socialsafe.accounts import auth, checks  # noqa: F401  (registers the checks)

        user_locked_out.connect(auth.audit_lockout, dispatch_uid="socialsafe-lockout-audit")
