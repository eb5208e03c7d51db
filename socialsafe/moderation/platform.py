"""The bridge from an official account to its platform connector (socialsafe.connectors).

The token comes from the credential vault, read as a system use with the purpose
"moderation" (audited there). Tests replace `connector_for` with a recording fake."""

from __future__ import annotations

from urllib.parse import urlsplit

from socialsafe.accounts.models import Account
from socialsafe.connectors.base import Connector, get_connector, has_connector

NO_CONNECTOR_PLATFORMS = ("instagram",)  # moderated through the Facebook Graph API page


def has_platform_connector(account: Account) -> bool:
    return has_connector(account.platform)


def connector_for(account: Account) -> Connector:
    from socialsafe.accounts.vault import read_secret

    token = read_secret(account, "api_token", purpose="moderation")
    return get_connector(
        account.platform, base_url=server_of(account), token=token, account_ref=account.handle
    )


def server_of(account: Account) -> str | None:
    """Mastodon and Bluesky accounts live on a server named by the account's URL."""
    if account.platform in ("mastodon", "bluesky") and account.url:
        parts = urlsplit(account.url)
        return f"{parts.scheme}://{parts.netloc}"
    return None
