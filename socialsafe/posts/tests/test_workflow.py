# mypy: disable-error-code="arg-type, misc"
"""Submitting, approving and recording posts (SPEC C1, C3, C4)."""

from __future__ import annotations

from django.core import mail
from django.test import override_settings

from socialsafe.accounts.testing import with_test_vault
from socialsafe.audit.log import verify
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.posts.models import Decision, Post, PostStatus
from socialsafe.posts.tests.base import PostsTestCase
from socialsafe.posts.workflow import WorkflowError, decide, mark_published_by_hand, submit


@with_test_vault()
@override_settings(TASKS_RUN_INLINE=False, CELERY_BROKER_URL="")
class SubmittingTests(PostsTestCase):
    def test_a_post_naming_a_pupil_without_consent_is_blocked_and_stays_a_draft(self) -> None:
        post = self.draft("Well done Ava Thompson on winning the egg and spoon race!")
        with self.assertRaisesMessage(WorkflowError, "blocks"):
            submit(post, self.staff)
        post.refresh_from_db()
        assert post.status == PostStatus.DRAFT
        assert post.check_result["verdict"] == "blocked"
        finding = post.check_result["findings"][0]
        assert finding["category"] == "pupil_no_consent"
        assert post.text[finding["start"] : finding["end"]] == "Ava Thompson"

    def test_a_clean_post_by_someone_delegated_to_post_needs_no_approval(self) -> None:
        post = submit(self.draft("Sports day is on Friday. Bring a water bottle!"), self.staff)
        assert post.status == PostStatus.APPROVED
        assert post.approval_reasons == []
        assert post.versions.get().check_result["verdict"] == post.verdict

    def test_a_post_marked_sensitive_waits_and_approvers_are_emailed(self) -> None:
        post = submit(self.draft("Sports day is on Friday.", sensitive=True), self.staff)
        assert post.status == PostStatus.PENDING
        assert post.approval_reasons == ["You marked it as sensitive."]
        assert len(mail.outbox) == 0  # only after commit
        with self.captureOnCommitCallbacks(execute=True):
            submit(self.draft("Choir concert tonight.", sensitive=True), self.staff)
        (message,) = mail.outbox
        assert set(message.to) == {"head@example.org", "slt@example.org"}

    def test_an_author_not_delegated_to_post_needs_approval(self) -> None:
        from socialsafe.accounts.choices import Capacity
        from socialsafe.accounts.models import AccountMember
        from socialsafe.accounts.testing import member

        AccountMember.objects.create(
            account=self.account,
            capacity=Capacity.POSTER,
            person=member(self.governor, self.school),
        )
        post = submit(self.draft("Sports day is on Friday.", author=self.governor), self.governor)
        assert post.status == PostStatus.PENDING
        assert "not delegated" in post.approval_reasons[0]

    def test_a_tagged_pupil_without_photo_consent_blocks(self) -> None:
        post = self.draft("Sports day photos!")
        self.image_of(post, self.pupil("A1"), alt="Children racing")
        with self.assertRaises(WorkflowError):
            submit(post, self.staff)
        post.refresh_from_db()
        (finding,) = post.check_result["findings"]
        assert finding["severity"] == "block"
        assert "Ava Thompson has no photo consent" in finding["message"]

    def test_a_tagged_pupil_on_the_do_not_publish_list_blocks_despite_consent(self) -> None:
        post = self.draft("Sports day photos!")
        self.image_of(post, self.pupil("C3"), self.pupil("B2"), alt="Children racing")
        with self.assertRaises(WorkflowError):
            submit(post, self.staff)
        post.refresh_from_db()
        messages = [f["message"] for f in post.check_result["findings"]]
        assert messages == ["Image 1: Chloe Evans is on the list of pupils never to be published."]

    def test_missing_alt_text_is_flagged_as_advice(self) -> None:
        post = self.draft("Sports day photos!")
        self.image_of(post, alt="")
        post = submit(post, self.staff)
        (finding,) = post.check_result["findings"]
        assert (finding["category"], finding["severity"]) == ("alt_text", "advice")


