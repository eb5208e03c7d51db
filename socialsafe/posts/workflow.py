"""The life of a post: draft → submit → (approval) → publish (SPEC C1, C3, C4).

Each step checks that the post is in a state that allows it, writes its rows and its audit
event in one transaction, and tells people by e-mail. Permission checks (who may call each
step) are the views' job, through `permissions`."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import cast

from django.contrib.auth.models import AbstractBaseUser, AnonymousUser, User
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from socialsafe.accounts.capabilities import roles_with
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.jobs import enqueue
from socialsafe.people.models import StaffMember
from socialsafe.people.packinfo import pack_or_none
from socialsafe.people.scope import role_in
from socialsafe.policy.schema import Capability
from socialsafe.posts.checking import Checked, approval_reasons, check_draft
from socialsafe.posts.models import Decision, Post, PostReview, PostStatus, PostVersion

AnyUser = AbstractBaseUser | AnonymousUser
PUBLISH_TASK = "posts.publish"


class WorkflowError(ValueError):
    """The step is not possible now; the message says why, for the person who tried."""


def as_user(user: AnyUser | None) -> User | None:
    """The signed-in user as a model instance, or None for the system or an anonymous one."""
    return cast(User, user) if user is not None and user.is_authenticated else None


def display_name(user: AnyUser) -> str:
    full = getattr(user, "get_full_name", lambda: "")()
    return str(full or getattr(user, "username", "") or "someone")


def _touch(post: Post) -> None:
    post.updated_at = timezone.now()


def save_draft(
    post: Post,
    user: AnyUser,
    *,
    text: str,
    links: str,
    scheduled_at: datetime | None,
    sensitive: bool,
) -> Post:
    """Create or change a draft. Changing a post sends it back to draft."""
    if post.pk and not post.is_editable:
        raise WorkflowError("This post can no longer be changed.")
    if scheduled_at is not None and scheduled_at < timezone.now() - timedelta(minutes=1):
        raise WorkflowError("The scheduled time is in the past.")
    created = post.pk is None
    post.text, post.links = text.strip(), links.strip()
    post.scheduled_at, post.sensitive = scheduled_at, sensitive
    if created:
        post.author_name = display_name(user)
    post.status = PostStatus.DRAFT
    _touch(post)
    with transaction.atomic():
        post.save()
        if created:
            record(
                EventKind.POST_DRAFTED,
                actor=user,
                organisation=post.organisation,
                target=post,
                post=post.pk,
                account=post.account_id,
            )
    return post


def _recheck(post: Post) -> Checked:
    checked = check_draft(post.organisation, post.full_text(), post)
    post.check_result = checked.as_json()
    return checked


def _new_version(post: Post, user: AnyUser) -> None:
    post.version += 1
    PostVersion.objects.create(
        post=post,
        number=post.version,
        text=post.text,
        links=post.links,
        image_count=post.images.count(),
        check_result=post.check_result,
        created_by=as_user(user),
    )


def approvers(post: Post) -> list[StaffMember]:
    """Current staff of the school (or its trust) whose role the pack lets approve posts."""
    org = post.organisation
    roles = roles_with(org, Capability.APPROVE_POSTS)
    return list(
        StaffMember.objects.filter(
            Q(organisation=org) | Q(organisation=org.parent_id),
            role__in=roles,
            left_on__isnull=True,
            user__isnull=False,
        )
        .exclude(user=post.author_id)
        .select_related("user")
    )


def _tell(recipients: list[str], subject: str, body: str) -> None:
    addresses = sorted({a for a in recipients if a})
    if addresses:
        send_mail(subject, body, None, addresses, fail_silently=True)


def _author_email(post: Post) -> list[str]:
    return [post.author.email] if post.author and post.author.email else []


def submit(post: Post, user: AnyUser) -> Post:
    """Check the post; a blocked post stays a draft, the rest wait for approval or go out."""
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if not post.is_editable:
            raise WorkflowError("Only drafts can be submitted.")
        if not post.text.strip() and not post.images.exists():
            raise WorkflowError("Write something or add an image before submitting.")
        checked = _recheck(post)
        if checked.verdict == "blocked":  # keep the findings so the author sees them
            post.save(update_fields=["check_result"])
        else:
            _accept(post, user, checked)
    if checked.verdict == "blocked":
        raise WorkflowError("The check blocks this post: fix the highlighted problems first.")
    return post


def _accept(post: Post, user: AnyUser, checked: Checked) -> None:
    """Inside submit's transaction: a new version, then the approval queue or publication."""
    post.approval_reasons = approval_reasons(
        pack_or_none(post.organisation), role_in(user, post.organisation), checked, post.sensitive
    )
    _new_version(post, user)
    post.submitted_at = timezone.now()
    post.last_error = ""
    _touch(post)
    waits = bool(post.approval_reasons)
    post.status = PostStatus.PENDING if waits else PostStatus.APPROVED
    post.approved_at = None if waits else timezone.now()
    post.save()
    record(
        EventKind.POST_SUBMITTED,
        actor=user,
        organisation=post.organisation,
        target=post,
        post=post.pk,
        version=post.version,
        verdict=checked.verdict,
        reasons=post.approval_reasons,
    )
    if waits:
        transaction.on_commit(lambda: _ask_approvers(post))
    else:
        schedule_publication(post)


def _ask_approvers(post: Post) -> None:
    _tell(
        [p.email or p.user.email for p in approvers(post) if p.user],
        f"A post to {post.account.name} is waiting for your approval",
        f"{post.author_name} has submitted a post for {post.account.name}.\n"
        f"Why it needs approval: {' '.join(post.approval_reasons)}\n"
        f"Open the approval queue in SocialSafe to approve, reject or ask for changes.",
    )


