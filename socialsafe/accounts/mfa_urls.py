from django.urls import path

from socialsafe.accounts.views import mfa

urlpatterns = [
    path("enrol/", mfa.enrol, name="mfa-enrol"),
    path("verify/", mfa.verify, name="mfa-verify"),
]
