"""Reading old minutes from Word: five ways to build them, and files that are not minutes or not Word."""

from __future__ import annotations

import zipfile
from datetime import date, time

import pytest
from legacy_docs import mixed, with_headings, with_numbers, with_paragraph_signs, with_table, without_structure

from samverkan_desktop.domain.enums import Outcome
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.parsed_minutes import ParsedPerson
from samverkan_desktop.importing.word_minutes import parse_minutes_docx, read_minutes_docx


def test_items_as_headings(tmp_path):
    minutes = read_minutes_docx(with_headings(tmp_path / "a.docx"))
    assert (minutes.day, minutes.starts, minutes.ends) == (date(2024, 3, 12), time(13), time(15, 30))
    assert minutes.place == "Kommunhuset, sal 2"
    assert minutes.present == (ParsedPerson("Anna Berg", "Region Exempel"), ParsedPerson("Bo Ek", "Ale kommun"),
                               ParsedPerson("Okänd Person", "Kungälvs kommun"))
    assert minutes.excused == (ParsedPerson("Cecilia Dahl", "Ale kommun"),)
    assert [i.title for i in minutes.items] == ["Mötets öppnande", "Utskrivning från slutenvård"]
    assert [i.paragraph for i in minutes.items] == [None, None] and not minutes.paragraphs_given
    second = minutes.items[1]
    assert second.presenter == "Bo Ek"
    assert second.notes == "Genomgång av statistiken för året."
    assert second.decision == "att godkänna rutinen\natt återkomma i juni"
    assert minutes.items[0].notes == "Ordföranden hälsade välkommen." and minutes.items[0].decision is None
    assert minutes.structure == "rubriker"


def test_items_as_paragraph_sign_paragraphs(tmp_path):
    minutes = read_minutes_docx(with_paragraph_signs(tmp_path / "b.docx"))
    assert (minutes.day, minutes.starts, minutes.ends) == (date(2024, 11, 5), time(9), time(11))
    assert [p.name for p in minutes.present] == ["Anna Berg", "Bo Ek", "Cecilia Dahl"]
    assert [(i.paragraph, i.title) for i in minutes.items] == [
        (41, "Föregående anteckningar"), (42, "Psykiatrisamverkan"), (43, "Övriga frågor")]
    assert minutes.paragraphs_given
    assert minutes.items[1].notes == "Diskussion om gemensamma riktlinjer."
    assert minutes.items[1].decision == "att ställa sig bakom riktlinjerna"
    assert minutes.structure == "§-stycken"


def test_items_as_numbered_paragraphs(tmp_path):
    minutes = read_minutes_docx(with_numbers(tmp_path / "c.docx"))
    assert (minutes.day, minutes.starts, minutes.ends, minutes.place) == (
        date(2023, 9, 20), time(10), time(12), "Vårdcentralen Ale")
    assert minutes.present == (ParsedPerson("Anna Berg", "Region Exempel"), ParsedPerson("Bo Ek", "Ale kommun"))
    assert [(i.paragraph, i.title) for i in minutes.items] == [
        (None, "Inledning"), (None, "Läkemedelsgenomgångar"), (None, "Avslutning")]
    assert minutes.items[1].decision == "att arbetsgruppen fortsätter"
    assert minutes.structure == "numrerade stycken"


def test_items_in_a_table(tmp_path):
    minutes = read_minutes_docx(with_table(tmp_path / "d.docx"))
    assert (minutes.day, minutes.starts, minutes.ends) == (date(2025, 2, 4), time(14), time(16))
    assert [p.name for p in minutes.present] == ["Anna Berg", "Bo Ek"]
    assert [(i.paragraph, i.title) for i in minutes.items] == [
        (5, "Mobila team"), (6, "Budget 2025"), (7, "Information från regionen")]
    assert minutes.items[1].notes == "Förslaget presenterades.\nFrågor besvarades."
    assert minutes.items[1].decision == "att godkänna budgeten"
    assert minutes.structure == "tabell"


def test_a_mixed_document_with_beslut_and_att_clauses(tmp_path):
    minutes = read_minutes_docx(mixed(tmp_path / "e.docx"))
    assert (minutes.day, minutes.starts, minutes.ends, minutes.place) == (
        date(2024, 6, 18), time(8, 30), time(10), "Teams")
    assert minutes.present == (ParsedPerson("Anna Berg"), ParsedPerson("Bo Ek", "Ale kommun"))
    assert minutes.excused == (ParsedPerson("Cecilia Dahl"),)
    first, second = minutes.items
    assert (first.paragraph, first.title) == (20, "Hemsjukvård")
    assert first.notes == "Läget redovisades.\nKommun | Antal\nAle | 12"
    assert first.decision == "att notera informationen\natt följa upp i augusti"
    assert (second.paragraph, second.outcome, second.outcome_reason) == (21, Outcome.DEFERRED, "underlag saknas")
    assert second.notes == "Tre avvikelser sedan förra mötet."
    assert len(minutes.items) == 2  # "Justering" ends the items


def test_a_document_without_structure_is_refused_in_words(tmp_path):
    with pytest.raises(ValidationError, match="ingen struktur som kan läsas som minnesanteckningar") as error:
        read_minutes_docx(without_structure(tmp_path / "brev.docx"))
    assert "Inget har importerats" in error.value.message


@pytest.mark.parametrize(("content", "what"), [
    ("Minnesanteckningar\n§ 1 Öppnande\n".encode(), "en textfil"),
    (b"%PDF-1.7\n...", "en PDF-fil"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "äldre formatet (.doc)"),
    ("Mötet hölls på kommunhuset".encode("cp1252"), "en textfil"),
])
def test_a_file_that_is_not_what_its_extension_says(tmp_path, content, what):
    fake = tmp_path / "anteckningar.docx"
    fake.write_bytes(content)
    with pytest.raises(ValidationError, match="inte ett Word-dokument") as error:
        read_minutes_docx(fake)
    assert what in error.value.message and "anteckningar.docx" in error.value.message


def test_a_zip_that_is_not_word_an_empty_file_and_a_missing_one(tmp_path):
    other = tmp_path / "x.docx"
    with zipfile.ZipFile(other, "w") as z:
        z.writestr("hello.txt", "hej")
    with pytest.raises(ValidationError, match="zip-fil men inte ett Word-dokument"):
        read_minutes_docx(other)
    empty = tmp_path / "tom.docx"
    empty.write_bytes(b"")
    with pytest.raises(ValidationError, match="är tom"):
        read_minutes_docx(empty)
    with pytest.raises(ValidationError, match="finns inte"):
        read_minutes_docx(tmp_path / "saknas.docx")
    with pytest.raises(ValidationError, match="skadad"):
        parse_minutes_docx(b"PK\x03\x04" + b"\x00" * 50, "trasig.docx")
