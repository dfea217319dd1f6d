"""cli/sample.py: ``samverkan demo`` and ``samverkan generate``: which sizes a scale means, the refusal without
one, the progress lines and the summary. The generators themselves are tested in tests/sampledata and
tests/services/test_generate.py; here they are replaced by recorders where the size would cost minutes."""

from __future__ import annotations

import argparse
from types import SimpleNamespace

import pytest

from samverkan_desktop.cli import sample
from samverkan_desktop.cli.common import Context
from samverkan_desktop.sampledata import demo as demo_module
from samverkan_desktop.sampledata import generate as generate_module


@pytest.fixture
def generated(monkeypatch) -> list[dict]:
    """Each generate() call's sizes; it reports progress for every group and returns a two-table summary."""
    calls: list[dict] = []

    def fake(uow, *, groups, years, seed, progress):
        calls.append({"groups": groups, "years": years, "seed": seed})
        for done in range(1, groups + 1):
            assert progress(done, groups, f"Grupp {done}") is True
        return SimpleNamespace(as_dict=lambda: {"groups": groups, "meetings": groups * years})

    monkeypatch.setattr(generate_module, "generate", fake)
    return calls


def _args(scale=None, groups=None, years=None, seed=1) -> argparse.Namespace:
    return argparse.Namespace(scale=scale, groups=groups, years=years, seed=seed)


@pytest.mark.parametrize("args, expected", [
    (_args("full"), {"groups": 300, "years": 20, "seed": 1}),
    (_args("tiondel", seed=7), {"groups": 30, "years": 20, "seed": 7}),
    (_args("tiondel", groups=5), {"groups": 5, "years": 20, "seed": 1}),  # a size given wins over the scale
    (_args(groups=3, years=2), {"groups": 3, "years": 2, "seed": 1}),
])
def test_the_scale_or_the_sizes_decide(generated, args, expected) -> None:
    assert sample.generate_command(args, Context("")) == 0
    assert generated == [expected]


@pytest.mark.parametrize("args", [_args(), _args(groups=3), _args(years=2)])
def test_without_a_scale_or_both_sizes_nothing_is_generated(generated, args, capsys) -> None:
    assert sample.generate_command(args, Context("")) == 2
    assert generated == []
    assert capsys.readouterr().err == "Fel: ange --scale eller både --groups och --years.\n"


def test_progress_every_tenth_of_the_groups_and_the_rows_per_table(generated, capsys) -> None:
    sample.generate_command(_args(groups=25, years=2, seed=3), Context(""))
    out = capsys.readouterr().out.splitlines()
    assert out[:3] == ["[2/25] Grupp 2", "[4/25] Grupp 4", "[6/25] Grupp 6"]  # every 25 // 10 groups
    assert out[12] == "[25/25] Grupp 25"
    assert out[13].startswith("Testdata genererade på ") and out[13].endswith(" s (frö 3):")
    assert out[14:] == ["  groups: 25", "  meetings: 50"]


def test_a_few_groups_report_each_one(generated, capsys) -> None:
    sample.generate_command(_args(groups=2, years=1), Context(""))
    assert capsys.readouterr().out.splitlines()[:2] == ["[1/2] Grupp 1", "[2/2] Grupp 2"]


def test_demo_publishes_beside_the_database_and_sums_up(monkeypatch, tmp_path, capsys) -> None:
    seen = {}

    def fake(uow, publish):
        seen["folder"] = publish.folder
        return SimpleNamespace(groups=9, organisations=4, people=30, memberships=40, meetings=12)

    monkeypatch.setattr(demo_module, "create_demo_data", fake)
    assert sample.demo(argparse.Namespace(), Context("", path=tmp_path / "samverkan.db")) == 0
    assert seen["folder"] == tmp_path / "publicerat"
    assert capsys.readouterr().out == ("Demodata inlagd: 9 grupper, 4 organisationer, 30 personer, 40 medlemskap, "
                                       "12 möten.\n")


def test_the_parsers_mark_both_commands_as_writing() -> None:
    parser = argparse.ArgumentParser()
    sample.add_parsers(parser.add_subparsers())
    demo = parser.parse_args(["demo"])
    generate = parser.parse_args(["generate", "--scale", "tiondel"])
    assert (demo.handler, demo.writes) == (sample.demo, True)
    assert (generate.handler, generate.writes, generate.seed) == (sample.generate_command, True, 1)
    with pytest.raises(SystemExit):
        parser.parse_args(["generate", "--scale", "halv"])
