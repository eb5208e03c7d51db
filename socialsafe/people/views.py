"""Dashboards, the staff and pupil registers, and the CSV import pages (SPEC R1, R2, P6).

Every view first narrows to the user's scope (`get_org_for_user`, 404 outside it), then
asks `people.access` whether their role may see or do this (404 when not)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from socialsafe.core.attention import attention_for
from socialsafe.people import access, importing
from socialsafe.people.dashboards import group_context, school_context
from socialsafe.people.models import Organisation, Pupil, StaffMember
from socialsafe.people.scope import get_org_for_user

IMPORT_KINDS = {"roster": "pupil roster", "staff": "staff list"}
MAX_UPLOAD_BYTES = 2 * 1024 * 1024
PREVIEW_ROWS = 10


@login_required
def dashboard(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_org_for_user(request.user, slug)
    if org.is_school:
        context = school_context(request.user, org) | attention_for(request.user, org)
        return render(request, "people/dashboard.html", context)
    return render(request, "people/group_dashboard.html", group_context(request.user, org))


@login_required
def staff_register(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_org_for_user(request.user, slug)
    access.require(access.may_see_staff(request.user, org))
    staff = StaffMember.objects.filter(organisation=org)
    return render(request, "people/staff_register.html", {
        "org": org,
        "current": staff.current().select_related("user"),
        "leavers": staff.filter(left_on__isnull=False).order_by("-left_on", "full_name"),
        "may_import": access.may_manage_people(request.user, org),
    })


@login_required
def pupil_register(request: HttpRequest, slug: str) -> HttpResponse:
    org = get_org_for_user(request.user, slug)
    access.require(access.may_see_pupils(request.user, org))
    pupils = sorted(Pupil.objects.filter(school=org), key=_year_order)
    return render(request, "people/pupil_register.html", {
        "org": org,
        "pupils": pupils,
        "do_not_publish": [p for p in pupils if p.do_not_publish],
        "may_import": access.may_manage_people(request.user, org),
    })


def _year_order(pupil: Pupil) -> tuple[int, str, str]:
    year = {"N": -1, "R": 0}.get(pupil.year_group)
    return (year if year is not None else int(pupil.year_group or 99),
            pupil.legal_surname, pupil.legal_forename)


def _import_org(request: HttpRequest, slug: str, kind: str) -> Organisation:
    org = get_org_for_user(request.user, slug)
    access.require(kind in IMPORT_KINDS and access.may_manage_people(request.user, org))
    access.require(kind == "staff" or org.is_school)
    return org


def _session_key(org: Organisation, kind: str) -> str:
    return f"people-import:{kind}:{org.pk}"


@login_required
def import_upload(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    """GET: the upload form. POST: parse the file and show what would change, or every
    bad line; nothing is written until the confirm step."""
    org = _import_org(request, slug, kind)
    context = {"org": org, "kind": kind, "kind_label": IMPORT_KINDS[kind]}
    if request.method != "POST":
        return render(request, "people/import_form.html", context)
    text, problem = _uploaded_text(request)
    if problem:
        return render(request, "people/import_form.html", {**context, "errors": [problem]},
                      status=400)
    try:
        plan = importing.plan_roster(org, text) if kind == "roster" else importing.plan_staff(
            org, text)
    except importing.CSVRejected as exc:
        return render(request, "people/import_form.html",
                      {**context, "errors": [str(e) for e in exc.errors]}, status=400)
    request.session[_session_key(org, kind)] = text
    return render(request, "people/import_preview.html", {
        **context, "plan": plan, "counts": plan.counts(), "first_rows": plan.rows[:PREVIEW_ROWS],
    })


def _uploaded_text(request: HttpRequest) -> tuple[str, str]:
    upload = request.FILES.get("file")
    if upload is None:
        return "", "Choose a CSV file to upload."
    if upload.size is not None and upload.size > MAX_UPLOAD_BYTES:
        return "", "The file is larger than 2 MB; is it the right export?"
    try:
        return upload.read().decode("utf-8-sig"), ""
    except UnicodeDecodeError:
        return "", "The file is not UTF-8 text. Save it from your spreadsheet as 'CSV UTF-8'."


@login_required
@require_POST
def import_confirm(request: HttpRequest, slug: str, kind: str) -> HttpResponse:
    """Commit the previewed file: re-planned against the register as it is now, and only
    if it is the file the user previewed (its SHA-256 travels with the form)."""
    org = _import_org(request, slug, kind)
    text = request.session.get(_session_key(org, kind))
    if text is None or importing.digest(text) != request.POST.get("sha256"):
        messages.error(request, "That preview has expired. Upload the file again.")
        return redirect("people-import", slug=org.slug, kind=kind)
    try:
        if kind == "roster":
            importing.apply_roster(org, importing.plan_roster(org, text), request.user)
        else:
            importing.apply_staff(org, importing.plan_staff(org, text), request.user)
    except importing.CSVRejected:  # cannot happen for a previewed file, but never half-apply
        messages.error(request, "The file no longer passes its checks. Upload it again.")
        return redirect("people-import", slug=org.slug, kind=kind)
    if not request.user.is_active or not StaffMember.objects.current().filter(
        user_id=request.user.pk
    ).exists():
        logout(request)  # the import made the uploader a leaver: their sign-in ends now
        return redirect("login")
    del request.session[_session_key(org, kind)]
    messages.success(request, f"The {IMPORT_KINDS[kind]} has been imported.")
    return redirect("pupil-register" if kind == "roster" else "staff-register", slug=org.slug)
