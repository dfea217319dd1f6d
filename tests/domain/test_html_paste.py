"""HTML from the clipboard (Word, Outlook, a browser) cleaned to the rich-text subset: the text kept, the formatting
the subset can say kept, everything else dropped."""

from __future__ import annotations

from pathlib import Path

import pytest

from samverkan_desktop.domain.html_paste import clean_html
from samverkan_desktop.domain.rich_text import Block, Run, serialise

WORD_HTML = (Path(__file__).parent / "data" / "word_clipboard.html").read_text(encoding="utf-8")


def test_word_clipboard_html_is_cleaned_to_the_subset():
    assert serialise(clean_html(WORD_HTML)) == (
        "**Beslutet** förankras i *respektive* organisation.\n"
        "- Första punkten\n"
        "- Andra **viktiga** punkten\n"
        "1. Ett\n"
        "2. Två, se [sidan](https://www.example.se/a) och inte detta")


def test_outlook_and_browser_html():
    outlook = ("<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><span style='mso-list:Ignore'>"
               "·<span>&nbsp;&nbsp;</span></span>Punkt <em>ett</em></p>")
    assert serialise(clean_html(outlook)) == "- Punkt *ett*"
    browser = "<ol><li>a <strong>b</strong></li><li>c</li></ol><p>x<br>y</p><script>alert(1)</script>"
    assert serialise(clean_html(browser)) == "1. a **b**\n2. c\nx\ny"


@pytest.mark.parametrize(("marker", "kind"), [
    ("1.", "number"), ("a)", "number"), ("iv.", "number"), ("·", "bullet"), ("o", "bullet"), ("§", "bullet")])
def test_the_marker_word_writes_decides_the_kind_of_list_and_is_not_kept(marker, kind):
    html = (f"<p class=MsoListParagraph style='mso-list:l0 level1 lfo1'><![if !supportLists]>{marker}&nbsp;"
            "<![endif]>Punkt</p>")
    assert clean_html(html) == (Block((Run("Punkt"),), kind),)


@pytest.mark.parametrize(("html", "run"), [
    ("<p><span style='font-weight:bold'>x</span></p>", Run("x", bold=True)),
    ("<p><span style='font-weight: 700'>x</span></p>", Run("x", bold=True)),
    ("<p><span style='font-weight:500'>x</span></p>", Run("x")),
    ("<p><b><span style='font-weight:normal'>x</span></b></p>", Run("x", bold=True)),  # the outer <b> still holds
    ("<p><span style='FONT-STYLE: italic'>x</span></p>", Run("x", italic=True)),
    ("<h2>Rubrik</h2>", Run("Rubrik", bold=True)),
    ("<p><a href='https://a.se/x'>x</a></p>", Run("x", link="https://a.se/x")),
    ("<p><a href='javascript:alert(1)'>x</a></p>", Run("x")),
    ("<p><a href='file:///etc/passwd'>x</a></p>", Run("x")),
])
def test_the_formatting_the_subset_can_say_is_kept_and_nothing_else(html, run):
    assert clean_html(html) == (Block((run,)),)


def test_styles_scripts_and_the_head_are_dropped_with_their_text():
    html = ("<html><head><title>Titel</title><style>p {color: red}</style></head>"
            "<body><p>Synlig</p><script>alert('x')</script><template>mall</template></body></html>")
    assert serialise(clean_html(html)) == "Synlig"


def test_whitespace_is_collapsed_and_trimmed_at_the_ends_of_a_line():
    assert serialise(clean_html("<p>  ett \n\n  två&nbsp;&nbsp;<b> tre </b>  </p>")) == "ett två **tre**"


def test_a_bullet_list_inside_a_numbered_one_keeps_its_own_kind():
    html = "<ol><li>ett<ul><li>a</li><li>b</li></ul></li><li>två</li></ol>"
    assert [(block.text, block.kind) for block in clean_html(html)] == [
        ("ett", "number"), ("a", "bullet"), ("b", "bullet"), ("två", "number")]


def test_table_cells_and_images_give_their_text_only():
    html = "<table><tr><td>A</td><td>B</td></tr><tr><td>C</td></tr></table><img src='x.png' alt='bild'><p>slut</p>"
    assert [block.text for block in clean_html(html)] == ["A B", "C", "slut"]


def test_empty_and_markup_only_html_gives_nothing():
    assert clean_html("") == ()
    assert clean_html("<p> </p><div><br></div><style>x</style>") == ()
