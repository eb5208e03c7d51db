"""A worker killed with SIGKILL mid-batch loses nothing and duplicates nothing
(issue 6; RELIABILITY WH-07), against the real RabbitMQ and Redis on this machine.

Real Celery worker processes share a file SQLite database with the seeding process. 10,000
comments are queued for classification; once a worker is part-way through a batch it is
SIGKILLed and restarted. Every comment must end classified exactly once (one
`classified` history line each) and every job done."""

from __future__ import annotations

import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PYTHON = sys.executable
CELERY = str(Path(PYTHON).with_name("celery"))
COMMENTS = 10_000
DEADLINE_SECONDS = 300
BROKERS = {
    "rabbitmq": ("amqp://guest:guest@127.0.0.1:5672//", 5672),
    "redis": ("redis://127.0.0.1:6379/15", 6379),
}


def port_open(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), 2).close()
    except OSError:
        return False
    return True


@pytest.fixture(scope="module")
def migrated_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("broker") / "template.sqlite3"
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{path}"}
    subprocess.run([PYTHON, "manage.py", "migrate", "-v0"], cwd=ROOT, env=env, check=True,
                   timeout=120)
    return path


class Run:
    """One broker run: its database copy, environment and worker processes."""

    def __init__(self, tmp: Path, template: Path, broker_url: str) -> None:
        self.db = tmp / "run.sqlite3"
        self.db.write_bytes(template.read_bytes())
        self.queue = f"fault-{uuid.uuid4().hex[:8]}"
        self.env = {
            **os.environ, "DATABASE_URL": f"sqlite:///{self.db}",
            "CELERY_BROKER_URL": broker_url, "CELERY_QUEUE": self.queue,
            "TASKS_RUN_INLINE": "0", "JOBS_LEASE_SECONDS": "15",
            "CELERY_VISIBILITY_TIMEOUT": "10",
            "EMAIL_BACKEND": "django.core.mail.backends.dummy.EmailBackend",
            "DJANGO_SETTINGS_MODULE": "socialsafe.settings",
        }
        self.workers: dict[str, subprocess.Popen[bytes]] = {}
        self.logs = tmp

    def start_worker(self, name: str) -> None:
        log = open(self.logs / f"{name}-{time.monotonic_ns()}.log", "wb")  # noqa: SIM115
        self.workers[name] = subprocess.Popen(
            [CELERY, "-A", "socialsafe.celery", "worker", "--pool", "solo", "-Q", self.queue,
             "-n", f"{name}-{self.queue}@%h", "--without-gossip", "--without-mingle",
             "--without-heartbeat", "-l", "WARNING"],
            cwd=ROOT, env=self.env, stdout=log, stderr=subprocess.STDOUT,
        )

    def seed(self) -> None:
        subprocess.run([PYTHON, "-m", "socialsafe.moderation.tests.broker_harness", "seed",
                        str(COMMENTS)], cwd=ROOT, env=self.env, check=True, timeout=180)

    def query(self, sql: str) -> int:
        with sqlite3.connect(self.db, timeout=30) as db:
            value = db.execute(sql).fetchone()[0]
        return int(value or 0)

    def stop(self) -> None:
        for process in self.workers.values():
            if process.poll() is None:
                process.terminate()
        for process in self.workers.values():
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                process.kill()


def wait_for(run: Run, condition: Callable[[], bool], what: str) -> None:
    """Poll until `condition` holds; stop at once if a job has failed or time is up."""
    end = time.monotonic() + DEADLINE_SECONDS
    while time.monotonic() < end:
        if condition():
            return
        if run.query("SELECT count(*) FROM jobs_job WHERE attempts >= 3"):
            with sqlite3.connect(run.db) as db:
                error = db.execute("SELECT last_error FROM jobs_job WHERE attempts >= 3").fetchone()
            raise AssertionError(f"a job keeps failing while waiting for {what}: {error}")
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")


@pytest.fixture
def run(request: pytest.FixtureRequest, tmp_path: Path, migrated_db: Path) -> Iterator[Run]:
    broker_url, port = BROKERS[request.param]
    if not port_open(port):
        pytest.skip(f"{request.param} is not answering on 127.0.0.1:{port}")
    current = Run(tmp_path, migrated_db, broker_url)
    try:
        yield current
    finally:
        current.stop()
        _delete_queue(broker_url, current.queue)


def _delete_queue(broker_url: str, queue: str) -> None:
    """Best-effort tidy-up of the run's uniquely named queue."""
    from socialsafe.celery import app

    try:
        with app.connection_for_write(broker_url) as conn:
            conn.default_channel.queue_delete(queue)
    except Exception:
        pass


@pytest.mark.broker
@pytest.mark.slow
@pytest.mark.parametrize("run", list(BROKERS), indirect=True)
def test_a_sigkilled_worker_loses_nothing_and_duplicates_nothing(run: Run) -> None:
    run.start_worker("w1")
    run.start_worker("w2")
    run.seed()
    jobs = run.query("SELECT count(*) FROM jobs_job WHERE name = 'moderation.classify'")
    assert jobs == COMMENTS // 50

    def w1_mid_batch() -> bool:
        classified = run.query(
            "SELECT count(*) FROM moderation_comment WHERE classified_at IS NOT NULL")
        return classified >= COMMENTS // 5 and run.query(
            "SELECT count(*) FROM jobs_job WHERE state = 'running' AND worker LIKE 'celery:w1-%'"
        ) > 0

    wait_for(run, w1_mid_batch, "worker w1 to be part-way through a batch")
    killed_job = run.query("SELECT max(id) FROM jobs_job WHERE state = 'running' "
                           "AND worker LIKE 'celery:w1-%'")
    os.kill(run.workers["w1"].pid, signal.SIGKILL)
    run.workers["w1"].wait(timeout=10)
    run.start_worker("w1")

    wait_for(run, lambda: run.query("SELECT count(*) FROM jobs_job WHERE state != 'done'") == 0,
             "every job to finish")

    assert run.query("SELECT count(*) FROM moderation_comment "
                     "WHERE classified_at IS NULL") == 0
    assert run.query("SELECT count(*) FROM moderation_commenthistory "
                     "WHERE kind = 'classified'") == COMMENTS
    assert run.query("SELECT max(n) FROM (SELECT count(*) AS n FROM moderation_commenthistory "
                     "WHERE kind = 'classified' GROUP BY comment_id)") == 1
    assert run.query("SELECT count(*) FROM jobs_job WHERE state = 'failed'") == 0
    # The batch the dead worker held was claimed again and completed by a live worker.
    assert run.query(f"SELECT attempts FROM jobs_job WHERE id = {killed_job}") >= 2
