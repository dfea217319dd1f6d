"""ui/changes.py: what changed, and the one change hub that pages subscribe to (issue 21 point 1)."""

from __future__ import annotations

import shiboken6
from PySide6.QtWidgets import QWidget

from samverkan_desktop.ui import operations
from samverkan_desktop.ui.changes import Changes, change_hub, notify, subscribe


def test_one_hub_per_application_and_operations_hands_out_the_same(qapp):
    assert change_hub() is change_hub() and change_hub().parent() is qapp
    assert operations.Changes is Changes and operations.notify is notify and operations.subscribe is subscribe


def test_what_a_change_touches_and_that_the_initiator_takes_no_part_in_comparing():
    changed = Changes.meeting(7, 3, initiator=object())
    assert changed == Changes.meeting(7, 3)
    assert changed.cases and changed.follow_up and not changed.register
    assert changed.touches_meeting(7) and not changed.touches_meeting(None) and not changed.touches_meeting(8)
    assert Changes.group(3, tree=True).group_tree and Changes.group(3).touches_group(3)
    assert not Changes.meeting(7, cases=False).cases and not Changes.meeting(7).groups


def test_a_subscription_ends_with_its_receiver(qtbot):
    receiver = QWidget()
    heard: list[Changes] = []
    subscribe(receiver, heard.append)
    notify(Changes(register=True))
    receiver.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(receiver))
    notify(Changes(register=True))
    assert heard == [Changes(register=True)]
