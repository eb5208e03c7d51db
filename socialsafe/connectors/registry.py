"""Which connector class serves which platform name, and each platform's public API root."""

from __future__ import annotations

from socialsafe.connectors.base import Connector
from socialsafe.connectors.bluesky import BlueskyConnector
from socialsafe.connectors.facebook import FacebookConnector
from socialsafe.connectors.mastodon import MastodonConnector
from socialsafe.connectors.x import XConnector

CONNECTORS: dict[str, type[Connector]] = {
    "facebook": FacebookConnector,
    "x": XConnector,
    "twitter": XConnector,
    "mastodon": MastodonConnector,
    "bluesky": BlueskyConnector,
}

DEFAULT_BASE_URLS: dict[str, str] = {
    "facebook": "https://graph.facebook.com/v21.0",
    "x": "https://api.x.com",
    "twitter": "https://api.x.com",
    "bluesky": "https://bsky.social",
    # Mastodon has no default: every account lives on its own instance.
}
