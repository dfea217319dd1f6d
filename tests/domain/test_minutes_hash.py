"""The canonical form of the minutes and its hash: stable across machines and editors, sensitive to content."""

from __future__ import annotations

import copy
import hashlib
import re
import unicodedata
from typing import Any

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from samverkan_desktop.domain.minutes_hash import (
    canonical_json,
    describe_difference,
    hashed_part,
    minutes_hash,
    normalise_text,
    short_hash,
)


def minutes(**changes: Any) -> dict:
    """Minutes shaped like approval.minutes_content, with a few parts replaced."""
    content = {
        "meeting": {"group": "NOSAM Falkenberg", "starts": "2026-09-15T11:00:00+00:00",
                    "ends": "2026-09-15T13:00:00+00:00", "place": "Rådhuset", "online": None,
                    "kind": "ordinarie", "status": "genomfort"},
        "attendance": [
            {"person": "Anna Andersson", "status": "narvarande", "role": "ordforande", "represents": "Region Halland",
             "substitute_for": None, "from": None, "to": None, "guest": False, "adjunct": False},
            {"person": "Bertil Berg", "status": "narvarande", "role": "ledamot", "represents": "Falkenbergs kommun",
             "substitute_for": None, "from": 1, "to": 2, "guest": False, "adjunct": False},
        ],
        "items": [
            {"position": 1, "paragraph": 1, "title": "Läget i kommunerna", "kind": "information",
             "presenter": None, "confidential": False, "notes": "Stabilt.", "decision": None, "outcome": "noteras",
             "reason": None, "target_group": None, "actions": []},
            {"position": 2, "paragraph": 2, "title": "Gemensam rutin för SIP", "kind": "beslut",
             "presenter": "Anna Andersson", "confidential": True, "notes": "Rutinen presenterades.",
             "decision": "att anta rutinen\natt följa upp i december", "outcome": "beslutat", "reason": None,
             "target_group": None,
             "actions": [{"what": "Sprida rutinen", "person": "Bertil Berg", "organisation": None,
                          "due": "2026-10-01", "status": "oppen"}]},
        ],
    }
    content.update(changes)
    return content


# -- same content, same hash -------------------------------------------------------------------
def test_hash_is_the_sha256_of_the_canonical_json() -> None:
    content = minutes()
    text = canonical_json(hashed_part(content))
    assert minutes_hash(content) == hashlib.sha256(text.encode("utf-8")).hexdigest()
    assert re.fullmatch(r"[0-9a-f]{64}", minutes_hash(content))
    assert "Läget" in text  # UTF-8, not \u escapes: the same bytes whatever the platform's defaults
    assert '", "' not in text and '": ' not in text  # no insignificant whitespace


def test_key_order_does_not_matter() -> None:
    content = minutes()
    reordered = {key: content[key] for key in reversed(list(content))}
    reordered["meeting"] = dict(reversed(list(content["meeting"].items())))
    reordered["items"] = [dict(reversed(list(i.items()))) for i in content["items"]]
    assert list(reordered) != list(content)
    assert minutes_hash(reordered) == minutes_hash(content)


def test_line_ends_unicode_form_and_trailing_spaces_do_not_matter() -> None:
    content = minutes()
    edited = copy.deepcopy(content)
    item = edited["items"][1]
    item["decision"] = "att anta rutinen  \r\natt följa upp i december \r\n"
    item["title"] = unicodedata.normalize("NFD", "Gemensam rutin för SIP")
    edited["meeting"]["place"] = unicodedata.normalize("NFD", "Rådhuset") + "   "
    assert item["title"] != content["items"][1]["title"]  # really decomposed
    assert minutes_hash(edited) == minutes_hash(content)


def test_text_is_normalised_but_not_erased() -> None:
    assert normalise_text(None) == normalise_text("") == normalise_text("  \r\n ") == ""
    assert normalise_text("a \r\nb\rc\t") == "a\nb\nc"
    assert normalise_text(unicodedata.normalize("NFD", "Åsa Öberg")) == "Åsa Öberg"
    assert normalise_text("a\n\nb") != normalise_text("a\nb")  # paragraphs stay paragraphs
    assert minutes_hash({"x": None}) != minutes_hash({"x": ""})  # missing is not the same as empty


# -- any change of content changes the hash ----------------------------------------------------
def test_reordering_items_changes_the_hash() -> None:
    content = minutes()
    swapped = minutes(items=list(reversed(content["items"])))
    assert minutes_hash(swapped) != minutes_hash(content)


