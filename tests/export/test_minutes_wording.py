"""Swedish protocol wording, read as a reader of the published file gets it: through an HTML converter
(mammoth, as web publishing tools use), and in the Word XML for lists, checksums and signatures."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import mammoth
from docx.oxml.ns import qn
from docx_samples import CREATED, blocks, minutes_sample, notice_sample, reopen, zip_parts

from samverkan_desktop.domain.documents import Signatory
from samverkan_desktop.domain.glyphs import printable
from samverkan_desktop.export.docx_base import to_bytes
from samverkan_desktop.export.minutes_docx import render_minutes
from samverkan_desktop.export.notice_docx import render_notice


def _html(document) -> str:
    return mammoth.convert_to_html(io.BytesIO(to_bytes(document))).value


def test_an_html_converter_finds_the_title_first_and_the_att_clauses_as_list_items():
    html = _html(render_minutes(minutes_sample(), created=CREATED))
    headings = re.findall(r"<h(\d)>(.*?)</h\1>", html)
    assert headings[0] == ("1", "Minnesanteckningar")
    items = re.findall(r"<li>(.*?)</li>", html)
    clauses = [i for i in items if i.startswith(("godkänna", "ge ", "återrapportera"))]
    assert clauses == ["godkänna dagordningen", "ge arbetsgruppen i uppdrag att ta fram en gemensam rutin",
                       "återrapportera i maj"]
    # Every clause in the list that follows its "Beslut:" lead, none outside it.
    for lead in re.finditer(r"<p><strong>Beslut:</strong> Gruppen beslutar i enighet att</p><ul>(.*?)</ul>", html):
        assert "<li>" in lead.group(1)
    assert len(re.findall(r"Gruppen beslutar i enighet att</p><ul>", html)) == 2
    assert "Gruppen beslutar i enighet." not in html
    assert "<li>Kommunerna saknar underlag för äldre.</li>" in html  # a "- " line of the notes
    assert "<p>- " not in html and "<p>* " not in html


def test_the_notice_title_is_the_first_heading_for_an_html_converter():
    html = _html(render_notice(notice_sample(), created=CREATED))
    assert re.search(r"<h(\d)>(.*?)</h\1>", html).groups() == ("1", "Kallelse")


def test_bullets_are_a_numbering_definition_of_kind_bullet_in_the_document():
    parts = zip_parts(to_bytes(render_minutes(minutes_sample(), created=CREATED)))
    numbering = parts["word/numbering.xml"].decode()
    num_ids = set(re.findall(r'<w:numId w:val="(\d+)"/>', parts["word/document.xml"].decode()))
    assert len(num_ids) == 1
    (num_id,) = num_ids
    abstract = re.search(rf'<w:num w:numId="{num_id}"><w:abstractNumId w:val="(\d+)"/>', numbering).group(1)
    assert re.search(rf'<w:abstractNum w:abstractNumId="{abstract}">.*?<w:numFmt w:val="bullet"/>', numbering)


def test_a_template_without_numbering_gets_one(tmp_path):
    import docx

    bare = docx.Document()
    bare.part.drop_rel(next(r for r, rel in bare.part.rels.items() if rel.reltype.endswith("/numbering")))
    buffer = io.BytesIO()
    bare.save(buffer)
    document = render_minutes(minutes_sample(), buffer.getvalue(), created=CREATED)
    assert "<li>godkänna dagordningen</li>" in _html(document)


def test_the_checksum_cannot_break_at_its_hyphens():
    document = render_minutes(minutes_sample(), created=CREATED)
    line = next(p for p in document.paragraphs if p.text.startswith("Godkända av"))
    assert line.text == ("Godkända av ordförande Anna Berg 2026-03-17, osignerat godkännande. "
                         "Kontrollsumma 3f9a-1c2e-77be.")
    checksum = next(r for r in line._p.iter(qn("w:r")) if r.find(qn("w:noBreakHyphen")) is not None)
    assert "".join(t.text for t in checksum.iter(qn("w:t"))) == "3f9a1c2e77be"
    assert len(checksum.findall(qn("w:noBreakHyphen"))) == 2


def test_emoji_are_written_out_and_text_the_fonts_have_is_kept():
    assert printable("Bra jobbat 👍🏽!") == "Bra jobbat [emoji: thumbs up sign]!"
    assert printable("Åsa ❤️ SIP") == "Åsa [emoji: heavy black heart] SIP"
    assert printable("Öppet – 13.00–15.30 § 4 «citat» €") == "Öppet – 13.00–15.30 § 4 «citat» €"
    text = b"".join(zip_parts(to_bytes(render_minutes(minutes_sample(), created=CREATED))).values())
    assert "👍".encode() not in text


def test_the_secretary_is_named_and_justering_lines_follow_for_a_group_that_wants_them():
    sample = replace(minutes_sample(), signatories=(Signatory("Ordförande", "Anna Berg"),
                                                    Signatory("Justerare", "Örjan Åström")))
    body = blocks(reopen(render_minutes(sample, created=CREATED)))
    start = body.index(("Heading 1", "Justering"))
    lines = body[start + 1:]
    assert [text for _, text in lines[1::2]] == ["Eva Lund\nVid anteckningarna", "Anna Berg\nOrdförande",
                                                 "Örjan Åström\nJusterare"]
    assert all(set(text) == {"_"} for _, text in lines[0::2])
    plain = blocks(reopen(render_minutes(minutes_sample(), created=CREATED)))
    assert ("Heading 1", "Justering") not in plain and plain[-1] == ("Normal", "Vid anteckningarna: Eva Lund")


def test_the_kallelse_mentions_substitutes_only_where_the_mandate_allows_them():
    def excuses(allowed: bool) -> str:
        notice = replace(notice_sample(), substitutes_allowed=allowed)
        return blocks(reopen(render_notice(notice, created=CREATED)))[-1][1]
    assert "ersättare" in excuses(True)
    assert excuses(False) == "Meddela förhinder till Sara Ström så snart som möjligt."


def test_weekdays_are_lowercase_after_tid():
    body = blocks(reopen(render_minutes(minutes_sample(), created=CREATED)))
    assert ("Normal", "Tid: tisdag 10 mars 2026, kl. 13.00–15.30") in body
