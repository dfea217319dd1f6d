"""What can be checked of the Windows build here: the installer refers only to what build.spec produces, its
version matches pyproject, the workflow parses and runs the same smoke test as `make dist`, and the version
resource. The Windows workflow itself needs a Windows runner (.github/workflows/windows.yml)."""

from __future__ import annotations

import ast
import re
import tomllib
from pathlib import Path, PureWindowsPath

import yaml

from samverkan_desktop.app import parse_args
from samverkan_desktop.domain.review_file import REVIEW_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
ISS = ROOT / "installer" / "samverkan.iss"
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def iss_text() -> str:
    return ISS.read_text(encoding="utf-8-sig")


def defines(text: str) -> dict[str, str]:
    return dict(re.findall(r'^\s*#define\s+(\w+)\s+"([^"]*)"', text, re.MULTILINE))


def expand(value: str, names: dict[str, str]) -> str:
    return re.sub(r"\{#(\w+)\}", lambda m: names[m.group(1)], value)


def section(text: str, name: str) -> list[str]:
    match = re.search(rf"^\[{name}\]\n(.*?)(?=^\[|\Z)", text, re.MULTILINE | re.DOTALL)
    assert match, f"no [{name}] section"
    return [line for line in match.group(1).splitlines() if line.strip() and not line.lstrip().startswith(";")]


def unquote(value: str) -> str:
    value = value.strip()
    return value[1:-1].replace('""', '"') if value.startswith('"') and value.endswith('"') else value


def entry(line: str) -> dict[str, str]:
    return {key: unquote(value) for key, value in re.findall(r'(\w+):\s*("(?:[^"]|"")*"|[^;]+)', line)}


def build_spec_layout() -> tuple[str, set[str]]:
    """COLLECT's folder name and the programs' names, read from build.spec."""
    tree = ast.parse((ROOT / "build.spec").read_text(encoding="utf-8"))
    programs, folder = set(), None
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id == "program":
                programs.add(node.args[1].value)
            elif node.func.id == "COLLECT":
                folder = next(k.value.value for k in node.keywords if k.arg == "name")
    return folder, programs


def test_build_spec_makes_both_programs_in_one_folder():
    folder, programs = build_spec_layout()
    assert folder == "samverkan-desktop"
    assert programs == {"samverkan-desktop", "samverkan"}
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'program(gui, "samverkan-desktop", False' in spec and 'program(cli, "samverkan", True' in spec
    assert 'collect_data_files("tzdata")' in spec and "samverkan.ico" in spec


def test_every_installer_source_is_produced_by_the_build():
    text = iss_text()
    names = defines(text)
    folder, programs = build_spec_layout()
    assert PureWindowsPath(names["DistDir"]) == PureWindowsPath("..", "dist", folder)
    sources = [expand(entry(line)["Source"], names) for line in section(text, "Files")]
    produced = {f"{program}.exe" for program in programs} | {"_internal\\*"}  # PyInstaller 6's contents folder
    relative = {str(PureWindowsPath(source).relative_to(PureWindowsPath(names["DistDir"]))) for source in sources}
    assert relative == produced
    dist = ROOT / "dist" / folder
    if dist.is_dir():  # after `make dist` on Linux: the same layout, without .exe
        assert {p.name for p in dist.iterdir()} >= {*programs, "_internal"}


def test_files_in_the_repository_that_the_installer_uses_exist():
    text = iss_text()
    icon = re.search(r"^SetupIconFile=(.+)$", text, re.MULTILINE).group(1)
    assert (ISS.parent / PureWindowsPath(icon).as_posix()).is_file()


def test_the_fallback_version_matches_pyproject():
    assert defines(iss_text())["AppVersion"] == VERSION


def test_per_user_by_default_per_machine_allowed_and_data_left_alone():
    text = iss_text()
    assert re.search(r"^PrivilegesRequired=lowest$", text, re.MULTILINE)
    assert re.search(r"^PrivilegesRequiredOverridesAllowed=dialog$", text, re.MULTILINE)
    assert "{autopf}" in text and "Root: HKA;" in text  # follow the chosen mode
    assert "[UninstallDelete]" not in text and "[InstallDelete]" not in text
    assert "DelTree" not in text and "DeleteFile" not in text
    assert any("{autoprograms}" in line for line in section(text, "Icons"))  # Start menu


def test_review_files_open_in_review_mode():
    text = iss_text()
    names = defines(text)
    assert names["ReviewExt"] == REVIEW_SUFFIX
    commands = [expand(entry(line)["ValueData"], names) for line in section(text, "Registry")
                if "shell\\open\\command" in line]
    assert commands == ['"{app}\\samverkan-desktop.exe" --review "%1"']
    assert parse_args(["--review", "x.granskning"]).review == "x.granskning"


def test_the_workflow_builds_smoke_tests_and_packages_on_windows():
    workflow = yaml.safe_load((ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8"))
    job = workflow["jobs"]["build"]
    assert job["runs-on"].startswith("windows")
    runs = "\n".join(step.get("run", "") for step in job["steps"])
    assert "pip install '.[dist]'" in runs
    assert "pyinstaller --noconfirm --clean build.spec" in runs
    assert ".ci/smoke-programs dist/samverkan-desktop" in runs
    assert "choco install innosetup" in runs
    assert "/DAppVersion=${{ steps.version.outputs.version }}" in runs and "installer\\samverkan.iss" in runs
    assert any(step.get("uses", "").startswith("actions/upload-artifact") for step in job["steps"])


def test_make_dist_and_the_workflow_run_the_same_smoke_test():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    # Both say that the frozen build bundles the PostgreSQL driver, so both run its check.
    assert re.search(r"^smoke-dist:\n\tSMOKE_BUNDLES_POSTGRES=1 \.ci/smoke-programs dist/samverkan-desktop$", makefile,
                     re.MULTILINE)
    workflow = (ROOT / ".github" / "workflows" / "windows.yml").read_text(encoding="utf-8")
    assert "run: SMOKE_BUNDLES_POSTGRES=1 bash .ci/smoke-programs dist/samverkan-desktop" in workflow
    smoke = (ROOT / ".ci" / "smoke-programs").read_text(encoding="utf-8")
    for command in ('"$bin/samverkan" --db "$db" demo', 'export minutes "$meeting"',
                    '"$bin/samverkan" --db "$db" verify', '"$bin/samverkan-desktop" --db "$db" --smoke-test',
                    "PYTHONTZPATH=", 'admin check-connection "postgresql+psycopg://'):
        assert command in smoke


def test_the_version_resource_follows_pyproject():
    import sys

    sys.path.insert(0, str(ROOT / "installer"))
    try:
        from version_info import version_info_text, version_tuple
    finally:
        sys.path.remove(str(ROOT / "installer"))
    assert version_tuple("1.2.3rc1") == (1, 2, 3, 0)
    text = version_info_text(VERSION, "samverkan", "kommandoraden")
    calls = {}

    def record(name):
        return lambda *args, **kwargs: calls.setdefault(name, []).append((args, kwargs)) or (name, args, kwargs)

    names = ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "StringStruct", "VarFileInfo",
             "VarStruct")
    eval(text, {name: record(name) for name in names})  # PyInstaller reads this text the same way
    strings = dict(args for args, _ in calls["StringStruct"])
    assert strings["ProductVersion"] == strings["FileVersion"] == VERSION
    assert strings["CompanyName"] == "Samverkan Desktop" and strings["ProductName"] == "Samverkan Desktop"
    assert strings["OriginalFilename"] == "samverkan.exe"
    assert calls["FixedFileInfo"][0][1]["filevers"] == version_tuple(VERSION)
