# mypy: disable-error-code="arg-type, misc"
"""Publishing through the connector with retries (SPEC C4): a platform's 429 and 5xx answers
are retried by the task layer, a 4xx stops and is reported to the author."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta

from django.core import mail
from django.test import override_settings
from django.utils import timezone

from socialsafe.accounts.testing import with_test_vault
from socialsafe.audit.models import AuditEvent, EventKind
from socialsafe.connectors.fakes import FakeMastodon
from socialsafe.jobs.models import Job, JobState
from socialsafe.jobs.queue import run_job
from socialsafe.posts.models import Decision, Post, PostStatus
from socialsafe.posts.publishing import MAX_ATTEMPTS
from socialsafe.posts.tests.base import PostsTestCase
from socialsafe.posts.workflow import decide, submit


@with_test_vault()
@override_settings(TASKS_RUN_INLINE=True, CELERY_BROKER_URL="")
class PublishingTests(PostsTestCase):
    @contextmanager
    def mastodon(self) -> Iterator[FakeMastodon]:
        with FakeMastodon(token="mastodon-token") as fake:
            self.connect(fake.base_url, "mastodon-token")
            yield fake

    def approve(self, text: str = "Sports day is on Friday.") -> Post:
        with self.captureOnCommitCallbacks(execute=True):
            post = submit(self.draft(text, sensitive=True), self.staff)
            post = decide(post, self.head, Decision.APPROVE, "")
        post.refresh_from_db()
        return post

    def run_again(self, post: Post) -> None:
        """Run the queued retry now instead of after its back-off."""
        job = Job.objects.get(name="posts.publish", kwargs={"post_id": post.pk})
        assert job.state == JobState.QUEUED, job.last_error
        Job.objects.filter(pk=job.pk).update(run_after=timezone.now())
        run_job(job.pk)
        post.refresh_from_db()

    def test_an_approved_post_is_published_and_recorded(self) -> None:
        with self.mastodon() as fake:
            post = self.approve()
        assert post.status == PostStatus.PUBLISHED
        status = fake.statuses[post.platform_id]
        # Crossflatts credits posts to the person who wrote them (CF "Behaviour").
        assert status["content"] == "<p>Sports day is on Friday.\n\n— Staff</p>"
        assert post.published_url == status["url"]
        assert fake.requests_to("POST", "/api/v1/statuses")[0].headers["idempotency-key"] == (
            f"socialsafe-post-{post.pk}-v1"
        )
        event = AuditEvent.objects.get(kind=EventKind.POST_PUBLISHED)
        assert (event.data["author"], event.data["approver"]) == ("staff", "head")
        assert AuditEvent.objects.filter(kind=EventKind.CREDENTIAL_USED).exists()
        assert "Your post to Test School published" in [m.subject for m in mail.outbox]

    def test_a_429_is_retried_after_the_platforms_wait_then_published(self) -> None:
        with self.mastodon() as fake:
            fake.fail_next(429, path_contains="/statuses")
            post = self.approve()
            assert post.status == PostStatus.APPROVED
            assert "rate limited" in post.last_error
            job = Job.objects.get(name="posts.publish")
            assert job.run_after >= timezone.now() + timedelta(seconds=20)  # Mastodon said 30 s
            self.run_again(post)
        assert post.status == PostStatus.PUBLISHED
        assert len(fake.statuses) == 1

    def test_server_errors_are_retried_with_back_off(self) -> None:
        with self.mastodon() as fake:
            fake.fail_next(503, times=2, path_contains="/statuses")
            post = self.approve()
            self.run_again(post)
            assert post.status == PostStatus.APPROVED
            self.run_again(post)
        assert post.status == PostStatus.PUBLISHED
        assert post.publish_attempts == 3

    def test_a_refusal_stops_at_once_and_the_author_is_told_why(self) -> None:
        with self.mastodon():
            post = self.approve("x" * 600)  # longer than Mastodon's 500 characters
        assert post.status == PostStatus.FAILED
        assert "character limit of 500" in post.last_error
        assert post.publish_attempts == 1
        (told,) = [m for m in mail.outbox if "could not be published" in m.subject]
        assert told.to == ["staff@example.org"]
        assert "character limit of 500" in told.body
        assert AuditEvent.objects.filter(kind=EventKind.POST_PUBLISH_FAILED).count() == 1
        assert Job.objects.get(name="posts.publish").state == JobState.DONE

    def test_it_gives_up_after_the_last_attempt_and_tells_the_author(self) -> None:
        with self.mastodon() as fake:
            fake.fail_next(500, times=MAX_ATTEMPTS, path_contains="/statuses")
            post = self.approve()
            for _ in range(MAX_ATTEMPTS - 1):
                self.run_again(post)
        assert post.status == PostStatus.FAILED
        assert post.last_error.startswith(f"gave up after {MAX_ATTEMPTS} attempts")
        assert fake.statuses == {}

    def test_an_account_without_a_connection_asks_for_publication_by_hand(self) -> None:
        post = self.approve()
        assert post.status == PostStatus.FAILED
        assert "not connected" in post.last_error

    def test_a_scheduled_post_waits_for_its_time(self) -> None:
        with self.mastodon() as fake:
            with self.captureOnCommitCallbacks(execute=True):
                post = self.draft(
                    "Reminder: INSET day Monday.", scheduled_at=timezone.now() + timedelta(hours=2)
                )
                post = submit(post, self.staff)
            assert fake.statuses == {}
            job = Job.objects.get(name="posts.publish")
            assert job.run_after >= timezone.now() + timedelta(minutes=119)

    def test_a_school_whose_pack_credits_the_school_publishes_without_a_name(self) -> None:
        self.school.pack_slug = "kingsley"
        self.school.save()
        with self.mastodon() as fake:
            post = self.approve()
        assert fake.statuses[post.platform_id]["content"] == "<p>Sports day is on Friday.</p>"

    def test_a_mastodon_account_is_reached_through_the_server_in_its_address(self) -> None:
        from socialsafe.accounts import vault

        with FakeMastodon(token="mastodon-token") as fake:
            self.account.url = f"{fake.base_url}/@testschool"
            self.account.save()
            vault.store_secret(self.head, self.account, "api_token", "mastodon-token")
            post = self.approve()
        assert post.status == PostStatus.PUBLISHED, post.last_error
        assert post.platform_id in fake.statuses
