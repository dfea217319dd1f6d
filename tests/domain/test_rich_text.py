"""The stored form of rich text: a restricted Markdown that round-trips (clipboard HTML: test_html_paste.py)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_desktop.domain.rich_text import Block, Run, normalize, parse, plain_text, serialise


@pytest.mark.parametrize("text", [
    "Beslutet förankras i respektive organisation.",
    "**Bakgrund:** förvaltningen har *utrett* frågan.\n\n- första\n- **andra**\n1. ett\n2. två",
    "Se [rutinen](https://www.goteborg.se/rutin) och [mejla oss](mailto:lgs@example.se).",
    "3 * 4 = 12, a*b och * ensam",  # unpaired asterisks are text
    "\\- inte en lista\n12\\. inte heller",
    "***fet och kursiv*** sedan vanlig",
    "",
])
def test_canonical_text_round_trips_byte_for_byte(text):
    assert serialise(parse(text)) == text


def test_the_tree_of_a_line():
    (block,) = parse("- **Beslut:** att [godkänna](https://a.se/x) *planen*")
    assert block.kind == "bullet"
    assert block.runs == (Run("Beslut:", bold=True), Run(" att "), Run("godkänna", link="https://a.se/x"),
                          Run(" "), Run("planen", italic=True))


def test_only_safe_links_count():
    assert parse("[klicka](javascript:alert(1))")[0].runs == (Run("[klicka](javascript:alert(1))"),)
    assert serialise([Block((Run("x", link="file:///etc/passwd"),))]) == "x"


def test_literal_markers_are_escaped_only_when_needed():
    assert serialise([Block((Run("x *y* z"),))]) == "x \\*y\\* z"
    assert serialise([Block((Run("- inte lista"),))]) == "\\- inte lista"
    assert serialise([Block((Run("3 * 4"),))]) == "3 * 4"
    assert plain_text("**Fet** och *kursiv*\n* punkt\n1. [ett](https://a.se)") == "Fet och kursiv\n- punkt\n1. ett"


_TEXT = st.text(alphabet=st.sampled_from(list("abc åäö*-_[]()\\.1 •")), min_size=1, max_size=8)
_RUN = st.builds(Run, _TEXT, st.booleans(), st.booleans(),
                 st.one_of(st.none(), st.sampled_from(["https://a.se", "mailto:x@y.se", "http://b.se/p?q=1"])))
_BLOCK = st.builds(Block, st.lists(_RUN, max_size=5).map(tuple), st.sampled_from([None, "bullet", "number"]))


@settings(max_examples=300, deadline=None)
@given(st.lists(_BLOCK, min_size=1, max_size=6))
def test_parse_of_serialise_gives_the_tree_back(blocks):
    text = serialise(blocks)
    assert parse(text) == normalize(blocks)
    assert serialise(parse(text)) == text  # what is stored is canonical: a second save changes nothing
