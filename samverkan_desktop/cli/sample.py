"""``samverkan demo`` and ``samverkan generate``: sample and generated data (the sampledata package, which only
the CLI, the app and the benchmarks import)."""

from __future__ import annotations

import argparse
import sys

from ..domain.messages import msg
from .common import Context, command

GENERATE_SCALES = {"full": (300, 20), "tiondel": (30, 20)}


def add_parsers(commands) -> None:
    command(commands.add_parser("demo", help="lägg in demodata (grupperna i uppdragshandlingarna) i en tom databas"),
            demo, writes=True)
    generate = commands.add_parser("generate", help="generera en stor, realistisk testdatabas i en tom databas "
                                   "(samma argument ger samma innehåll)")
    generate.add_argument("--scale", choices=tuple(GENERATE_SCALES),
                          help="full: 300 grupper i 20 år; tiondel: 30 grupper i 20 år")
    generate.add_argument("--groups", type=int, metavar="N", help="antal grupper (regioner, områden, grupper)")
    generate.add_argument("--years", type=int, metavar="N", help="antal kalenderår, till och med 2026")
    generate.add_argument("--seed", type=int, default=1, metavar="N", help="slumpfrö (standard 1)")
    command(generate, generate_command, writes=True)


def demo(_args: argparse.Namespace, ctx: Context) -> int:
    from ..application.publishing import demo_publisher
    from ..sampledata import demo as sample

    summary = sample.create_demo_data(ctx.uow, publish=demo_publisher(ctx.path))
    print(msg("cli.sample.demo", groups=summary.groups, organisations=summary.organisations, people=summary.people,
              memberships=summary.memberships, meetings=summary.meetings))
    return 0


def generate_command(args: argparse.Namespace, ctx: Context) -> int:
    """Exit 0 with the rows written per table; 2 when neither a scale nor both sizes are given."""
    import time

    from ..sampledata.generate import generate

    groups, years = GENERATE_SCALES.get(args.scale, (None, None))
    groups, years = args.groups or groups, args.years or years
    if groups is None or years is None:
        print(msg("cli.error", text=msg("cli.sample.give_scale")), file=sys.stderr)
        return 2
    step = max(groups // 10, 1)

    def report(done: int, total: int, name: str) -> bool:
        if done % step == 0 or done == total:
            print(f"[{done}/{total}] {name}", flush=True)
        return True

    started = time.perf_counter()
    summary = generate(ctx.uow, groups=groups, years=years, seed=args.seed, progress=report)
    print(msg("cli.sample.generated", seconds=f"{time.perf_counter() - started:.0f}", seed=args.seed))
    for table, rows in summary.as_dict().items():
        print(f"  {table}: {rows}")
    return 0
