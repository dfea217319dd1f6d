"""Removing e-mail addresses, phone numbers and personnummer from text before it is published."""

from __future__ import annotations

import dataclasses
import re
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from samverkan_desktop.domain.scrub import (
    EMAIL,
    PERSONNUMMER,
    PHONE,
    PLACEHOLDERS,
    Scrubbed,
    describe_removed,
    scrub,
)

EMAIL_GONE = "[e-postadress borttagen]"
PHONE_GONE = "[telefonnummer borttaget]"
PNR_GONE = "[personnummer borttaget]"

PROPERTY = settings(max_examples=200, deadline=None)


# --- Examples -------------------------------------------------------------------------------------------------


def test_placeholders_are_the_published_texts():
    assert PLACEHOLDERS == {EMAIL: EMAIL_GONE, PHONE: PHONE_GONE, PERSONNUMMER: PNR_GONE}


@pytest.mark.parametrize("text", [None, ""])
def test_nothing_in_nothing_out(text):
    assert scrub(text) == Scrubbed(text, ())


def test_result_is_immutable():
    with pytest.raises(dataclasses.FrozenInstanceError):
        scrub("hej").text = "x"  # type: ignore[misc]


@pytest.mark.parametrize(
    "address",
    [
        "anna.andersson@regionhalland.se",
        "ANNA@FALKENBERG.SE",
        "åsa.öberg@kommun.se",
        "first+tag@sub.example.co.uk",
        "o'brien@example.ie",
        "x_y-z@mail-server.example.org",
        "!#$%&'*+/=?^_`{|}~-@a.io",
        "1234@b2.se",
    ],
)
def test_email_addresses_are_removed(address):
    result = scrub(f"Frågor till {address} senast fredag.")
    assert result.text == f"Frågor till {EMAIL_GONE} senast fredag."
    assert result.removed == (EMAIL,)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mejla anna@x.se.", f"Mejla {EMAIL_GONE}."),
        ("Mejla anna@x.se, bertil@y.se", f"Mejla {EMAIL_GONE}, {EMAIL_GONE}"),
        ("Kontakt: <anna@x.se>", f"Kontakt: <{EMAIL_GONE}>"),
        ("(anna@x.se)", f"({EMAIL_GONE})"),
        ("mailto:anna@x.se", f"mailto:{EMAIL_GONE}"),
    ],
)
def test_email_keeps_the_punctuation_around_it(text, expected):
    assert scrub(text).text == expected


def test_email_with_digits_is_an_email_not_a_phone_number():
    assert scrub("0701234567@sms.example.se").removed == (EMAIL,)


@pytest.mark.parametrize(
    "number",
    [
        "08-123 456 78",
        "070-123 45 67",
        "0812345678",
        "+46 70 123 45 67",
        "+46701234567",
        "+46 (0)70-123 45 67",
        "+46 (0)8-123 456 78",
        "0046 70 123 45 67",
        "031-12 34 56",
        "0771-11 22 33",
        "020-12 34 56",
        "(08) 123 45 67",
        "(031) 12 34 56",
        "070 – 123 45 67",
        "070\u00a0123\u00a045\u00a067",
        "+44 20 7946 0958",
        "+1 555 123 4567",
    ],
)
def test_phone_numbers_are_removed(number):
    result = scrub(f"Ring {number} om du har frågor.")
    assert result.text == f"Ring {PHONE_GONE} om du har frågor."
    assert result.removed == (PHONE,)


@pytest.mark.parametrize(("text", "expected"), [
    ("Tel070-123 45 67", "Tel[telefonnummer borttaget]"),
    ("Mobil:070-123 45 67.", "Mobil:[telefonnummer borttaget]."),
    ("tfn+46 70 123 45 67", "tfn[telefonnummer borttaget]"),
    ("Växel(08) 123 45 67", "Växel[telefonnummer borttaget]"),
])
def test_a_phone_number_glued_to_a_word_is_removed(text, expected):
    result = scrub(text)
    assert result.text == expected
    assert result.removed == (PHONE,)


