"""The app's minutes view: the meeting, attendance by status, items with notes, decisions, outcomes and actions,
rich text rendered as the exports do, and everything else escaped."""

from __future__ import annotations

from samverkan_desktop.domain.enums import AttendanceStatus, Outcome
from samverkan_desktop.ui.minutes_html import decision_html, minutes_html, text_html


def test_bold_italic_links_and_both_kinds_of_list():
    html = text_html("**Fet** <script>x</script> *kursiv*\n- a\n- b\n1. [länk](https://a.se/?q=1&r=2)\nslut")
    assert html == ("<p><b>Fet</b> &lt;script&gt;x&lt;/script&gt; <i>kursiv</i></p><ul><li>a</li><li>b</li></ul>"
                    "<ol><li><a href=\"https://a.se/?q=1&amp;r=2\">länk</a></li></ol><p>slut</p>")


def test_unsafe_links_are_text_and_decisions_keep_their_formatting():
    assert text_html("[x](javascript:alert(1))") == "<p>[x](javascript:alert(1))</p>"
    assert "<li>anta <b>planen</b></li>" in decision_html("att anta **planen**")


CONTENT = {
    "meeting": {"group": "LGS <Göteborg>", "starts": "2026-03-10T12:00:00+00:00", "ends": "2026-03-10T14:00:00+00:00",
                "place": "Rådhuset"},
    "attendance": [
        {"person": "Anna Berg", "status": "narvarande", "represents": "Göteborgs Stad"},
        {"person": "Bo Ek", "status": "narvarande", "substitute_for": "Cilla Lund"},
        {"person": "Cilla Lund", "status": "anmalt_forhinder"},
    ],
    "items": [
        {"paragraph": 4, "title": "Budget", "notes": "Förslaget **gicks igenom**.",
         "decision": "att anta budgeten", "outcome": "beslutat", "actions": [
             {"what": "Skicka beslutet", "person": "Anna Berg", "organisation": None, "due": "2026-04-01"}]},
        {"paragraph": None, "title": "Rutin", "notes": None, "outcome": "aterremiss", "reason": "Underlag saknas",
         "target_group": "Beredningsgruppen"},
    ],
}


def test_the_minutes_view_says_what_the_minutes_say_in_swedish_and_escaped():
    assert {a["status"] for a in CONTENT["attendance"]} <= {s.value for s in AttendanceStatus}
    assert {i["outcome"] for i in CONTENT["items"]} <= {o.value for o in Outcome}
    html = minutes_html(CONTENT)
    assert html.startswith("<h2>Minnesanteckningar: LGS &lt;Göteborg&gt;</h2>")
    assert ", Rådhuset</p>" in html and "13:00" in html and "15:00" in html  # Stockholm time
    assert "<p><b>Närvarande:</b> Anna Berg (Göteborgs Stad), Bo Ek (ersättare för Cilla Lund)</p>" in html
    assert "<p><b>Anmält förhinder:</b> Cilla Lund</p>" in html
    assert html.index("Närvarande") < html.index("Anmält förhinder")
    assert "<h3>§ 4 Budget</h3><p>Förslaget <b>gicks igenom</b>.</p>" in html
    assert "<p><b>Beslut:</b> att</p><ul><li>anta budgeten</li></ul>" in html
    assert "<p><i>Beslut i enighet</i></p>" in html
    assert "<p>→ Skicka beslutet (Anna Berg, 2026-04-01)</p>" in html
    assert "<h3>Rutin</h3>" in html
    assert "<p><i>Återremiss för förnyad beredning: Underlag saknas – Beredningsgruppen</i></p>" in html
