from django.urls import path

from socialsafe.accounts.views import accounts, applications, people, vault

urlpatterns = [
    path("", accounts.account_list, name="accounts-list"),
    path("apply/", applications.apply, name="accounts-apply"),
    path("applications/", applications.application_list, name="accounts-applications"),
    path("applications/<int:pk>/", applications.application_detail, name="accounts-application"),
    path("applications/<int:pk>/decide/", applications.decide, name="accounts-decide"),
    path("applications/<int:pk>/create/", applications.create, name="accounts-create"),
    path("<int:pk>/", accounts.account_detail, name="accounts-detail"),
    path("<int:pk>/edit/", accounts.account_edit, name="accounts-edit"),
    path("<int:pk>/members/", accounts.add_member, name="accounts-add-member"),
    path("<int:pk>/members/<int:member_pk>/end/", accounts.end_member, name="accounts-end-member"),
    path("<int:pk>/review/", accounts.review, name="accounts-review"),
    path("<int:pk>/close/", accounts.close, name="accounts-close"),
    path("<int:pk>/credentials/", vault.store, name="accounts-store-credential"),
    path("<int:pk>/credentials/<slug:kind>/reveal/", vault.reveal, name="accounts-reveal"),
    path("<int:pk>/grants/", vault.grant, name="accounts-grant"),
    path("<int:pk>/grants/<int:grant_pk>/revoke/", vault.revoke, name="accounts-revoke"),
    path("people/", people.people, name="accounts-people"),
    path("people/<int:pk>/leaver/", people.mark_leaver, name="accounts-mark-leaver"),
    path("people/<int:pk>/lost-device/", people.report_lost_device, name="accounts-lost-device"),
    path("lost-devices/<int:pk>/wipe/", people.confirm_wipe, name="accounts-confirm-wipe"),
    path("lost-devices/<int:pk>/restore/", people.restore, name="accounts-restore"),
    path("handovers/<int:pk>/", people.resolve_handover, name="accounts-handover"),
]
