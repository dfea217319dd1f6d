"""``samverkan export pack`` and the e-mail drafts from the command line."""

from __future__ import annotations

import pikepdf
import pytest
from pack_samples import needs_soffice
from test_cli import approved_minutes

from samverkan_desktop import cli


def meeting_of(db, capsys) -> str:
    capsys.readouterr()
    assert cli.main(["--db", str(db), "meetings", "--group", "nosam"]) == 0
    return capsys.readouterr().out.split()[0]


def test_a_draft_without_addresses_is_refused_and_nothing_is_written(tmp_path, capsys):
    db = tmp_path / "mail.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    meeting = meeting_of(db, capsys)
    for kind in ("invitation-mail", "review-mail", "minutes-mail"):
        target = tmp_path / f"{kind}.eml"
        assert cli.main(["--db", str(db), "export", kind, meeting, "--out", str(target)]) == 1
        assert capsys.readouterr().err.startswith("Fel: ") and not target.exists()


def test_the_review_mail_goes_to_the_chair(tmp_path, capsys):
    from samverkan_desktop.db.engine import create_database_engine
    from samverkan_desktop.db.uow import create_unit_of_work
    from samverkan_desktop.services.dto import PersonData
    from samverkan_desktop.services.people import list_people, update_person

    db = tmp_path / "mail.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    engine = create_database_engine(f"sqlite:///{db}")
    uow = create_unit_of_work(engine, "testare")
    chair = list_people(uow)[0]
    update_person(uow, chair.id, PersonData(chair.name, email="asa.oberg@ostra.se"))
    engine.dispose()
    meeting = meeting_of(db, capsys)
    target = tmp_path / "granskning.eml"
    # The minutes are approved already: nothing to review.
    assert cli.main(["--db", str(db), "export", "review-mail", meeting, "--out", str(target)]) == 1
    assert "redan godkända" in capsys.readouterr().err


@pytest.mark.slow
def test_export_pack_writes_one_pdf(tmp_path, capsys):
    needs_soffice()
    db = tmp_path / "pack.db"
    assert cli.main(["--db", str(db), "migrate"]) == 0
    approved_minutes(db)
    meeting = meeting_of(db, capsys)
    target = tmp_path / "Möteshandlingar.pdf"
    assert cli.main(["--db", str(db), "export", "pack", meeting, "--out", str(target)]) == 0
    out = capsys.readouterr().out
    assert "Sparad:" in out and "sidor" in out
    with pikepdf.open(target) as pdf, pdf.open_outline() as outline:
        assert [o.title for o in outline.root] == ["Kallelse", "Innehåll", "§ 1 Gemensam rutin"]
