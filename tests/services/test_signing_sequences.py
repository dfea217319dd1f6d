"""Hypothesis over the services: any sequence of edits, sending, approvals (signed, unsigned, with a replaced or a
stranger's key), reopenings, key replacements and receipts (honest, stale, forged) ends, and passes through, with
``verify`` clean: every approved minutes matches its approval and every signature holds. Refusals are domain
errors; nothing else escapes."""

from __future__ import annotations

import dataclasses
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from samverkan_desktop.domain.enums import ApprovalMethod, MinutesStatus
from samverkan_desktop.domain.errors import DomainError
from samverkan_desktop.domain.review_file import Approver, ItemComment, Receipt
from samverkan_desktop.domain.signing import SigningKey
from samverkan_desktop.services import approval, minutes, review, signing, verification

EXAMPLES = int(os.environ.get("SIGNING_EXAMPLES", "20"))

text = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20)
step = st.one_of(
    st.tuples(st.just("edit"), st.integers(0, 2), text),
    st.tuples(st.just("send")),
    st.tuples(st.just("approve"), st.sampled_from(["signed", "unsigned", "old key", "stranger"])),
    st.tuples(st.just("reopen")),
    st.tuples(st.just("replace key")),
    st.tuples(st.just("receipt"), st.booleans(), text,
              st.sampled_from(["honest", "stale", "altered", "stranger", "wrong person"])),
)


class Run:
    def __init__(self, arena) -> None:
        arena.reset()
        self.uow = arena.uow()
        self.held = arena.world.held
        self.meeting = self.held.meeting
        self.anna = self.held.people["Anna Andersson"]
        self.bertil = self.held.people["Bertil Berg"]
        self.items = (self.held.info, self.held.decision, self.held.referred)
        self.key = SigningKey.generate()
        self.old_key: SigningKey | None = None
        signing.register_key(self.uow, self.anna, self.key.public.pem())
        self.stranger = SigningKey.generate()
        signing.register_key(self.uow, self.bertil, self.stranger.public.pem())
        self.seen_hashes = [approval.minutes_state(self.uow, self.meeting).current_hash]

    def receipt(self, approved: bool, comment: str, kind: str) -> Receipt:
        digest = self.seen_hashes[0] if kind == "stale" else approval.minutes_state(self.uow, self.meeting).current_hash
        person = self.bertil if kind == "wrong person" else self.anna
        key = self.stranger if kind in ("stranger", "wrong person") else self.key
        receipt = Receipt(self.meeting, "NOSAM Falkenberg", "2026-09-15", digest,
                          Approver(person, "Anna Andersson", "ordforande"), approved,
                          (ItemComment(1, 1, "Läget i kommunerna", comment),) if comment else (), "",
                          "2026-09-20T08:00:00+00:00").signed_by(key)
        if kind == "altered":
            receipt = dataclasses.replace(receipt, comments=(ItemComment(1, 1, "x", comment + "!"),))
        return receipt

    def do(self, operation: tuple) -> None:
        name, *args = operation
        if name == "edit":
            minutes.save_text(self.uow, self.items[args[0]], args[1], None)
        elif name == "send":
            approval.send_for_approval(self.uow, self.meeting)
        elif name == "approve":
            signer = {"signed": self.key, "unsigned": None, "old key": self.old_key or SigningKey.generate(),
                      "stranger": self.stranger}[args[0]]
            approval.approve(self.uow, self.meeting, self.anna, ApprovalMethod.IN_APP, signer=signer)
        elif name == "reopen":
            approval.reopen(self.uow, self.meeting, "Rättelse")
        elif name == "replace key":
            self.old_key, self.key = self.key, SigningKey.generate()
            signing.register_key(self.uow, self.anna, self.key.public.pem())
        else:
            review.import_receipt(self.uow, self.receipt(*args))
        self.seen_hashes.append(approval.minutes_state(self.uow, self.meeting).current_hash)

    def check(self) -> None:
        assert verification.verify_all(self.uow) == []
        problems = [c.describe() for c in verification.verify_signatures(self.uow) if c.problem]
        assert problems == []
        state = approval.minutes_state(self.uow, self.meeting)
        if state.status is MinutesStatus.APPROVED:
            assert state.valid_approval is not None and state.valid_approval.content_hash == state.current_hash


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                       HealthCheck.too_slow])
@given(operations=st.lists(step, min_size=1, max_size=12))
def test_any_sequence_ends_with_verify_clean(arena, operations) -> None:
    run = Run(arena)
    refused_forgeries = 0
    for operation in operations:
        try:
            run.do(operation)
        except DomainError:
            refused_forgeries += 1
        else:
            forged = (operation[0] == "approve" and operation[1] in ("old key", "stranger")) or (
                operation[0] == "receipt" and operation[3] in ("altered", "stranger", "wrong person"))
            assert not forged, f"{operation} was accepted"
        run.check()
