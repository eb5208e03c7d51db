"""The moderation inbox and its pages (SPEC M1–M6). Views stay thin: access first
(`access.moderated_school`, 404 otherwise), then one service call."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils import timezone
from django.views.decorators.http import require_POST

from socialsafe.accounts.models import Account
from socialsafe.jobs import enqueue
from socialsafe.moderation import access, actions, escalation
from socialsafe.moderation.choices import CommentState
from socialsafe.moderation.forms import FilterForm, ImportForm, RotaForm
from socialsafe.moderation.history import user_or_none
from socialsafe.moderation.importing import parse_export
from socialsafe.moderation.models import (
    WEEKDAYS,
    AuthorBlock,
    Comment,
    ImportBatch,
    RotaEntry,
    Strike,
)
from socialsafe.people.models import Organisation
from socialsafe.people.packinfo import pack_or_none
from socialsafe.people.scope import get_org_for_user

PAGE_SIZE = 100


def _withheld(request: HttpRequest, school: Organisation) -> bool:
    return not access.may_read_safeguarding(request.user, school)


@login_required
def inbox(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_org_for_user(request.user, slug)
    if not access.may_moderate(request.user, org) and access.may_read_safeguarding(
            request.user, org) and org.is_school:
        return redirect("moderation-alerts", slug=slug)  # the DSL and head see their alerts
    school = access.moderated_school(request, slug)
    accounts = Account.objects.filter(organisation=school)
    form = FilterForm(request.GET or None, accounts=accounts)
    found: QuerySet[Comment] = Comment.objects.filter(account__organisation=school)
    if form.is_valid():
        found = form.narrow(found)
    comments = found.select_related("account").order_by("state", "due_at", "-received_at")
    return render(request, "moderation/inbox.html", {
        "org": school, "form": form, "comments": comments[:PAGE_SIZE],
        "alerts": Comment.objects.filter(account__organisation=school, alert_open=True),
        "withhold_safeguarding": _withheld(request, school), "now": timezone.now(),
        "overdue": Comment.objects.filter(account__organisation=school).overdue().count(),
    })


@login_required
def comment_detail(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    school, comment = access.alert_comment_for(request, slug, pk)
    pack = pack_or_none(school)
    rules = [r for label in comment.labels if pack and (r := pack.moderation_rule(label))]
    suggested = next((r.reply_template for r in rules if r.action == "reply"
                      and r.reply_template), None)
    note_id = next((r.reply_template for r in rules if r.tell_audience and r.reply_template), "")
    note_template = pack.template(note_id) if pack and note_id else None
    return render(request, "moderation/comment.html", {
        "org": school, "comment": comment, "rules": rules,
        "templates": pack.templates if pack else [], "suggested_template": suggested,
        "note_text": note_template.text if note_template else "",
        "history": comment.history.select_related("actor"),
        "withhold": "safeguarding" in comment.labels and _withheld(request, school),
        "strike_count": Strike.objects.filter(school=school, author_id=comment.author_id,
                                              platform=comment.account.platform).count(),
        "case": comment.cases.first(), "now": timezone.now(),
        "may_moderate": access.may_moderate(request.user, school),
        "may_mark_seen": access.may_read_safeguarding(request.user, school),
    })


@login_required
def alerts(request: HttpRequest, slug: str) -> HttpResponse:
    """Safeguarding and threat comments, newest first, for the DSL, head and moderators."""
    school = access.alerts_school(request, slug)
    escalated = (Comment.objects.filter(account__organisation=school, cases__isnull=False)
                 .select_related("account").distinct().order_by("-alert_open", "-received_at"))
    return render(request, "moderation/alerts.html", {
        "org": school, "comments": escalated[:PAGE_SIZE],
        "withhold_safeguarding": _withheld(request, school),
    })


@login_required
@require_POST
def act(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    action, text = request.POST.get("action", ""), request.POST.get("text", "")
    if action == "seen":
        school, comment = access.alert_comment_for(request, slug, pk)
    else:
        school, comment = access.comment_for(request, slug, pk)
    try:
        if action in ("hide", "delete"):
            actions.remove(comment, request.user, delete=action == "delete")
        elif action == "reply":
            actions.reply(comment, request.user, text, request.POST.get("template", ""))
        elif action == "note":
            actions.tell_audience(comment, request.user, text)
        elif action == "escalate":
            actions.escalate(comment, request.user, text)
        elif action == "keep":
            actions.keep(comment, request.user)
        elif action == "seen" and access.may_read_safeguarding(request.user, school):
            escalation.acknowledge_alert(comment, request.user)
        else:
            messages.error(request, "Choose one of the actions offered.")
            return redirect("moderation-comment", slug=slug, pk=pk)
    except actions.ActionRefused as exc:
        messages.error(request, str(exc))
        return redirect("moderation-comment", slug=slug, pk=pk)
    messages.success(request, DONE_MESSAGES.get(action, "Done."))
    return redirect("moderation-comment", slug=slug, pk=pk)


DONE_MESSAGES = {
    "hide": "Comment hidden. It stays on record here.",
    "delete": "Comment deleted on the platform. It stays on record here.",
    "reply": "Reply sent.",
    "note": "Note to the audience posted.",
    "escalate": "Escalated: the DSL and the head have been alerted, and a draft case opened.",
    "keep": "Marked as needing no reply.",
    "seen": "Alert marked as seen.",
}


@login_required
def strikes(request: HttpRequest, slug: str) -> HttpResponse:
    school = access.moderated_school(request, slug)
    return render(request, "moderation/strikes.html", {
        "org": school,
        "strikes": Strike.objects.filter(school=school).select_related("comment", "upheld_by")
        .order_by("-at")[:300],
        "blocks": AuthorBlock.objects.filter(school=school).select_related("account"),
    })


@login_required
def rota(request: HttpRequest, slug: str) -> HttpResponse:
    school = access.moderated_school(request, slug)
    form = RotaForm(request.POST or None, school=school)
    if request.method == "POST" and form.is_valid():
        form.save()
        messages.success(request, "Rota saved.")
        return redirect("moderation-rota", slug=slug)
    entries = RotaEntry.objects.filter(school=school).select_related("person")
    days: dict[str, list[Any]] = {name: [] for _, name in WEEKDAYS}
    for entry in entries:
        days[entry.get_weekday_display()].append(entry.person)
    return render(request, "moderation/rota.html", {"org": school, "form": form, "days": days})


@login_required
def import_upload(request: HttpRequest, slug: str) -> HttpResponse:
    school = access.moderated_school(request, slug)
    form = ImportForm(request.POST or None, request.FILES or None,
                      accounts=Account.objects.filter(organisation=school))
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        parsed = parse_export(upload.name, upload.read())
        if not parsed.rows:
            form.add_error("file", parsed.errors[0] if parsed.errors else "No comments found.")
        else:
            batch = ImportBatch.objects.create(
                account=form.cleaned_data["account"], uploaded_by=user_or_none(request.user),
                filename=upload.name[:200], rows=parsed.rows,
            )
            return render(request, "moderation/import_preview.html", {
                "org": school, "batch": batch, "preview": parsed.rows[:10],
                "errors": parsed.errors,
            })
    return render(request, "moderation/import.html", {"org": school, "form": form})


@login_required
@require_POST
def import_confirm(request: HttpRequest, slug: str, pk: int) -> HttpResponse:
    school = access.moderated_school(request, slug)
    batch = get_object_or_404(ImportBatch, pk=pk, account__organisation=school,
                              uploaded_by=request.user)
    with transaction.atomic():
        if batch.job is None:
            batch.job = enqueue("moderation.import", batch_id=batch.pk, started_by=request.user.pk)
            batch.save(update_fields=["job"])
    return render(request, "moderation/import_progress.html", {"org": school, "batch": batch,
                                                               "job": batch.job})


def open_alerts(school: Organisation) -> int:
    """For dashboards: safeguarding and threat alerts not yet seen."""
    return Comment.objects.filter(account__organisation=school, alert_open=True).count()


__all__ = ["CommentState", "open_alerts"]
