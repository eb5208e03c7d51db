from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from socialsafe.policy.loader import BUNDLED_DIR

WritePack = Callable[[str, str], Path]


@pytest.fixture
def write_pack(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> WritePack:
    """Write `slug.yaml` into a pack folder the loader searches after the bundled one."""
    monkeypatch.setenv("POLICY_PACK_DIRS", str(tmp_path))

    def write(slug: str, text: str) -> Path:
        path = tmp_path / f"{slug}.yaml"
        path.write_text(text, encoding="utf-8")
        return path

    return write


@pytest.fixture
def crossflatts_text() -> str:
    return (BUNDLED_DIR / "crossflatts.yaml").read_text(encoding="utf-8")


def line_of(text: str, needle: str) -> int:
    """1-based line number of the first line containing `needle`."""
    return next(i for i, line in enumerate(text.splitlines(), 1) if needle in line)
