"""Each connector sends its platform's documented requests and reads its answers."""

import pytest

from socialsafe.connectors.base import Connector, ImageUpload, Operation, Unsupported, get_connector
from socialsafe.connectors.fakes import FakeBluesky, FakeFacebook, FakeMastodon, FakeX
from socialsafe.connectors.mastodon import MastodonConnector

PNG = ImageUpload(b"\x89PNG fake", "image/png", alt_text="Pupils racing", filename="a.png")


class TestMastodon:
    def connector(self, fake: FakeMastodon) -> MastodonConnector:
        return MastodonConnector(base_url=fake.base_url, token=fake.token, account_ref="1")

    def test_images_are_uploaded_with_alt_text_then_attached(self, mastodon: FakeMastodon) -> None:
        ref = self.connector(mastodon).publish("Sports day!", [PNG, PNG])
        status = mastodon.statuses[ref.platform_id]
        assert [m["description"] for m in status["media_attachments"]] == ["Pupils racing"] * 2
        assert ref.url == status["url"]

    def test_a_retried_publish_with_the_same_idempotency_key_posts_once(
        self, mastodon: FakeMastodon
    ) -> None:
        connector = self.connector(mastodon)
        first = connector.publish("Once only", idempotency_key="post-7-v1")
        again = connector.publish("Once only", idempotency_key="post-7-v1")
        assert first == again
        assert len(mastodon.statuses) == 1

    def test_too_long_a_status_is_refused_with_mastodons_reason(
        self, mastodon: FakeMastodon
    ) -> None:
        with pytest.raises(Exception, match="character limit"):
            self.connector(mastodon).publish("x" * 501)

    def test_replies_arrive_once_through_the_notification_cursor(
        self, mastodon: FakeMastodon
    ) -> None:
        connector = self.connector(mastodon)
        post = connector.publish("Sports day!")
        mastodon.add_reply(post.platform_id, "What time does it <b>end</b>?", author="parent1")
        replies, cursor = connector.fetch_replies(None)
        assert [(r.text, r.author_name, r.in_reply_to) for r in replies] == [
            ("What time does it end?", "parent1", post.platform_id)
        ]
        mastodon.add_reply(post.platform_id, "Thanks!", author="parent2")
        newer, _ = connector.fetch_replies(cursor)
        assert [r.text for r in newer] == ["Thanks!"]
        assert [r.text for r in connector.thread_replies(post.platform_id)] == [
            "What time does it end?",
            "Thanks!",
        ]

    def test_reply_block_and_delete(self, mastodon: FakeMastodon) -> None:
        connector = self.connector(mastodon)
        post = connector.publish("Sports day!")
        comment = mastodon.add_reply(post.platform_id, "rude words", author="troll")
        answer = connector.reply(comment["id"], "Please contact the office.")
        assert mastodon.statuses[answer.platform_id]["in_reply_to_id"] == comment["id"]
        connector.block_author(comment["account"]["id"])
        assert comment["account"]["id"] in mastodon.blocked
        connector.delete_post(post.platform_id)
        assert post.platform_id not in mastodon.statuses

    def test_others_replies_cannot_be_hidden_or_deleted(self, mastodon: FakeMastodon) -> None:
        connector = self.connector(mastodon)
        assert not connector.supports(Operation.HIDE_COMMENT)
        with pytest.raises(Unsupported, match="hide comment"):
            connector.hide_comment("5")
        with pytest.raises(Unsupported):
            connector.delete_comment("5")


class TestFacebook:
    def connector(self, fake: FakeFacebook) -> Connector:
        return get_connector(
            "facebook", base_url=fake.base_url, token=fake.token, account_ref=fake.page_id
        )

    def test_one_image_goes_to_photos_with_caption_and_alt_text(
        self, facebook: FakeFacebook
    ) -> None:
        ref = self.connector(facebook).publish("Sports day!", [PNG])
        sent = facebook.requests_to("POST", "/photos")[0]
        assert sent.field("message") == "Sports day!"
        assert sent.field("alt_text_custom") == "Pupils racing"
        assert sent.files["source"][2] == PNG.data
        assert ref.platform_id in facebook.posts
        assert "access_token" not in sent.query  # the token never travels in the URL

    def test_several_images_are_uploaded_unpublished_then_attached(
        self, facebook: FakeFacebook
    ) -> None:
        ref = self.connector(facebook).publish("Sports day!", [PNG, PNG])
        photos = facebook.requests_to("POST", "/photos")
        assert [p.field("published") for p in photos] == ["false", "false"]
        assert len(facebook.posts[ref.platform_id]["attached_media"]) == 2

    def test_comments_hide_delete_reply_block(self, facebook: FakeFacebook) -> None:
        connector = self.connector(facebook)
        post = connector.publish("Sports day!")
        first = facebook.add_comment(post.platform_id, "Lovely!")
        replies, cursor = connector.fetch_replies(None)
        assert [(r.text, r.in_reply_to) for r in replies] == [("Lovely!", post.platform_id)]
        rude = facebook.add_comment(post.platform_id, "rude", author="Troll")
        newer, _ = connector.fetch_replies(cursor)
        assert [r.platform_id for r in newer] in ([rude["id"]], [first["id"], rude["id"]])
        connector.hide_comment(rude["id"])
        assert facebook.comments[rude["id"]]["is_hidden"] is True
        answer = connector.reply(first["id"], "Thank you")
        assert facebook.comments[answer.platform_id]["post_id"] == first["id"]
        connector.block_author(rude["from"]["id"])
        assert rude["from"]["id"] in facebook.blocked
        connector.delete_comment(rude["id"])
        assert rude["id"] not in facebook.comments


