"""Start and stop Bluesky's reference network (tools/bluesky/setup.sh installs it) for tests.

The network runs as one Node process that prints a JSON line with its URLs. Each test session
uses a fresh PostgreSQL schema name and drops the schemas the network created when it stops.
"""

from __future__ import annotations

import json
import os
import random
import signal
import socket
import string
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[3]
NETWORK_DIR = Path(os.environ.get("BLUESKY_NETWORK_DIR", REPO / ".bluesky-network"))
POSTGRES_URL = os.environ.get(
    "BLUESKY_POSTGRES_URL", "postgresql://postgres@127.0.0.1:5432/postgres"
)
STARTUP_SECONDS = 120


def why_unavailable() -> str | None:
    """None when the network can start here, else the reason it cannot."""
    if not (NETWORK_DIR / "node").exists() or not (NETWORK_DIR / "node_modules").is_dir():
        return f"no Bluesky network installed in {NETWORK_DIR} (run `make bluesky-network`)"
    for name, port in (("PostgreSQL", 5432), ("Redis", 6379)):
        try:
            socket.create_connection(("127.0.0.1", port), 2).close()
        except OSError:
            return f"{name} is not answering on 127.0.0.1:{port}"
    return None


def _drop_schemas(schema: str) -> None:
    import psycopg

    with psycopg.connect(POSTGRES_URL, autocommit=True) as db:
        rows = db.execute(
            "select schema_name from information_schema.schemata where schema_name like %s",
            (f"%\\_{schema}",),
        ).fetchall()
        for (name,) in rows:
            db.execute(f'drop schema "{name}" cascade')


@contextmanager
def running_network() -> Iterator[dict[str, Any]]:
    schema = "sstest_" + "".join(random.choices(string.ascii_lowercase, k=10))
    env = {**os.environ, "SCHEMA": schema, "DB_POSTGRES_URL": POSTGRES_URL}
    process = subprocess.Popen(
        [str(NETWORK_DIR / "node"), str(NETWORK_DIR / "network.js")],
        cwd=NETWORK_DIR,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        line: list[str] = []
        reader = threading.Thread(target=lambda: line.append(process.stdout.readline()))  # type: ignore[union-attr]
        reader.start()
        reader.join(STARTUP_SECONDS)
        if not line or not line[0].strip():
            raise RuntimeError(f"the Bluesky network did not start (exit {process.poll()})")
        yield json.loads(line[0])
    finally:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        _drop_schemas(schema)