def test_a_diarienummer_glued_to_letters_is_kept():
    assert scrub("RS2025-01234 och HSN2024/0456").removed == ()


def test_ten_digit_mobile_number_is_removed_even_if_it_looks_like_a_personnummer():
    # 070 12 34 4567 is also a valid personnummer (born 2007-01-23): personnummer is matched first.
    result = scrub("Mobil 0701234567.")
    assert result.text == f"Mobil {PNR_GONE}."
    assert result.removed == (PERSONNUMMER,)


def test_phone_number_directly_followed_by_another_leaves_no_digits():
    # Greedy matching eats the start of the second number; its tail must not be left behind.
    result = scrub("Nås på 070-123 45 67 08-123 456 78 dagtid.")
    assert not re.search(r"[0-9]", result.text)
    assert result.text.startswith("Nås på [") and result.text.endswith("] dagtid.")


@pytest.mark.parametrize(
    "number",
    [
        "19700101-1234",
        "197001011234",
        "700101-1234",
        "7001011234",
        "700101+1234",
        "20050228-9876",
        "19991231 0001",
        "701261-1234",  # samordningsnummer: day 01 + 60
        "19700191-1234",  # samordningsnummer: day 31 + 60
        "700101-1235",  # wrong check digit: still someone's number, mistyped
    ],
)
def test_personnummer_are_removed(number):
    result = scrub(f"Patienten ({number}) har SIP.")
    assert result.text == f"Patienten ({PNR_GONE}) har SIP."
    assert result.removed == (PERSONNUMMER,)


def test_personnummer_is_not_taken_out_of_a_longer_number():
    assert scrub("Referens 1197001011234").removed != (PERSONNUMMER,)


def test_removed_lists_every_occurrence_in_text_order():
    text = "Tel 070-123 45 67, pnr 19700101-1234, e-post anna@x.se, tel 031-12 34 56."
    result = scrub(text)
    assert result.removed == (PHONE, PERSONNUMMER, EMAIL, PHONE)
    assert result.text == f"Tel {PHONE_GONE}, pnr {PNR_GONE}, e-post {EMAIL_GONE}, tel {PHONE_GONE}."


@pytest.mark.parametrize(
    "text",
    [
        "Mötet hölls 2026-03-10 i Rådhuset.",
        "Nästa möte 10 mars 2026.",
        "Tid: 13.00–15.00",
        "Tid: 08.30-12.00",
        "kl. 0900-1200",
        "Planen gäller 2025–2027.",
        "Se § 12 och §§ 3–5.",
        "Budget 120 000 kr.",
        "Totalt 1 200 000 kronor.",
        "Ramen är 12 050 000 000 kr.",
        "Ökning med 0,5 % jämfört med 45 % i fjol.",
        "Ärendet RS 2025-01234 bereds.",
        "Dnr HSN 2024/0456.",
        "Mötesdatum 2026-03-10 2026-04-14 2026-05-12.",
        "Datum 10.03.2026 och 10/3.",
        "Vecka 12, 0–17 år, 65+ år.",
        "Organisationsnummer 212000-1355.",
        "Adress: Box 123, 302 50 Halmstad.",
        "Gruppen följer upp samverkan kring äldre med omfattande behov av vård och omsorg.",
        "Ansvar: Anna Andersson (Region Halland) och Bertil Berg, Falkenbergs kommun.",
        "Vi ses @ mötet, eller skriv till gruppen@ senare.",
        "",
    ],
)
def test_ordinary_minutes_text_is_left_alone(text):
    assert scrub(text) == Scrubbed(text, ())


def test_placeholders_are_not_scrubbed_again():
    once = scrub("anna@x.se 070-123 45 67 19700101-1234")
    assert scrub(once.text) == Scrubbed(once.text, ())


