"""The message catalogue: every id in Swedish and English with the same placeholders, every msg() call names a
known id with the arguments it needs, and no error in the core is raised with a literal sentence."""

from __future__ import annotations

import ast
import builtins
import re
from pathlib import Path

import pytest

from samverkan_desktop.domain import messages
from samverkan_desktop.domain.errors import ValidationError
from samverkan_desktop.domain.messages import CATALOGUE, msg, placeholders, set_language, text_in

PACKAGE = Path(messages.__file__).resolve().parents[2]
CORE = ("services", "db", "domain", "application", "importing", "export")
#: Errors nobody reads as they are: Python's own (a programmer's mistake, or caught and said in other words), and
#: strict_json's parser hook (turned into the caller's message).
INTERNAL = {name for name, value in vars(builtins).items() if isinstance(value, type) and issubclass(value, Exception)
            } | {"RefusedError"}


def _core_files() -> list[Path]:
    return [path for name in CORE for path in sorted((PACKAGE / name).rglob("*.py"))
            if "messages" not in path.relative_to(PACKAGE).parts]


def _is_text(node: ast.expr) -> bool:
    if isinstance(node, ast.Constant):
        return isinstance(node.value, str)
    if isinstance(node, ast.JoinedStr):
        return True
    if isinstance(node, ast.BinOp):
        return _is_text(node.left) or _is_text(node.right)
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):  # "…".replace(), "…".format()
        return _is_text(node.func.value)
    return False


def _name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


@pytest.fixture
def english():
    set_language("en")
    yield
    set_language("sv")


def test_every_message_has_both_languages_with_the_same_placeholders():
    assert len(CATALOGUE) > 250
    for message_id, (swedish, english) in CATALOGUE.items():
        assert swedish.strip() and english.strip(), message_id
        assert swedish != english or not any(c in swedish for c in "åäö"), message_id
        assert placeholders(swedish) == placeholders(english), message_id


def test_english_texts_are_not_left_in_swedish():
    for message_id, (_swedish, english) in CATALOGUE.items():
        words = set(english.replace(".", " ").replace(",", " ").split())
        assert not words & {"inte", "och", "finns", "kan", "är", "har"}, (message_id, english)


def test_no_error_in_the_core_is_raised_with_a_literal_sentence():
    """``raise SomethingError("…")`` (or an f-string, or a concatenation) in services, db, domain, application,
    importing and export: the text belongs in the catalogue, so that it follows the chosen language."""
    found = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call):
                call = node.exc
                if _name(call).endswith(("Error", "Cancelled")) and _name(call) not in INTERNAL:
                    if call.args and _is_text(call.args[0]):
                        found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            if isinstance(node, ast.Call) and _name(node) in {"ValidationError", "StorageError", "NotFoundError",
                                                             "ConflictError", "DomainError", "SchemaTooNewError"}:
                if node.args and _is_text(node.args[0]):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            # require_text(value, field, message) raises with its message.
            if isinstance(node, ast.Call) and _name(node) == "require_text" and len(node.args) > 2:
                if _is_text(node.args[2]):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
            if isinstance(node, ast.Call) and _name(node) in {"ValidationError", "StorageError", "NotFoundError",
                                                             "ConflictError", "DomainError", "SchemaTooNewError"}:
                # A constant such as NOT_FOUND holds a message id: it goes through msg() to become a sentence.
                if node.args and isinstance(node.args[0], ast.Name) and node.args[0].id.isupper():
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.args[0].id}")
    assert found == []


def test_every_msg_call_names_a_known_id_with_the_arguments_it_needs():
    calls = 0
    for path in [*_core_files(), *sorted(PACKAGE.glob("*.py")), *sorted((PACKAGE / "ui").rglob("*.py")),
                 *sorted((PACKAGE / "cli").glob("*.py"))]:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (isinstance(node, ast.Call) and _name(node) == "msg" and node.args
                    and isinstance(node.args[0], ast.Constant)):
                calls += 1
                message_id = node.args[0].value
                where = f"{path.relative_to(PACKAGE)}:{node.lineno}"
                assert message_id in CATALOGUE, where
                given = {keyword.arg for keyword in node.keywords}
                assert given == placeholders(CATALOGUE[message_id][0]), where
    assert calls > 200


def test_msg_follows_the_language(english):
    assert msg("services.gone.meeting") == "The meeting no longer exists."
    set_language("sv")
    assert msg("services.gone.meeting") == "Mötet finns inte längre."
    set_language("xx")  # anything unknown: Swedish
    assert msg("services.gone.meeting") == "Mötet finns inte längre."
    assert text_in("en", "db.preflight.sokvagen_ar_mapp_databasfil", path="/x") == (
        "The path /x is a folder, not a database file.")


def test_a_refusal_from_a_service_rule_is_in_english_when_english_is_chosen(english):
    from samverkan_desktop.domain.signing import check_passphrase

    with pytest.raises(ValidationError) as refused:
        check_passphrase("abc", "abd")
    assert refused.value.message == "The passphrases are not the same."


def test_msg_is_never_called_at_import_time():
    """A module-level msg() would fix the language before start-up sets it: constants hold ids instead."""
    found = []
    for path in [*_core_files(), *sorted((PACKAGE / "ui").rglob("*.py"))]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for statement in tree.body:
            if isinstance(statement, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            nodes = ast.walk(statement)
            if isinstance(statement, ast.ClassDef):  # methods are fine, the class body is not
                nodes = (n for s in statement.body if not isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef))
                         for n in ast.walk(s))
            found += [f"{path.relative_to(PACKAGE)}:{n.lineno}" for n in nodes
                      if isinstance(n, ast.Call) and _name(n) == "msg"]
    assert found == []


def test_the_cli_prints_no_literal_sentence():
    """print("…") and print(f"…") in the CLI: its own words are in the catalogue's cli section, so that they follow
    --language. Machine-like lines (a progress counter, a table's cells, SQL) are not sentences."""
    found = []
    for path in sorted((PACKAGE / "cli").glob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) == "print" and node.args and _is_text(node.args[0]):
                words = [part.value for part in ast.walk(node.args[0])
                         if isinstance(part, ast.Constant) and isinstance(part.value, str)
                         and not part.value.startswith("cli.")]  # a message id
                if any(len(re.findall(r"[A-Za-zÅÄÖåäö]{3,}", word)) >= 2 for word in words):
                    found.append(f"{path.relative_to(PACKAGE)}:{node.lineno}")
    assert found == []


def test_catalogue_modules_stay_small():
    for path in sorted(Path(messages.__file__).parent.glob("*.py")):
        assert len(path.read_text(encoding="utf-8").splitlines()) < 400, path.name


def test_every_message_id_handed_to_a_helper_is_in_the_catalogue():
    """get_or_raise and lock_meeting take the id of their "no longer exists" message, not a sentence."""
    handed = []
    for path in _core_files():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Call) and _name(node) in {"get_or_raise", "lock_meeting"}:
                handed += [(f"{path.relative_to(PACKAGE)}:{node.lineno}", arg.value) for arg in node.args[3:]
                           if isinstance(arg, ast.Constant) and isinstance(arg.value, str)]
    assert handed, "the helpers are called with ids somewhere"
    assert [where for where, message_id in handed if message_id not in CATALOGUE] == []
