"""The app's minutes view renders rich text as the exports do, and escapes everything else."""

from __future__ import annotations

from samverkan_desktop.ui.minutes_html import decision_html, text_html


def test_bold_italic_links_and_both_kinds_of_list():
    html = text_html("**Fet** <script>x</script> *kursiv*\n- a\n- b\n1. [länk](https://a.se/?q=1&r=2)\nslut")
    assert html == ("<p><b>Fet</b> &lt;script&gt;x&lt;/script&gt; <i>kursiv</i></p><ul><li>a</li><li>b</li></ul>"
                    "<ol><li><a href=\"https://a.se/?q=1&amp;r=2\">länk</a></li></ol><p>slut</p>")


def test_unsafe_links_are_text_and_decisions_keep_their_formatting():
    assert text_html("[x](javascript:alert(1))") == "<p>[x](javascript:alert(1))</p>"
    assert "<li>anta <b>planen</b></li>" in decision_html("att anta **planen**")
