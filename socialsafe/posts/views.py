"""Pages for drafting, checking, approving and publishing posts. Thin: rules live in
`workflow`, `checking`, `images` and `permissions`."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from socialsafe.accounts.access import can_post, deny, get_account_for_user, may_manage
from socialsafe.accounts.choices import Platform
from socialsafe.audit.log import record
from socialsafe.audit.models import EventKind
from socialsafe.posts import permissions
from socialsafe.posts.attribution import guidance_for, signature
from socialsafe.posts.checking import check_draft
from socialsafe.posts.forms import ByHandForm, ConnectionForm, DecisionForm, DraftForm, ImageForm
from socialsafe.posts.images import ImageRejected, clean_image
from socialsafe.posts.models import PlatformConnection, Post, PostImage, PostStatus
from socialsafe.posts.presenting import present
from socialsafe.posts.publishing import publishable
from socialsafe.posts.workflow import (
    WorkflowError,
    as_user,
    decide,
    mark_published_by_hand,
    save_draft,
    submit,
    withdraw,
)


def _full_text(text: str, links: str) -> str:
    return "\n".join([text.strip(), *[x.strip() for x in links.splitlines() if x.strip()]]).strip()


@login_required
def index(request: HttpRequest, slug: str) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "view posts")
    accounts = permissions.accounts_to_post(request.user, org)
    mine = Post.objects.filter(organisation=org, author=request.user.pk).select_related("account")
    waiting = (
        Post.objects.filter(organisation=org, status=PostStatus.PENDING).count()
        if permissions.may_approve_in(request.user, org)
        else None
    )
    return render(
        request,
        "posts/index.html",
        {
            "org": org,
            "accounts": accounts,
            "posts": mine[:50],
            "waiting": waiting,
        },
    )


@login_required
def new_draft(request: HttpRequest, slug: str, account_pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "draft post")
    account = permissions.account_to_post(request.user, org, account_pk)
    form = DraftForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        post = Post(organisation=org, account=account, author=as_user(request.user))
        try:
            save_draft(post, request.user, **form.cleaned_data)
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            return redirect("posts:edit", slug=org.slug, pk=post.pk)
    return render(
        request,
        "posts/draft.html",
        {
            "org": org,
            "account": account,
            "form": form,
            "post": None,
            "guidance": guidance_for(org),
            **present(form.data.get("text", ""), {}),
        },
        status=400 if form.errors else 200,
    )


@login_required
def edit(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "view post")
    post = permissions.post_for(request.user, org, pk, "view post")
    if not post.is_editable or not can_post(request.user, post.account):
        return detail(request, org, post)
    initial = {
        "text": post.text,
        "links": post.links,
        "scheduled_at": post.scheduled_at,
        "sensitive": post.sensitive,
    }
    form = DraftForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            save_draft(post, request.user, **form.cleaned_data)
        except WorkflowError as exc:
            form.add_error(None, str(exc))
        else:
            messages.success(request, "Draft saved.")
            return redirect("posts:edit", slug=org.slug, pk=post.pk)
    checked = check_draft(org, post.full_text(), post)
    return render(
        request,
        "posts/draft.html",
        {
            "org": org,
            "account": post.account,
            "form": form,
            "post": post,
            "image_form": ImageForm(org=org),
            "guidance": guidance_for(org),
            "signature": signature(post),
            "reviews": post.reviews.all(),
            **present(checked.text, checked.as_json()),
        },
        status=400 if form.errors else 200,
    )


def detail(request: HttpRequest, org: Any, post: Post) -> HttpResponse:
    shown = present(post.full_text(), post.check_result)
    return render(
        request,
        "posts/detail.html",
        {
            "org": org,
            "post": post,
            "account": post.account,
            **shown,
            "may_approve": post.status == PostStatus.PENDING
            and permissions.may_approve(request.user, post),
            "may_withdraw": post.status in (PostStatus.PENDING, PostStatus.APPROVED)
            and can_post(request.user, post.account),
            "may_mark_by_hand": post.status in (PostStatus.APPROVED, PostStatus.FAILED)
            and can_post(request.user, post.account),
            "has_connector": publishable(post.account),
            "decision_form": DecisionForm(),
            "by_hand_form": ByHandForm(),
            "versions": post.versions.all(),
            "reviews": post.reviews.all(),
        },
    )


@login_required
@require_POST
def live_check(request: HttpRequest, slug: str, account_pk: int) -> HttpResponse:
    """The htmx partial: findings for what the author has typed so far (nothing is stored)."""
    org = permissions.organisation(request.user, slug, "check post")
    permissions.account_to_post(request.user, org, account_pk)
    post = None
    if request.POST.get("post", "").isdigit():
        post = Post.objects.filter(
            organisation=org, account_id=account_pk, pk=int(request.POST["post"])
        ).first()
    text = _full_text(request.POST.get("text", "")[:5000], request.POST.get("links", "")[:2000])
    checked = check_draft(org, text, post)
    return render(request, "posts/_findings.html", present(text, checked.as_json()))


@login_required
@require_POST
def add_image(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "draft post")
    post = permissions.post_for(request.user, org, pk, "draft post")
    if not post.is_editable:
        messages.error(request, "This post can no longer be changed.")
        return redirect("posts:edit", slug=org.slug, pk=post.pk)
    form = ImageForm(request.POST, request.FILES, org=org)
    if form.is_valid():
        try:
            cleaned = clean_image(form.cleaned_data["image"].read())
        except ImageRejected as exc:
            form.add_error("image", str(exc))
        else:
            with transaction.atomic():
                image = PostImage.objects.create(
                    post=post,
                    data=cleaned.data,
                    mime_type=cleaned.mime_type,
                    width=cleaned.width,
                    height=cleaned.height,
                    sha256=cleaned.sha256,
                    alt_text=form.cleaned_data["alt_text"],
                    uploaded_by=as_user(request.user),
                    confirmed_appropriate=True,
                )
                image.pupils.set(form.cleaned_data["pupils"])
                Post.objects.filter(pk=post.pk).update(status=PostStatus.DRAFT)
            messages.success(request, "Image added, with its location and camera details removed.")
            return redirect("posts:edit", slug=org.slug, pk=post.pk)
    for errors in form.errors.values():
        for error in errors:
            messages.error(request, str(error))
    return redirect("posts:edit", slug=org.slug, pk=post.pk)


@login_required
def image(request: HttpRequest, slug: str, pk: int, image_pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "view post")
    post = permissions.post_for(request.user, org, pk, "view post")
    picture = post.images.filter(pk=image_pk).first()
    if picture is None:
        deny(request.user, org, "view post image", post.account)
    response = HttpResponse(bytes(picture.data), content_type=picture.mime_type)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_POST
def remove_image(request: HttpRequest, slug: str, pk: int, image_pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "draft post")
    post = permissions.post_for(request.user, org, pk, "draft post")
    if post.is_editable:
        post.images.filter(pk=image_pk).delete()
    return redirect("posts:edit", slug=org.slug, pk=post.pk)


@login_required
@require_POST
def submit_post(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "submit post")
    post = permissions.post_for(request.user, org, pk, "submit post")
    try:
        post = submit(post, request.user)
    except WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        if post.status == PostStatus.PENDING:
            messages.success(request, "Submitted: it is waiting for an approver.")
        else:
            messages.success(request, "Submitted: it will be published as scheduled.")
    return redirect("posts:edit", slug=org.slug, pk=post.pk)


@login_required
def queue(request: HttpRequest, slug: str) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "approve posts")
    if not permissions.may_approve_in(request.user, org):
        deny(request.user, org, "approve posts")
    waiting = (
        Post.objects.filter(organisation=org, status=PostStatus.PENDING)
        .select_related("account")
        .order_by("submitted_at")
    )
    return render(request, "posts/queue.html", {"org": org, "posts": waiting})


@login_required
@require_POST
def decide_post(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "approve post")
    post = permissions.post_for(request.user, org, pk, "approve post")
    if not permissions.may_approve(request.user, post):
        deny(request.user, org, "approve post", post.account)
    form = DecisionForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Choose approve, request changes or reject.")
        return redirect("posts:edit", slug=org.slug, pk=post.pk)
    try:
        decide(post, request.user, form.cleaned_data["decision"], form.cleaned_data["comment"])
    except WorkflowError as exc:
        messages.error(request, str(exc))
        return redirect("posts:edit", slug=org.slug, pk=post.pk)
    messages.success(request, "Decision recorded and the author told.")
    return redirect("posts:queue", slug=org.slug)


@login_required
@require_POST
def published_by_hand(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "publish post")
    post = permissions.post_for(request.user, org, pk, "publish post")
    form = ByHandForm(request.POST)
    if not form.is_valid():
        messages.error(request, "Give the web address of the published post.")
    else:
        try:
            mark_published_by_hand(post, request.user, form.cleaned_data["url"])
        except WorkflowError as exc:
            messages.error(request, str(exc))
        else:
            messages.success(request, "Recorded as published.")
    return redirect("posts:edit", slug=org.slug, pk=post.pk)


@login_required
def history(request: HttpRequest, slug: str, account_pk: int) -> HttpResponse:
    """The account's publication record (SPEC C4): who wrote, who approved, what the check
    said, versions and times."""
    org = permissions.organisation(request.user, slug, "view account")
    account = get_account_for_user(request.user, org, account_pk)
    posts = (
        Post.objects.filter(account=account)
        .exclude(status=PostStatus.DRAFT)
        .prefetch_related("versions", "reviews")
        .order_by("-published_at", "-submitted_at")
    )
    return render(
        request,
        "posts/history.html",
        {
            "org": org,
            "account": account,
            "posts": posts,
            "may_post": can_post(request.user, account),
        },
    )


@login_required
def connection(request: HttpRequest, slug: str, account_pk: int) -> HttpResponse:
    """Connect an account to its platform's API (its managers only)."""
    org = permissions.organisation(request.user, slug, "manage account")
    account = get_account_for_user(request.user, org, account_pk, manage=True)
    if not may_manage(request.user, account):
        deny(request.user, org, "manage account", account)
    current = PlatformConnection.objects.filter(account=account).first()
    initial = {}
    if current:
        initial = {
            "api_base_url": current.api_base_url,
            "account_ref": current.account_ref,
            "x_tier": current.options.get("tier", "basic"),
        }
    form = ConnectionForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        options = {"tier": data["x_tier"] or "basic"} if account.platform == Platform.X else {}
        with transaction.atomic():
            PlatformConnection.objects.update_or_create(
                account=account,
                defaults={
                    "api_base_url": data["api_base_url"],
                    "account_ref": data["account_ref"],
                    "options": options,
                },
            )
            record(
                EventKind.ACCOUNT_CHANGED,
                actor=request.user,
                organisation=org,
                target=account,
                account=account.pk,
                change="platform connection",
                api_base_url=data["api_base_url"],
                account_ref=data["account_ref"],
            )
        messages.success(request, "Connection saved. Store the API token in the vault.")
        return redirect("posts:connection", slug=org.slug, account_pk=account.pk)
    return render(
        request,
        "posts/connection.html",
        {
            "org": org,
            "account": account,
            "form": form,
            "connected": publishable(account),
        },
    )


@login_required
@require_POST
def withdraw_post(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    org = permissions.organisation(request.user, slug, "withdraw post")
    post = permissions.post_for(request.user, org, pk, "withdraw post")
    try:
        withdraw(post, request.user)
    except WorkflowError as exc:
        messages.error(request, str(exc))
    else:
        messages.success(request, "Withdrawn: it is a draft again and will not be published.")
    return redirect("posts:edit", slug=org.slug, pk=post.pk)
