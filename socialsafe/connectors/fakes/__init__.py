"""Local HTTP servers that speak each platform's documented API shapes, for tests and demos."""

from socialsafe.connectors.fakes.bluesky import FakeBluesky
from socialsafe.connectors.fakes.facebook import FakeFacebook
from socialsafe.connectors.fakes.mastodon import FakeMastodon
from socialsafe.connectors.fakes.server import FakePlatform, FakeRequest
from socialsafe.connectors.fakes.x import FakeX

__all__ = ["FakeBluesky", "FakeFacebook", "FakeMastodon", "FakePlatform", "FakeRequest", "FakeX"]