def test_values_of_other_types_are_kept_apart() -> None:
    assert minutes_hash({"x": 1}) != minutes_hash({"x": True})
    assert minutes_hash({"x": 1}) != minutes_hash({"x": "1"})
    assert minutes_hash({"x": None}) != minutes_hash({"x": False})
    assert minutes_hash({"x": ["a", "b"]}) != minutes_hash({"x": ["a b"]})


TEXT = st.text(alphabet="abcåäöÅÄÖéü §-.\n\t", max_size=12)
LEAVES = st.none() | st.booleans() | st.integers(-50, 50) | TEXT
KEYS = st.text(alphabet="abcdefgh_", min_size=1, max_size=6)
CONTENT = st.dictionaries(KEYS, st.recursive(
    LEAVES, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(KEYS, inner, max_size=4), max_leaves=20),
    min_size=1, max_size=5)


def leaf_paths(value: Any, path: tuple = ()) -> list[tuple]:
    if isinstance(value, dict):
        return [p for key, v in value.items() for p in leaf_paths(v, (*path, key))]
    if isinstance(value, list):
        return [p for index, v in enumerate(value) for p in leaf_paths(v, (*path, index))]
    return [path]


def replaced(content: Any, path: tuple, leaf: Any) -> Any:
    result = copy.deepcopy(content)
    target = result
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = leaf
    return result


def as_another_editor_saves_it(value: Any) -> Any:
    """The same content from another machine: keys in another order, NFD, CRLF, trailing spaces."""
    if isinstance(value, dict):
        return {key: as_another_editor_saves_it(value[key]) for key in reversed(list(value))}
    if isinstance(value, list):
        return [as_another_editor_saves_it(v) for v in value]
    if isinstance(value, str):
        return "\r\n".join(line + "  " for line in unicodedata.normalize("NFD", value).split("\n"))
    return value


@settings(max_examples=60, deadline=None)
@given(CONTENT)
def test_the_same_content_saved_elsewhere_has_the_same_hash(content) -> None:
    assert minutes_hash(as_another_editor_saves_it(content)) == minutes_hash(content)


@settings(max_examples=80, deadline=None)
@given(CONTENT, st.data())
def test_changing_any_value_changes_the_hash(content, data) -> None:
    paths = leaf_paths(content)
    assume(paths)
    path = data.draw(st.sampled_from(paths), label="path")
    new_leaf = data.draw(LEAVES, label="new value")
    changed = replaced(content, path, new_leaf)
    # a genuinely different value (not merely other whitespace or Unicode form of the same text)
    assume(canonical_json({"v": new_leaf}) != canonical_json({"v": _leaf(content, path)}))
    assert minutes_hash(changed) != minutes_hash(content)


def _leaf(content: Any, path: tuple) -> Any:
    for step in path:
        content = content[step]
    return content


@settings(max_examples=50, deadline=None)
@given(st.lists(TEXT.map(normalise_text), min_size=2, max_size=5, unique=True), st.randoms())
def test_changing_the_order_of_a_list_changes_the_hash(titles, rnd) -> None:
    shuffled = list(titles)
    rnd.shuffle(shuffled)
    assume(shuffled != titles)
    assert minutes_hash({"items": shuffled}) != minutes_hash({"items": titles})


# -- what a person compares and reads ----------------------------------------------------------
def test_short_hash_is_three_groups_of_four() -> None:
    digest = minutes_hash(minutes())
    short = short_hash(digest)
    assert re.fullmatch(r"[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}", short)
    assert short.replace("-", "") == digest[:12]


def test_no_difference_between_the_same_minutes() -> None:
    content = minutes()
    assert describe_difference(content, copy.deepcopy(content)) == []
    assert describe_difference(content, as_another_editor_saves_it(content)) == []


def test_difference_names_the_meeting_facts() -> None:
    before = minutes()
    after = minutes(meeting={**before["meeting"], "place": "Stadshuset"})
    assert describe_difference(before, after) == ["mötesuppgifterna"]


def test_difference_names_the_attendance() -> None:
    before = minutes()
    after = copy.deepcopy(before)
    after["attendance"][1]["status"] = "franvarande"
    assert describe_difference(before, after) == ["närvaron"]


