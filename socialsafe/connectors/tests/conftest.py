from collections.abc import Iterator
from typing import Any

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


@pytest.fixture(scope="session")
def bluesky_network() -> Iterator[dict[str, Any]]:
    """URLs of a real local AT Protocol network (PDS, AppView, PLC, Ozone) for this session."""
    from socialsafe.connectors.tests.bluesky_network import running_network, why_unavailable

    reason = why_unavailable()
    if reason:
        pytest.skip(reason)
    with running_network() as urls:
        yield urls
