"""Admin views for the account register. Credentials are deliberately not registered:
the admin never lists, shows or edits a secret or its ciphertext (RELIABILITY AUTHZ-04)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.contrib import admin

from socialsafe.accounts.models import Account, AccountApplication, CredentialGrant

if TYPE_CHECKING:
    AccountBase = admin.ModelAdmin[Account]
    ApplicationBase = admin.ModelAdmin[AccountApplication]
    GrantBase = admin.ModelAdmin[CredentialGrant]
else:
    AccountBase = ApplicationBase = GrantBase = admin.ModelAdmin


@admin.register(Account)
class AccountAdmin(AccountBase):
    list_display = ["name", "platform", "handle", "organisation", "status", "review_due"]
    list_filter = ["platform", "status"]
    search_fields = ["name", "handle"]


@admin.register(AccountApplication)
class AccountApplicationAdmin(ApplicationBase):
    list_display = ["proposed_name", "platform", "organisation", "status", "created_at"]
    list_filter = ["status"]


@admin.register(CredentialGrant)
class CredentialGrantAdmin(GrantBase):
    list_display = ["account", "person", "granted_by", "granted_at", "expires_at", "revoked_at"]
