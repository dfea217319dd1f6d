"""Words the user reads in the GUI go through ``tr()`` (English source, Swedish in resources/translations) or
``msg()`` (the core's catalogue), never as a bare Swedish literal in samverkan_desktop/ui (DESIGN.md §3, issue 21).

Flagged: a string literal with å, ä or ö that is not a docstring and not inside a ``tr``/``translate``/``msg``
call; and any literal sentence handed straight to ``ValidationError`` or a ``QMessageBox`` box."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import samverkan_desktop

UI = Path(samverkan_desktop.__file__).parent / "ui"
SWEDISH = re.compile(r"[åäöÅÄÖ]")
SENTENCE = re.compile(r"[A-Za-zåäöÅÄÖ]{2,}\s+[A-Za-zåäöÅÄÖ]")
TRANSLATING = {"tr", "translate", "msg"}
SAYING = {"ValidationError", "warning", "critical", "information", "question"}
#: Literals that are not words for the user, by (file under ui/, text).
ALLOWED = {
    ("dialogs/backups_dialog.py", "före-"),  # the prefix of a backup's file name, matched, not shown
    ("pages/first_start_page.py", "ANVÄNDARGUIDE.md"),  # the Swedish guide's file name
    ("pages/meeting_sending.py", "möteshandlingar"),  # the suggested file name of a (Swedish) meeting pack
}


def _name(call: ast.Call) -> str:
    return call.func.attr if isinstance(call.func, ast.Attribute) else getattr(call.func, "id", "")


def bare_literals(source: str) -> list[tuple[int, str]]:
    """(line, text) of the user-facing literals in ``source`` that bypass tr()/msg()."""
    tree = ast.parse(source)
    parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
    docstrings = {node.body[0].value for node in ast.walk(tree)
                  if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
                  and node.body and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}

    def translated(node: ast.AST) -> bool:
        parent = parents.get(node)
        while parent is not None:
            if isinstance(parent, ast.Call) and _name(parent) in TRANSLATING:
                return True
            parent = parents.get(parent)
        return False

    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Constant) and isinstance(node.value, str) and SWEDISH.search(node.value)
                and node not in docstrings and not translated(node)):
            found.append((node.lineno, node.value))
        elif isinstance(node, ast.Call) and _name(node) in SAYING and not (
                isinstance(node.func, ast.Attribute) and getattr(node.func.value, "id", "") == "log"):
            for arg in node.args:
                parts = ([arg.value] if isinstance(arg, ast.Constant) and isinstance(arg.value, str) else
                         [v.value for v in arg.values if isinstance(v, ast.Constant)] if isinstance(arg, ast.JoinedStr)
                         else [])
                if SENTENCE.search("".join(parts)) and not SWEDISH.search("".join(parts)):  # those counted above
                    found.append((arg.lineno, "".join(parts)))
    return sorted(found)


def test_no_bare_swedish_in_the_ui():
    bare = [f"ui/{path.relative_to(UI).as_posix()}:{line}: {text!r}"
            for path in sorted(UI.rglob("*.py"))
            for line, text in bare_literals(path.read_text(encoding="utf-8"))
            if (path.relative_to(UI).as_posix(), text) not in ALLOWED]
    assert not bare, "user-facing text outside tr()/msg():\n" + "\n".join(bare)


def test_the_check_sees_what_it_should():
    source = '''
def f(self, folder):
    """Ärenden: a docstring is fine."""
    raise ValidationError("Välj en person.")
def g(self):
    QMessageBox.warning(self, self.tr("Title"), f"Could not read {folder} at all")
    log.warning("not for the user at all")
    return self.tr("Välj"), msg("services.x")
'''
    assert [line for line, _text in bare_literals(source)] == [4, 6]