def schedule_publication(post: Post) -> None:
    """Queue the publishing job for the scheduled time (or now), once per version."""
    delay = None
    if post.scheduled_at and post.scheduled_at > timezone.now():
        delay = post.scheduled_at - timezone.now()
    enqueue(
        PUBLISH_TASK, post_id=post.pk, job_key=f"publish:{post.pk}:v{post.version}", run_in=delay
    )


def decide(post: Post, reviewer: AnyUser, decision: str, comment: str) -> Post:
    """An approver approves, rejects or asks for changes (SPEC C3). Approval re-runs the
    check: a post that is blocked now cannot be approved until it is fixed."""
    if decision not in Decision.values:
        raise WorkflowError("Choose approve, request changes or reject.")
    comment = comment.strip()
    if decision != Decision.APPROVE and not comment:
        raise WorkflowError("Say what should change, or why it is rejected.")
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.status != PostStatus.PENDING:
            raise WorkflowError("This post is not waiting for approval.")
        if post.author_id is not None and post.author_id == reviewer.pk:
            raise WorkflowError("You cannot approve your own post.")
        if decision == Decision.APPROVE and _recheck(post).verdict == "blocked":
            post.save(update_fields=["check_result"])
            blocked = True
        else:
            blocked = False
            _save_decision(post, reviewer, Decision(decision), comment)
    if blocked:
        raise WorkflowError(
            "The check now blocks this post, so it cannot be approved: ask for changes."
        )
    post.refresh_from_db()
    return post


def _save_decision(post: Post, reviewer: AnyUser, decision: Decision, comment: str) -> None:
    """Inside the caller's transaction: the review row, the new state and the audit event."""
    PostReview.objects.create(
        post=post,
        version=post.version,
        decision=decision,
        comment=comment,
        reviewer=as_user(reviewer),
        reviewer_name=display_name(reviewer),
    )
    post.status = DECISION_STATUS[decision]
    if decision == Decision.APPROVE:
        post.approver = as_user(reviewer)
        post.approver_name = display_name(reviewer)
        post.approved_at = timezone.now()
    _touch(post)
    post.save()
    record(
        DECISION_EVENT[decision],
        actor=reviewer,
        organisation=post.organisation,
        target=post,
        post=post.pk,
        version=post.version,
        comment=comment,
    )
    if decision == Decision.APPROVE:
        schedule_publication(post)
    label = decision.label.lower()
    transaction.on_commit(
        lambda: _tell(
            _author_email(post),
            f"Your post to {post.account.name}: {label}",
            f"{display_name(reviewer)} chose '{label}' for your post to {post.account.name}."
            + (f"\nTheir comment: {comment}" if comment else ""),
        )
    )


DECISION_STATUS = {
    Decision.APPROVE: PostStatus.APPROVED,
    Decision.REQUEST_CHANGES: PostStatus.CHANGES_REQUESTED,
    Decision.REJECT: PostStatus.REJECTED,
}
DECISION_EVENT = {
    Decision.APPROVE: EventKind.POST_APPROVED,
    Decision.REQUEST_CHANGES: EventKind.POST_CHANGES_REQUESTED,
    Decision.REJECT: EventKind.POST_REJECTED,
}


def withdraw(post: Post, user: AnyUser) -> Post:
    """Take a post out of the approval queue or the publishing schedule, back to a draft.
    The queued publishing job finds it no longer approved and does nothing."""
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.status not in (PostStatus.PENDING, PostStatus.APPROVED):
            raise WorkflowError("Only a post waiting for approval or publication can be withdrawn.")
        previous = post.status
        post.status = PostStatus.DRAFT
        post.approver, post.approver_name, post.approved_at = None, "", None
        _touch(post)
        post.save()
        record(
            EventKind.POST_WITHDRAWN,
            actor=user,
            organisation=post.organisation,
            target=post,
            post=post.pk,
            version=post.version,
            was=previous,
        )
    return post


def mark_published_by_hand(post: Post, user: AnyUser, url: str) -> Post:
    """For platforms without a connector: someone posted it themselves and records where."""
    url = url.strip()
    if not url.startswith(("https://", "http://")):
        raise WorkflowError("Give the web address of the published post.")
    with transaction.atomic():
        post = Post.objects.select_for_update().get(pk=post.pk)
        if post.status not in (PostStatus.APPROVED, PostStatus.FAILED):
            raise WorkflowError("Only an approved post can be marked as published.")
        post.status = PostStatus.PUBLISHED
        post.published_by_hand = True
        post.published_by = as_user(user)
        post.published_url = url
        post.published_at = timezone.now()
        _touch(post)
        post.save()
        record_publication(post, actor=user, by_hand=True)
    return post


def record_publication(post: Post, *, actor: AnyUser | None, by_hand: bool) -> None:
    """The C4 record in the audit log: who wrote, who approved, what the check said, when."""
    record(
        EventKind.POST_PUBLISHED,
        actor=actor,
        organisation=post.organisation,
        target=post,
        post=post.pk,
        account=post.account_id,
        version=post.version,
        author=post.author_name,
        approver=post.approver_name or None,
        verdict=post.verdict,
        findings=len(post.check_result.get("findings", [])),
        url=post.published_url,
        platform_id=post.platform_id,
        by_hand=by_hand,
        submitted_at=post.submitted_at.isoformat() if post.submitted_at else None,
        approved_at=post.approved_at.isoformat() if post.approved_at else None,
        published_at=post.published_at.isoformat() if post.published_at else None,
    )
