from collections.abc import Iterator

import pytest

from socialsafe.connectors.fakes import FakeBluesky, FakeFacebook, FakeMastodon, FakeX


@pytest.fixture
def mastodon() -> Iterator[FakeMastodon]:
    with FakeMastodon() as fake:
        yield fake


@pytest.fixture
def facebook() -> Iterator[FakeFacebook]:
    with FakeFacebook() as fake:
        yield fake


@pytest.fixture
def x() -> Iterator[FakeX]:
    with FakeX() as fake:
        yield fake


@pytest.fixture
def fake_bluesky() -> Iterator[FakeBluesky]:
    with FakeBluesky() as fake:
        yield fake
