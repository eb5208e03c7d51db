"""Who may draft, submit, approve, publish and see posts (SPEC A5, C3).

Drafting, submitting and publishing need `accounts.access.can_post` on the post's account;
approving needs the pack's APPROVE_POSTS capability (and never for one's own post). Anyone
else gets a 404 that is recorded as `access.denied`, exactly like the accounts app."""

from __future__ import annotations

from socialsafe.accounts.access import active_member, can_post, deny, org_for
from socialsafe.accounts.capabilities import member_may
from socialsafe.accounts.models import Account
from socialsafe.people.models import Organisation
from socialsafe.people.scope import AnyUser
from socialsafe.policy.schema import Capability
from socialsafe.posts.models import Post


def organisation(user: AnyUser, slug: str, action: str) -> Organisation:
    return org_for(user, slug, action)


def may_approve_in(user: AnyUser, org: Organisation) -> bool:
    return member_may(active_member(user, org), org, Capability.APPROVE_POSTS)


def may_approve(user: AnyUser, post: Post) -> bool:
    return may_approve_in(user, post.organisation) and post.author_id != user.pk


def account_to_post(user: AnyUser, org: Organisation, account_pk: int) -> Account:
    """The account, if the user is one of its authorised posters; else a recorded 404."""
    account = Account.objects.filter(organisation=org, pk=account_pk).first()
    if account is None or not can_post(user, account):
        deny(user, org, "draft post", account)
    return account


def post_for(user: AnyUser, org: Organisation, pk: int, action: str) -> Post:
    """The post, if the user may post to its account or approve posts here; else a 404."""
    post = Post.objects.filter(organisation=org, pk=pk).select_related("account").first()
    if post is None:
        deny(user, org, action)
    if action in ("view post", "approve post") and may_approve_in(user, org):
        return post
    if action != "approve post" and can_post(user, post.account):
        return post
    deny(user, org, action, post.account)


def accounts_to_post(user: AnyUser, org: Organisation) -> list[Account]:
    return [a for a in Account.objects.filter(organisation=org) if can_post(user, a)]
