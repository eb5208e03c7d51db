"""REST endpoints for the account register (SPEC X1). Never credentials: the schemas
below have no field that could carry a secret or its ciphertext."""

from __future__ import annotations

from datetime import date, datetime

from django.http import HttpRequest
from ninja import Router, Schema

from socialsafe.accounts import access
from socialsafe.accounts.models import Account

router = Router(tags=["accounts"])


class MemberOut(Schema):
    person_id: int
    name: str
    capacity: str


class AccountOut(Schema):
    id: int
    platform: str
    name: str
    handle: str
    url: str
    visibility: str
    status: str
    review_due: date | None
    created_at: datetime
    runners: list[MemberOut]
    credential_kinds: list[str]
    can_post: bool


def _out(request: HttpRequest, account: Account) -> AccountOut:
    members = account.current_members().select_related("person")
    return AccountOut(
        id=account.pk, platform=account.platform, name=account.name, handle=account.handle,
        url=account.url, visibility=account.visibility, status=account.status,
        review_due=account.review_due, created_at=account.created_at,
        runners=[MemberOut(person_id=m.person_id, name=m.person.full_name, capacity=m.capacity)
                 for m in members],
        credential_kinds=sorted(account.credentials.values_list("kind", flat=True)),
        can_post=access.can_post(request.user, account),
    )


@router.get("/{slug}/", response=list[AccountOut], summary="Official accounts you may see")
def list_accounts(request: HttpRequest, slug: str) -> list[AccountOut]:
    org = access.org_for(request.user, slug, "view accounts")
    return [_out(request, a) for a in access.accounts_for_user(request.user, org)]


@router.get("/{slug}/{pk}/", response=AccountOut, summary="One official account")
def get_account(request: HttpRequest, slug: str, pk: int) -> AccountOut:
    org = access.org_for(request.user, slug, "view account")
    return _out(request, access.get_account_for_user(request.user, org, pk))
