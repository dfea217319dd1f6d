"""cli/transfer.py: ``samverkan import minutes FILE.docx --group G [--dry-run]`` through cli.main, finding the group
by id or name, and the handlers of ``export all`` and ``export oparl``."""

from __future__ import annotations

import argparse
import json
import zipfile
from datetime import date

import pytest
from docx import Document
from sqlalchemy import func, select

from samverkan_desktop import cli
from samverkan_desktop.cli.common import Context
from samverkan_desktop.cli.transfer import export_all, export_oparl, find_group
from samverkan_desktop.db.models import Attachment, Meeting
from samverkan_desktop.domain.enums import GroupKind, Role
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.services.dto import GroupData, MembershipData, PersonData
from samverkan_desktop.services.groups import create_group
from samverkan_desktop.services.memberships import save_membership
from samverkan_desktop.services.people import create_person


def _world(uow) -> None:
    with uow:
        group = create_group(uow, GroupData("LGS Ale", GroupKind.COORDINATION_GROUP)).id
        create_group(uow, GroupData("LGS Alingsås", GroupKind.COORDINATION_GROUP))
        for name in ("Anna Berg", "Bo Ek"):
            person = create_person(uow, PersonData(name)).id
            save_membership(uow, MembershipData(person, group, Role.MEMBER, None, date(2020, 1, 1), None))
        uow.commit()


def _document(target):
    d = Document()
    d.add_paragraph("Minnesanteckningar LGS Ale")
    d.add_paragraph("Datum: 2024-10-01")
    d.add_paragraph("Tid: 13.00-15.00")
    d.add_paragraph("Närvarande: Anna Berg, Bo Ek, Sven Okänd")
    d.add_paragraph("§ 30 Öppnande")
    d.add_paragraph("§ 31 Rutiner")
    d.add_paragraph("Rutinen diskuterades.")
    d.add_paragraph("Beslut: att anta rutinen")
    d.save(str(target))
    return target


def _count(uow, model) -> int:
    with uow:
        return uow.session.scalar(select(func.count()).select_from(model))


def test_dry_run_prints_the_structure_and_saves_nothing(uow, db_path, tmp_path, capsys):
    _world(uow)
    source = _document(tmp_path / "ale.docx")
    assert cli.main(["--db", str(db_path), "import", "minutes", str(source), "--group", "LGS Ale", "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "§-stycken" in out and "Möte: LGS Ale 2024-10-01 kl. 13.00–15.00" in out
    assert "§ 31 Rutiner" in out and "Beslut: att anta rutinen" in out and "Rutinen diskuterades." in out
    assert "närvarande: Anna Berg = Anna Berg" in out
    assert "Sven Okänd KÄNNS INTE IGEN" in out
    assert "Provkörning: inget har sparats." in out
    assert _count(uow, Meeting) == 0


def test_import_creates_the_meeting_and_keeps_the_original(uow, db_path, tmp_path, capsys):
    _world(uow)
    source = _document(tmp_path / "ale.docx")
    assert cli.main(["--db", str(db_path), "import", "minutes", str(source), "--group", "ale"]) == 0
    out = capsys.readouterr().out
    assert "Importerat: möte" in out and "2 punkter (§ 30–31), 2 personer" in out
    assert "Kändes inte igen som medlemmar (inte med i närvarolistan): Sven Okänd" in out
    assert _count(uow, Meeting) == 1 and _count(uow, Attachment) == 1
    # The same document again: its § are taken in that group and year.
    assert cli.main(["--db", str(db_path), "import", "minutes", str(source), "--group", "LGS Ale"]) == 1
    assert "§-numren i dokumentet finns redan i LGS Ale 2024" in capsys.readouterr().err
    assert _count(uow, Meeting) == 1


def test_unclear_group_and_a_renamed_text_file_say_so(uow, db_path, tmp_path, capsys):
    _world(uow)
    source = _document(tmp_path / "ale.docx")
    assert cli.main(["--db", str(db_path), "import", "minutes", str(source), "--group", "LGS"]) == 1
    assert "Flera grupper passar 'LGS'" in capsys.readouterr().err
    fake = tmp_path / "text.docx"
    fake.write_text("§ 1 Öppnande\n", encoding="utf-8")
    assert cli.main(["--db", str(db_path), "import", "minutes", str(fake), "--group", "LGS Ale"]) == 1
    err = capsys.readouterr().err
    assert "Filen text.docx är inte ett Word-dokument (.docx) trots sin filändelse: den är en textfil." in err
    assert "Traceback" not in err
    assert _count(uow, Meeting) == 0


def test_find_group_by_id_exact_name_or_the_one_containing_the_text(uow):
    _world(uow)
    create_group(uow, GroupData("LGS Ale norra", GroupKind.COORDINATION_GROUP))
    ale = find_group(uow, "LGS Ale")  # exact: taken before a name that merely contains it
    assert ale.name == "LGS Ale"
    assert find_group(uow, f" {ale.id} ").name == "LGS Ale"
    assert find_group(uow, "lgs ale").name == "LGS Ale"  # case does not matter
    assert find_group(uow, "norra").name == "LGS Ale norra"
    assert find_group(uow, "ingsås").name == "LGS Alingsås"


def test_find_group_refuses_none_and_several_in_words(uow):
    _world(uow)
    with pytest.raises(ValidationError) as none:
        find_group(uow, "Borås")
    assert none.value.message == "Gruppen 'Borås' finns inte; se 'samverkan groups'."
    with pytest.raises(ValidationError) as several:
        find_group(uow, "LGS Al")
    assert several.value.message == ("Flera grupper passar 'LGS Al' (LGS Ale, LGS Alingsås); ange hela namnet "
                                     "eller id.")
    with pytest.raises(ValidationError):
        find_group(uow, "999")


def test_export_all_writes_the_zip_and_says_what_is_in_it(uow, tmp_path, capsys):
    _world(uow)
    target = tmp_path / "allt.zip"
    assert export_all(argparse.Namespace(file=target), Context("", uow=uow)) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith(f"Sparad: {target} (") and captured.out.endswith(" 0 bilagor).\n")
    assert captured.err.splitlines()[-1].startswith("[100 %] ")
    with zipfile.ZipFile(target) as archive:
        assert any(name.endswith("person.csv") for name in archive.namelist())


def test_export_oparl_writes_the_tree_and_counts_it(uow, tmp_path, capsys):
    _world(uow)
    folder = tmp_path / "oparl"
    args = argparse.Namespace(folder=folder, base_url="https://example.se/oparl", body_name="Region Test")
    assert export_oparl(args, Context("", uow=uow)) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"OParl-träd i {folder}: ") and "0 markerade som borttagna." in out
    bodies = [json.loads(p.read_text(encoding="utf-8")) for p in folder.rglob("*.json")]
    assert any(b.get("name") == "Region Test" for b in bodies)