class TestX:
    def connector(self, fake: FakeX, tier: str = "basic") -> Connector:
        return get_connector(
            "x", base_url=fake.base_url, token=fake.token, account_ref=fake.user_id, tier=tier
        )

    def test_media_is_uploaded_described_and_attached(self, x: FakeX) -> None:
        ref = self.connector(x).publish("Sports day!", [PNG])
        tweet = x.tweets[ref.platform_id]
        (media_id,) = x.media
        assert tweet["attachments"] == {"media_keys": [f"3_{media_id}"]}
        assert x.media[media_id]["alt"] == "Pupils racing"

    def test_mentions_hide_reply_and_block(self, x: FakeX) -> None:
        connector = self.connector(x)
        post = connector.publish("Sports day!")
        rude = x.add_reply(post.platform_id, "rude", author="troll")
        replies, cursor = connector.fetch_replies(None)
        assert [(r.author_name, r.in_reply_to) for r in replies] == [("troll", post.platform_id)]
        assert connector.fetch_replies(cursor)[0] == []
        connector.hide_comment(rude["id"])
        assert rude["id"] in x.hidden
        connector.block_author(rude["author_id"])
        assert rude["author_id"] in x.blocked
        answer = connector.reply(rude["id"], "Please contact the office.")
        assert x.tweets[answer.platform_id]["referenced_tweets"][0]["id"] == rude["id"]

    def test_the_free_tier_cannot_read_hide_or_block(self, x: FakeX) -> None:
        connector = self.connector(x, tier="free")
        assert connector.publish("hello").platform_id
        for call in (
            lambda: connector.fetch_replies(None),
            lambda: connector.hide_comment("1"),
            lambda: connector.block_author("1"),
        ):
            with pytest.raises(Unsupported):
                call()
        assert x.requests_to("PUT", "/hidden") == []

    def test_others_tweets_cannot_be_deleted(self, x: FakeX) -> None:
        with pytest.raises(Unsupported):
            self.connector(x).delete_comment("1")


class TestBlueskyFake:
    def test_signs_in_once_uploads_blobs_and_embeds_alt_text(
        self, fake_bluesky: FakeBluesky
    ) -> None:
        connector = get_connector(
            "bluesky",
            base_url=fake_bluesky.base_url,
            token=fake_bluesky.token,
            account_ref=fake_bluesky.handle,
        )
        connector.publish("See https://example.org/sports for times", [PNG])
        connector.publish("Second")
        assert fake_bluesky.sessions == 1
        record = next(iter(fake_bluesky.records.values()))
        assert record["embed"]["images"][0]["alt"] == "Pupils racing"
        facet = record["facets"][0]
        text = record["text"].encode()
        link = text[facet["index"]["byteStart"] : facet["index"]["byteEnd"]]
        assert link == b"https://example.org/sports"


def test_bluesky_fake_a_retried_publish_with_the_same_key_posts_once(
    fake_bluesky: FakeBluesky,
) -> None:
    connector = get_connector(
        "bluesky",
        base_url=fake_bluesky.base_url,
        token=fake_bluesky.token,
        account_ref=fake_bluesky.handle,
    )
    first = connector.publish("Hello", idempotency_key="k")
    assert connector.publish("Hello", idempotency_key="k") == first
    assert len(fake_bluesky.records) == 1


def test_mastodon_a_burst_longer_than_a_page_is_read_in_full(mastodon: FakeMastodon) -> None:
    from socialsafe.connectors.mastodon import MastodonConnector

    connector = MastodonConnector(base_url=mastodon.base_url, token=mastodon.token, account_ref="1")
    post = connector.publish("Sports day!")
    mastodon.add_reply(post.platform_id, "first")
    _, cursor = connector.fetch_replies(None)
    for n in range(95):
        mastodon.add_reply(post.platform_id, f"reply {n}")
    replies, cursor = connector.fetch_replies(cursor)
    assert [r.text for r in replies] == [f"reply {n}" for n in range(95)]
    assert connector.fetch_replies(cursor)[0] == []


def test_x_more_mentions_than_a_page_are_all_read(x: FakeX) -> None:
    connector = get_connector("x", base_url=x.base_url, token=x.token, account_ref=x.user_id)
    post = connector.publish("Sports day!")
    for n in range(250):
        x.add_reply(post.platform_id, f"reply {n}")
    replies, cursor = connector.fetch_replies(None)
    assert [r.text for r in replies] == [f"@school reply {n}" for n in range(250)]
    x.add_reply(post.platform_id, "one more")
    assert [r.text for r in connector.fetch_replies(cursor)[0]] == ["@school one more"]


def test_facebook_comments_on_older_posts_are_found_across_feed_pages(
    facebook: FakeFacebook,
) -> None:
    connector = get_connector(
        "facebook", base_url=facebook.base_url, token=facebook.token, account_ref=facebook.page_id
    )
    posts = [connector.publish(f"News {n}") for n in range(60)]
    facebook.add_comment(posts[0].platform_id, "On the oldest post")
    facebook.add_comment(posts[-1].platform_id, "On the newest post")
    replies, _ = connector.fetch_replies(None)
    assert sorted(r.text for r in replies) == ["On the newest post", "On the oldest post"]
    assert len(facebook.requests_to("GET", "/feed")) == 3
