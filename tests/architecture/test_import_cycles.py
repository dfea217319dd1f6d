"""No import cycle inside samverkan_desktop (docs/ARCHITECTURE.md, "Layers"): not at module level, not through an
import inside a function, not through an import under TYPE_CHECKING. A cycle means two modules that can only be
understood (and tested, and type-checked) together; cut it by moving what both need one layer down, or by a
Protocol or callback where the lower one calls back up."""

from __future__ import annotations

import grimp
import pytest

PACKAGE = "samverkan_desktop"
#: Cycles being cut on another branch, each with where: remove the entry when it lands (the test then holds it).
BEING_CUT: set[frozenset[str]] = set()  # the approval bar's cycle went with ui/operations.py (issue 21 point 1)


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph(PACKAGE, exclude_type_checking_imports=False, cache_dir=None)


def strongly_connected(graph: grimp.ImportGraph) -> list[list[str]]:
    """Tarjan's strongly connected components of more than one module (or one importing itself)."""
    modules = sorted(graph.modules)
    edges = {m: sorted(i for i in graph.find_modules_directly_imported_by(m) if i.startswith(PACKAGE))
             for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []

    def visit(start: str) -> None:  # iterative, so that a long chain cannot exhaust the recursion limit
        work = [(start, iter(edges[start]))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(edges[child])))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    low[work[-1][0]] = min(low[work[-1][0]], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    if len(component) > 1 or node in edges[node]:
                        found.append(sorted(component))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def describe(graph: grimp.ImportGraph, component: list[str]) -> str:
    first, second = component[0], component[1] if len(component) > 1 else component[0]
    there = graph.find_shortest_chain(first, second) or ()
    back = graph.find_shortest_chain(second, first) or ()
    return " -> ".join([*there, *back[1:]])


def test_no_module_imports_itself_back(graph) -> None:
    cycles = [describe(graph, component) for component in strongly_connected(graph)
              if frozenset(component) not in BEING_CUT]
    assert cycles == [], "import cycles:\n" + "\n".join(cycles)


def test_the_cycles_being_cut_are_still_there(graph) -> None:
    """So that an entry of BEING_CUT goes when its cycle does."""
    gone = BEING_CUT - {frozenset(component) for component in strongly_connected(graph)}
    assert not gone, f"cut now, delete from BEING_CUT: {[sorted(c) for c in gone]}"


def test_the_finder_finds_a_cycle() -> None:
    graph = grimp.ImportGraph()
    for name in (f"{PACKAGE}.a", f"{PACKAGE}.b", f"{PACKAGE}.c"):
        graph.add_module(name)
    graph.add_import(importer=f"{PACKAGE}.a", imported=f"{PACKAGE}.b")
    graph.add_import(importer=f"{PACKAGE}.b", imported=f"{PACKAGE}.a")
    graph.add_import(importer=f"{PACKAGE}.b", imported=f"{PACKAGE}.c")
    assert strongly_connected(graph) == [[f"{PACKAGE}.a", f"{PACKAGE}.b"]]