@with_test_vault()
@override_settings(TASKS_RUN_INLINE=False, CELERY_BROKER_URL="")
class ApprovalTests(PostsTestCase):
    def pending(self, text: str = "Sports day is on Friday.") -> Post:
        return submit(self.draft(text, sensitive=True), self.staff)

    def test_approval_records_the_approver_and_queues_publication(self) -> None:
        from socialsafe.jobs.models import Job

        post = decide(self.pending(), self.head, Decision.APPROVE, "")
        assert post.status == PostStatus.APPROVED
        assert post.approver == self.head
        assert Job.objects.filter(name="posts.publish", kwargs={"post_id": post.pk}).exists()
        assert AuditEvent.objects.filter(kind=EventKind.POST_APPROVED).count() == 1

    def test_changes_requested_and_rejection_need_a_comment_and_tell_the_author(self) -> None:
        post = self.pending()
        with self.assertRaisesMessage(WorkflowError, "Say what should change"):
            decide(post, self.head, Decision.REQUEST_CHANGES, " ")
        with self.captureOnCommitCallbacks(execute=True):
            post = decide(
                post,
                self.head,
                Decision.REQUEST_CHANGES,
                "Add the start time",
            )
        assert post.status == PostStatus.CHANGES_REQUESTED
        assert mail.outbox[-1].to == ["staff@example.org"]
        assert "Add the start time" in mail.outbox[-1].body
        post = submit(post, self.staff)
        assert post.version == 2
        post = decide(post, self.slt, Decision.REJECT, "Not now")
        assert post.status == PostStatus.REJECTED
        assert [r.decision for r in post.reviews.all()] == ["changes", "reject"]

    def test_a_post_that_is_blocked_now_cannot_be_approved(self) -> None:
        post = self.pending()
        self.image_of(post, self.pupil("A1"), alt="Race")
        with self.assertRaisesMessage(WorkflowError, "cannot be approved"):
            decide(post, self.head, Decision.APPROVE, "")
        post.refresh_from_db()
        assert post.status == PostStatus.PENDING

    def test_nobody_approves_their_own_post(self) -> None:
        post = submit(self.draft("Sports day.", author=self.head, sensitive=True), self.head)
        with self.assertRaisesMessage(WorkflowError, "own post"):
            decide(post, self.head, Decision.APPROVE, "")

    def test_marking_published_by_hand_keeps_the_whole_record_in_the_audit_chain(self) -> None:
        post = decide(self.pending(), self.head, Decision.APPROVE, "Fine")
        with self.assertRaisesMessage(WorkflowError, "web address"):
            mark_published_by_hand(post, self.staff, "not a url")
        post = mark_published_by_hand(post, self.staff, "https://mastodon.example/@s/1")
        assert post.status == PostStatus.PUBLISHED and post.published_by_hand
        event = AuditEvent.objects.get(kind=EventKind.POST_PUBLISHED)
        assert event.data["author"] == "staff"
        assert event.data["approver"] == "head"
        assert event.data["verdict"] == "ok"
        assert event.data["by_hand"] is True
        assert event.data["url"] == "https://mastodon.example/@s/1"
        assert verify() == []


class NoPackTests(PostsTestCase):
    def test_without_a_pack_in_force_every_post_goes_to_an_approver(self) -> None:
        from socialsafe.posts.checking import check_draft

        self.school.pack_slug = "no-such-pack"
        self.school.save()
        checked = check_draft(self.school, "Sports day is on Friday.")
        assert checked.verdict == "needs_approval"
        assert "no policy pack in force" in checked.findings[0].message


@with_test_vault()
@override_settings(TASKS_RUN_INLINE=False, CELERY_BROKER_URL="")
class WithdrawTests(PostsTestCase):
    def test_an_approved_scheduled_post_can_be_withdrawn_and_its_job_then_does_nothing(
        self,
    ) -> None:
        from datetime import timedelta

        from django.utils import timezone

        from socialsafe.jobs.models import Job
        from socialsafe.posts.publishing import publish_post
        from socialsafe.posts.workflow import withdraw

        post = self.draft("INSET day on Monday.", scheduled_at=timezone.now() + timedelta(days=1))
        post = submit(post, self.staff)
        assert post.status == PostStatus.APPROVED and Job.objects.count() == 1
        post = withdraw(post, self.staff)
        assert post.status == PostStatus.DRAFT and post.is_editable
        publish_post(post.pk)  # the queued job runs later: nothing is sent
        post.refresh_from_db()
        assert post.status == PostStatus.DRAFT and post.publish_attempts == 0
        assert AuditEvent.objects.get(kind=EventKind.POST_WITHDRAWN).data["was"] == "approved"
        with self.assertRaisesMessage(WorkflowError, "can be withdrawn"):
            withdraw(post, self.staff)
