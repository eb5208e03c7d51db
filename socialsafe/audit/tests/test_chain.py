"""The hash-chained audit log detects edits and removals (SPEC D3), and
`socialsafe audit verify` reports them with its exit status."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

from django.test import TestCase

from socialsafe.audit.log import record, verify
from socialsafe.audit.models import AuditEvent, ChainHead, EventKind
from socialsafe.cli import main


def run_verify() -> tuple[int, str]:
    out = io.StringIO()
    with redirect_stdout(out):
        status = main(["audit", "verify"])
    return status, out.getvalue()


class ChainTests(TestCase):
    def setUp(self) -> None:
        for n in range(5):
            record(EventKind.ACCOUNT_CHANGED, account=n, note=f"change {n}")

    def test_an_untouched_chain_verifies(self) -> None:
        assert verify() == []
        assert run_verify() == (0, "audit chain intact (5 entries)\n")

    def test_an_edited_entry_is_detected(self) -> None:
        AuditEvent.objects.filter(seq=3).update(data={"account": 3, "note": "innocent"})
        problems = verify()
        assert [(p.seq, p.reason) for p in problems] == [
            (3, "content changed after it was written")
        ]
        status, output = run_verify()
        assert status == 1 and "entry 3: content changed" in output

    def test_an_edit_that_recomputes_its_own_hash_breaks_the_next_link(self) -> None:
        event = AuditEvent.objects.get(seq=2)
        event.actor_name = "someone else"
        event.hash = event.compute_hash()
        AuditEvent.objects.filter(pk=event.pk).update(actor_name=event.actor_name, hash=event.hash)
        assert [p.seq for p in verify()] == [3]

    def test_a_deleted_entry_is_detected(self) -> None:
        AuditEvent.objects.filter(seq=2).delete()
        reasons = {p.reason for p in verify()}
        assert "missing (removed from the log)" in reasons
        assert run_verify()[0] == 1

    def test_removing_the_newest_entries_is_detected(self) -> None:
        AuditEvent.objects.filter(seq__gte=4).delete()
        assert [p.reason for p in verify()] == ["newest entries removed from the log"]

    def test_new_entries_chain_on_after_verification(self) -> None:
        record(EventKind.KEYS_ROTATED, primary="k2", reencrypted=0)
        assert verify() == [] and ChainHead.objects.get().count == 6
