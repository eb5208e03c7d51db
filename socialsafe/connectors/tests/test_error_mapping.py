"""Every connector turns 429, 5xx, 4xx and network failures into the same outcomes."""

from collections.abc import Iterator

import pytest

from socialsafe.connectors.base import (
    Connector,
    PermanentError,
    RateLimited,
    TransientError,
    get_connector,
)
from socialsafe.connectors.fakes import FakeBluesky, FakeFacebook, FakeMastodon, FakeX
from socialsafe.connectors.fakes.server import FakePlatform

Pair = tuple[FakePlatform, Connector]


def _mastodon() -> tuple[FakePlatform, Connector]:
    fake = FakeMastodon()
    fake.start()
    return fake, get_connector(
        "mastodon", base_url=fake.base_url, token=fake.token, account_ref="1"
    )


def _facebook() -> tuple[FakePlatform, Connector]:
    fake = FakeFacebook()
    fake.start()
    return fake, get_connector(
        "facebook", base_url=fake.base_url, token=fake.token, account_ref=fake.page_id
    )


def _x() -> tuple[FakePlatform, Connector]:
    fake = FakeX()
    fake.start()
    return fake, get_connector("x", base_url=fake.base_url, token=fake.token, account_ref="42")


def _bluesky() -> tuple[FakePlatform, Connector]:
    fake = FakeBluesky()
    fake.start()
    return fake, get_connector(
        "bluesky", base_url=fake.base_url, token=fake.token, account_ref=fake.handle
    )


PLATFORMS = {"mastodon": _mastodon, "facebook": _facebook, "x": _x, "bluesky": _bluesky}


@pytest.fixture(params=sorted(PLATFORMS))
def platform(request: pytest.FixtureRequest) -> Iterator[Pair]:
    fake, connector = PLATFORMS[request.param]()
    yield fake, connector
    connector.close()
    fake.stop()


def test_a_plain_post_is_published_and_its_platform_id_returned(platform: Pair) -> None:
    _, connector = platform
    ref = connector.publish("Sports day is on Friday.")
    assert ref.platform_id
    assert ref.url.startswith("http")


def test_429_becomes_rate_limited_with_the_platforms_wait(platform: Pair) -> None:
    fake, connector = platform
    connector.publish("warm up")  # Bluesky signs in first; the fault must hit the post itself
    fake.fail_next(429)
    with pytest.raises(RateLimited) as caught:
        connector.publish("Sports day is on Friday.")
    assert 1 <= caught.value.retry_after <= 61


@pytest.mark.parametrize("status", [500, 502, 503])
def test_server_errors_are_transient(platform: Pair, status: int) -> None:
    fake, connector = platform
    connector.publish("warm up")
    fake.fail_next(status)
    with pytest.raises(TransientError):
        connector.publish("Sports day is on Friday.")
    assert connector.publish("Sports day is on Friday.").platform_id  # and then it works


def test_a_refusal_is_permanent_and_carries_the_platforms_words(platform: Pair) -> None:
    fake, connector = platform
    connector.publish("warm up")
    fake.fail_next(400)
    with pytest.raises(PermanentError) as caught:
        connector.publish("Sports day is on Friday.")
    assert "injected 400" in caught.value.message
    assert caught.value.status == 400


def test_a_wrong_token_is_permanent(platform: Pair) -> None:
    fake, connector = platform
    fake.token = "rotated"
    with pytest.raises(PermanentError):
        connector.publish("Sports day is on Friday.")


def test_an_unreachable_server_is_transient() -> None:
    fake = FakeMastodon()
    fake.start()
    url = fake.base_url
    fake.stop()
    connector = get_connector("mastodon", base_url=url, token="t", account_ref="1")
    with pytest.raises(TransientError):
        connector.publish("hello")


def test_the_token_never_appears_in_the_connectors_repr(platform: Pair) -> None:
    fake, connector = platform
    assert fake.token not in repr(connector)


def test_facebook_throttling_codes_in_a_400_are_rate_limits() -> None:
    with FakeFacebook() as fake:
        connector = get_connector(
            "facebook", base_url=fake.base_url, token=fake.token, account_ref=fake.page_id
        )
        body = {"error": {"message": "(#4) Application request limit reached", "code": 4}}
        fake.fail_next(400, body=body)
        with pytest.raises(RateLimited):
            connector.publish("hello")
        fake.fail_next(400, body={"error": {"message": "busy", "code": 2, "is_transient": True}})
        with pytest.raises(TransientError):
            connector.publish("hello")


def test_an_unknown_platform_has_no_connector() -> None:
    with pytest.raises(KeyError):
        get_connector("tiktok", base_url="http://x", token="t", account_ref="a")