def test_difference_names_the_paragraph_and_its_changed_keys() -> None:
    before = minutes()
    after = copy.deepcopy(before)
    after["items"][1]["decision"] = "att avslå rutinen"
    after["items"][1]["notes"] = "Ingen enighet."
    assert describe_difference(before, after) == ["punkterna", "§ 2 (anteckningar, beslut)"]


def test_difference_in_an_action_names_the_paragraph() -> None:
    before = minutes()
    after = copy.deepcopy(before)
    after["items"][1]["actions"][0]["due"] = "2026-11-01"
    assert describe_difference(before, after) == ["punkterna", "§ 2 (åtgärder)"]


def test_difference_of_several_parts() -> None:
    before = minutes()
    after = copy.deepcopy(before)
    after["meeting"]["ends"] = "2026-09-15T14:00:00+00:00"
    after["attendance"].pop()
    after["items"][0]["title"] = "Läget i regionen"
    assert describe_difference(before, after) == ["mötesuppgifterna", "närvaron", "punkterna", "§ 1 (rubrik)"]


def test_a_secretary_or_justerare_is_hashed_only_when_a_meeting_names_one() -> None:
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from samverkan_desktop.domain.enums import MeetingKind, MeetingStatus
    from samverkan_desktop.domain.minutes_hash import content_of

    def row(**extra):
        return SimpleNamespace(group_id=1, starts_at=datetime(2026, 9, 15, 11, tzinfo=UTC),
                               ends_at=datetime(2026, 9, 15, 13, tzinfo=UTC), place="Rådhuset", online_link=None,
                               kind=MeetingKind.ORDINARY, status=MeetingStatus.HELD, **extra)

    def digest(meeting) -> str:
        return minutes_hash(content_of(meeting, [], [], lambda _i: [], group=lambda _i: "NOSAM",
                                       person=lambda _i: None, organisation=lambda _i: None))

    # An approval made before the columns existed: its meeting has neither attribute. Unset is the same content.
    before = digest(row())
    assert digest(row(secretary_id=None, justerare_id=None)) == before
    assert hashlib.sha256(canonical_json(hashed_part(content_of(
        row(), [], [], lambda _i: [], group=lambda _i: "NOSAM", person=lambda _i: None,
        organisation=lambda _i: None))).encode()).hexdigest() == before
    assert "secretary_id" not in canonical_json(content_of(row(secretary_id=None), [], [], lambda _i: [],
                                                           group=lambda _i: "NOSAM", person=lambda _i: None,
                                                           organisation=lambda _i: None))
    assert len({before, digest(row(secretary_id=7)), digest(row(justerare_id=7))}) == 3


def test_every_field_of_an_item_is_named_in_swedish() -> None:
    """`samverkan verify` says "§ 2 (beslut)", never a key such as "(decision)" or "(position)" (issue 18 point 5)."""
    from datetime import UTC, datetime
    from types import SimpleNamespace

    from samverkan_desktop.domain.enums import ItemKind, MeetingKind, MeetingStatus
    from samverkan_desktop.domain.minutes_hash import FIELD_WORDS, PART_WORDS, content_of

    when = datetime(2026, 9, 15, 11, tzinfo=UTC)
    meeting = SimpleNamespace(group_id=1, starts_at=when, ends_at=when, place=None, online_link=None,
                              kind=MeetingKind.ORDINARY, status=MeetingStatus.HELD, secretary_id=None,
                              justerare_id=None, no_attendance_reason="Ingen närvaro antecknades.")
    item = SimpleNamespace(position=1, paragraph=1, title="Rutin", kind=ItemKind.DECISION, presenter=None,
                           confidential=False, notes=None, decision_text=None, outcome=None, outcome_reason=None,
                           target_group_id=None)
    content = content_of(meeting, [], [item], lambda i: [], group=str, person=str, organisation=str)
    assert set(content) <= set(PART_WORDS)
    assert set(content["items"][0]) <= set(FIELD_WORDS)
    before, after = minutes(), minutes()
    after["items"][1].update(decision="att avslå", position=3, outcome="avslaget", notes="Ny text.", target_group="LGS",
                             something_new="x")
    described = describe_difference(before, after)
    assert described == ["punkterna", "§ 2 (andra uppgifter, anteckningar, beslut, mottagande grupp, ordning, utfall)"]
    assert describe_difference(minutes(), minutes(no_attendance_reason="Ingen lista.")) == [
        "skälet till att närvaron inte antecknades"]
