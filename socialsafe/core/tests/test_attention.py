"""The school dashboard warns those who can act: accounts below the pack's minimum
number of runners (SPEC A6) and safeguarding or threat alerts not yet seen (M6)."""

from __future__ import annotations

from django.contrib.auth.models import AbstractUser
from django.urls import reverse

from socialsafe.accounts.testing import make_account
from socialsafe.core.testing import PersonaTestCase
from socialsafe.moderation.choices import Source
from socialsafe.moderation.models import Comment
from socialsafe.people.models import StaffMember


class DashboardAttentionTests(PersonaTestCase):
    def person(self, user: AbstractUser) -> StaffMember:
        return StaffMember.objects.get(user_id=user.pk, organisation=self.school)

    def dashboard(self, user: AbstractUser) -> str:
        self.login(user)
        response = self.client.get(reverse("org-dashboard", args=[self.school.slug]))
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_it_warns_leaders_of_an_account_with_too_few_runners(self) -> None:
        make_account(self.school, owners=[self.person(self.media_lead)])
        page = self.dashboard(self.head)
        self.assertIn("Needs attention", page)
        self.assertIn("1 runner(s); the policy asks for at least 2", page)

    def test_it_stays_quiet_when_every_account_has_enough_runners(self) -> None:
        make_account(self.school, owners=[self.person(self.media_lead),
                                          self.person(self.administrator)])
        self.assertNotIn("Needs attention", self.dashboard(self.head))

    def test_staff_without_oversight_are_not_shown_account_warnings(self) -> None:
        make_account(self.school, owners=[self.person(self.media_lead)])
        self.assertNotIn("the policy asks for at least", self.dashboard(self.staff))

    def test_open_safeguarding_alerts_are_counted_for_the_dsl_but_not_for_staff(self) -> None:
        account = make_account(self.school, owners=[self.person(self.media_lead)])
        Comment.objects.create(account=account, platform_id="c1", author_id="u1",
                               text="worried about a child", source=Source.WEBHOOK,
                               labels=["safeguarding"], alert_open=True)
        self.assertIn("1 safeguarding or threat alert not yet seen", self.dashboard(self.dsl))
        self.assertNotIn("alert not yet seen", self.dashboard(self.staff))