@pytest.mark.parametrize(
    ("removed", "expected"),
    [
        ([EMAIL, PHONE, PHONE], "§ 3 Budget: 1 e-postadress, 2 telefonnummer borttagna"),
        ([EMAIL], "§ 3 Budget: 1 e-postadress borttagen"),
        ([PHONE], "§ 3 Budget: 1 telefonnummer borttaget"),
        ([PERSONNUMMER], "§ 3 Budget: 1 personnummer borttaget"),
        ([EMAIL, EMAIL], "§ 3 Budget: 2 e-postadresser borttagna"),
        ([PERSONNUMMER, PERSONNUMMER, PERSONNUMMER], "§ 3 Budget: 3 personnummer borttagna"),
        # A fixed order, whatever order they were found in.
        ((PERSONNUMMER, PHONE, EMAIL, EMAIL),
         "§ 3 Budget: 2 e-postadresser, 1 telefonnummer, 1 personnummer borttagna"),
    ],
)
def test_describe_removed(removed, expected):
    assert describe_removed("§ 3 Budget", removed) == expected


@pytest.mark.parametrize("removed", [[], ()])
def test_describe_nothing_removed(removed):
    assert describe_removed("§ 3 Budget", removed) is None


def test_describe_without_a_place():
    assert describe_removed("", [PHONE, PHONE]) == "2 telefonnummer borttagna"


def test_describe_what_scrub_found():
    result = scrub("Kontakta anna@x.se eller 070-123 45 67.")
    assert describe_removed("Anteckningar", result.removed) == "Anteckningar: 1 e-postadress, 1 telefonnummer borttagna"


# --- Properties -----------------------------------------------------------------------------------------------

LETTERS = "abcdefghijklmnopqrstuvwxyzåäöéüABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ"
words = st.lists(st.text(LETTERS, min_size=1, max_size=10), max_size=4).map(" ".join)
some_words = st.lists(st.text(LETTERS, min_size=1, max_size=10), min_size=1, max_size=4).map(" ".join)
# What separates the PII from the words around it; never a digit, '@', or a character an address can hold.
wrappers = st.sampled_from([(" ", " "), (", ", ", "), (": ", ". "), ("(", ")"), (" (", ") "), ("\n", "\n"), ("«", "»")])

# Area codes and mobile prefixes without the trunk 0, from one to three digits.
AREA_CODES = ["8", "11", "13", "18", "20", "31", "35", "40", "46", "90", "70", "72", "73", "76", "79", "346", "498",
              "771", "920", "980"]


def grouped(draw, digits: str) -> str:
    """Digits in groups of two or three, as Swedish numbers are written."""
    groups = []
    rest = digits
    while len(rest) > 3:
        size = 2 if len(rest) == 4 else draw(st.sampled_from([2, 3]))
        groups.append(rest[:size])
        rest = rest[size:]
    groups.append(rest)
    return " ".join(groups)


@st.composite
def swedish_phones(draw) -> str:
    area = draw(st.sampled_from(AREA_CODES))
    # A national number (without the 0) has 7-9 digits and a subscriber number at least 5.
    length = draw(st.integers(min_value=max(5, 7 - len(area)), max_value=9 - len(area)))
    sub = draw(st.text("0123456789", min_size=length, max_size=length))
    groups = grouped(draw, sub)
    template = draw(st.sampled_from([
        "0{area}{sub}",
        "0{area}-{sub}",
        "0{area}-{groups}",
        "0{area} {groups}",
        "0{area} - {groups}",
        "(0{area}) {groups}",
        "+46 {area} {groups}",
        "+46{area}{sub}",
        "+46-{area}-{sub}",
        "0046 {area} {groups}",
        "+46 (0){area}-{groups}",
        "+46 (0) {area} {groups}",
    ]))
    return template.format(area=area, sub=sub, groups=groups)


@st.composite
def foreign_phones(draw) -> str:
    country = draw(st.sampled_from(["1", "44", "45", "47", "49", "358", "354"]))
    length = draw(st.integers(min_value=8, max_value=10))
    digits = draw(st.text("0123456789", min_size=length, max_size=length))
    return f"+{country} {grouped(draw, digits)}"


phones = st.one_of(swedish_phones(), foreign_phones())


@st.composite
def personnummer(draw) -> str:
    born = draw(st.dates(min_value=date(1890, 1, 1), max_value=date(2026, 12, 31)))
    day = born.day + (60 if draw(st.booleans()) else 0)  # samordningsnummer
    serial = draw(st.integers(min_value=0, max_value=9999))
    year = f"{born.year:04d}" if draw(st.booleans()) else f"{born.year % 100:02d}"
    separator = draw(st.sampled_from(["", "-", "+", " "]))
    return f"{year}{born.month:02d}{day:02d}{separator}{serial:04d}"


def embed(draw, pii: str) -> tuple[str, str, str]:
    """``pii`` between generated words: (before, the text, after)."""
    left, right = draw(wrappers)
    before = draw(words) + left
    after = right + draw(words)
    return before, before + pii + after, after


@PROPERTY
@given(st.data(), st.emails())
def test_any_email_is_removed(data, address):
    before, text, after = embed(data.draw, address)
    result = scrub(text)
    assert address not in result.text
    assert result.text == before + EMAIL_GONE + after
    assert result.removed == (EMAIL,)


@PROPERTY
@given(st.data(), phones)
def test_any_phone_number_is_removed(data, number):
    before, text, after = embed(data.draw, number)
    result = scrub(text)
    assert number not in result.text
    # Ten digits starting with 0 can also be a personnummer; either way nothing of the number is left.
    assert result.text in (before + PHONE_GONE + after, before + PNR_GONE + after)
    assert result.removed in ((PHONE,), (PERSONNUMMER,))


@PROPERTY
@given(st.data(), personnummer())
def test_any_personnummer_is_removed(data, number):
    before, text, after = embed(data.draw, number)
    result = scrub(text)
    assert number not in result.text
    assert result.text == before + PNR_GONE + after
    assert result.removed == (PERSONNUMMER,)


pii = st.one_of(
    st.emails().map(lambda a: (a, (EMAIL,))),
    phones.map(lambda n: (n, (PHONE, PERSONNUMMER))),
    personnummer().map(lambda n: (n, (PERSONNUMMER,))),
)


@PROPERTY
@given(st.data(), st.lists(pii, min_size=1, max_size=5))
def test_several_in_one_text_are_all_removed_and_the_words_survive(data, found):
    pieces = [data.draw(words)]
    pattern = [re.escape(pieces[0])]
    for value, kinds in found:
        left, right = data.draw(wrappers)
        between = data.draw(some_words)
        pieces += [left, value, right, between]
        gone = "|".join(re.escape(PLACEHOLDERS[kind]) for kind in kinds)
        pattern += [re.escape(left), f"(?:{gone})", re.escape(right + between)]
    text = "".join(pieces)
    result = scrub(text)
    for value, _kinds in found:
        assert value not in result.text
    assert re.fullmatch("".join(pattern), result.text)
    assert len(result.removed) == len(found)
    assert all(kind in kinds for kind, (_value, kinds) in zip(result.removed, found, strict=True))
    # Scrubbing what was already scrubbed changes nothing.
    assert scrub(result.text) == Scrubbed(result.text, ())


@PROPERTY
@given(st.text(st.characters(exclude_categories=("Nd", "Cs"), exclude_characters="@")))
def test_text_without_digits_or_at_signs_is_unchanged(text):
    assert scrub(text) == Scrubbed(text, ())


prose = st.lists(
    st.one_of(st.text(LETTERS, min_size=1, max_size=10), st.sampled_from(list(" .,:;()-–+/§%!?\n\"'"))),
    max_size=30,
).map("".join)


@PROPERTY
@given(prose)
def test_swedish_prose_with_punctuation_is_unchanged(text):
    assert scrub(text) == Scrubbed(text, ())


def test_an_international_number_that_looks_like_a_personnummer_goes_whole() -> None:
    """Hypothesis found "+4611010000": the digits after the plus read as a personnummer, leaving the "+"."""
    result = scrub("Ring +4611010000 i morgon.")
    assert result.text == f"Ring {PHONE_GONE} i morgon."
    assert result.removed == (PHONE,)
