"""Finding LibreOffice on Windows (registry, Program Files, a per-user install) and macOS, played on any system
through fake surroundings; and no console window for the programs the app starts on Windows."""

from __future__ import annotations

from samverkan_desktop.domain import processes
from samverkan_desktop.domain.processes import CREATE_NO_WINDOW, SW_HIDE, hidden_window
from samverkan_desktop.export import pdf_libreoffice
from samverkan_desktop.export.libreoffice import ENV_SOFFICE, Surroundings, find_soffice

WINDOWS_ENV = {
    "ProgramFiles": r"C:\Program Files",
    "ProgramFiles(x86)": r"C:\Program Files (x86)",
    "LOCALAPPDATA": r"C:\Users\anna\AppData\Local",
}


def windows(programs=(), registry=None, env=None, on_path=None) -> tuple[Surroundings, list[str]]:
    """A Windows where ``programs`` exist, the registry holds ``registry`` {(hive, key): value}, and PATH has
    ``on_path`` {name: path}. Also returns the list of every place looked at, in order."""
    looked_at: list[str] = []
    existing = {p.lower() for p in programs}

    def is_program(path: str) -> bool:
        looked_at.append(path)
        return path.lower() in existing

    def read_registry(hive: str, key: str, value: str) -> str | None:
        assert value == ""  # the default value of each key
        return (registry or {}).get((hive, key))

    surroundings = Surroundings(platform="win32", environ={**WINDOWS_ENV, **(env or {})},
                                which=lambda name: (on_path or {}).get(name), is_program=is_program,
                                read_registry=read_registry)
    return surroundings, looked_at


def test_the_install_path_in_the_registry_wins_over_program_files():
    install = r"D:\Program\LibreOffice 24\program"
    here, _looked = windows(
        programs=[install + r"\soffice.exe", r"C:\Program Files\LibreOffice\program\soffice.exe"],
        registry={("HKLM", r"SOFTWARE\LibreOffice\UNO\InstallPath"): install},
    )
    assert find_soffice(here) == r"D:\Program\LibreOffice 24\program\soffice.exe"


def test_a_per_user_install_is_found_through_hkcu_and_app_paths():
    exe = r"C:\Users\anna\AppData\Local\Programs\LibreOffice\program\soffice.exe"
    here, _looked = windows(
        programs=[exe],
        registry={("HKCU", r"SOFTWARE\Microsoft\Windows\CurrentVersion\App Paths\soffice.exe"): f'"{exe}"'},
    )
    assert find_soffice(here) == exe


def test_a_registry_entry_pointing_nowhere_is_passed_over():
    here, looked = windows(
        programs=[r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"],
        registry={("HKLM", r"SOFTWARE\LibreOffice\UNO\InstallPath"): r"E:\Borttaget\program"},
    )
    assert find_soffice(here) == r"C:\Program Files (x86)\LibreOffice\program\soffice.exe"
    assert looked[0] == r"E:\Borttaget\program\soffice.exe"


def test_without_registry_entries_program_files_then_localappdata_are_tried():
    here, looked = windows(programs=[r"C:\Users\anna\AppData\Local\Programs\LibreOffice\program\soffice.exe"])
    assert find_soffice(here) == r"C:\Users\anna\AppData\Local\Programs\LibreOffice\program\soffice.exe"
    assert looked == [
        r"C:\Program Files\LibreOffice\program\soffice.exe",
        r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
        r"C:\Users\anna\AppData\Local\Programs\LibreOffice\program\soffice.exe",
    ]


def test_program_files_on_another_drive_comes_from_the_environment():
    here, _looked = windows(programs=[r"D:\Apps\LibreOffice\program\soffice.exe"],
                            env={"ProgramFiles": r"D:\Apps"})
    assert find_soffice(here) == r"D:\Apps\LibreOffice\program\soffice.exe"


def test_nothing_installed_on_windows_finds_nothing():
    here, looked = windows()
    assert find_soffice(here) is None
    assert len(looked) == 3


def test_the_path_and_the_setting_come_before_any_installed_copy():
    exe = r"C:\Program Files\LibreOffice\program\soffice.exe"
    here, looked = windows(programs=[exe], on_path={"soffice": r"C:\Tools\soffice.exe"})
    assert find_soffice(here) == r"C:\Tools\soffice.exe"
    assert looked == []
    setting = Surroundings(platform="win32", environ={ENV_SOFFICE: r"E:\LO\soffice.exe"},
                           which=lambda name: None, is_program=lambda path: True,
                           read_registry=lambda *key: r"C:\LibreOffice\program")
    assert find_soffice(setting) is None  # a setting that does not work is reported, not replaced


def test_macos_looks_in_applications_then_the_users_applications():
    looked: list[str] = []
    user_copy = "/Users/anna/Applications/LibreOffice.app/Contents/MacOS/soffice"

    def is_program(path: str) -> bool:
        looked.append(path)
        return path == user_copy

    mac = Surroundings(platform="darwin", environ={"HOME": "/Users/anna"}, which=lambda name: None,
                       is_program=is_program)
    assert find_soffice(mac) == user_copy
    assert looked == ["/Applications/LibreOffice.app/Contents/MacOS/soffice", user_copy]


def test_on_windows_no_console_window_is_opened(monkeypatch):
    class FakeStartupInfo:
        def __init__(self) -> None:
            self.dwFlags = 0
            self.wShowWindow = 1

    monkeypatch.setattr(processes.subprocess, "STARTUPINFO", FakeStartupInfo, raising=False)
    options = hidden_window(subprocess_group := 0x200, platform="win32")
    assert options["creationflags"] == subprocess_group | CREATE_NO_WINDOW
    assert options["startupinfo"].dwFlags & 1 and options["startupinfo"].wShowWindow == SW_HIDE
    assert hidden_window(platform="linux") == {}
    assert hidden_window(0x200, platform="linux") == {"creationflags": 0x200}


def test_soffice_is_started_with_the_hidden_window_options(monkeypatch, tmp_path):
    started = {}

    class FakeProcess:
        returncode = 1
        pid = 4711

    def fake_popen(command, **options):
        started.update(options)
        return FakeProcess()

    monkeypatch.setattr(pdf_libreoffice, "hidden_window", lambda flags=0: {"creationflags": flags | CREATE_NO_WINDOW})
    monkeypatch.setattr(pdf_libreoffice.subprocess, "Popen", fake_popen)
    process = pdf_libreoffice._Soffice(["soffice", "--headless"])
    assert process.returncode == 1
    assert started["creationflags"] & CREATE_NO_WINDOW


def test_every_subprocess_in_the_app_goes_through_hidden_window():
    """A new subprocess call elsewhere would flash a console on Windows: each call site names hidden_window."""
    from pathlib import Path

    import samverkan_desktop

    root = Path(samverkan_desktop.__file__).parent
    for path in root.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        calls = sum(text.count(f"subprocess.{name}(") for name in ("Popen", "run", "call", "check_call",
                                                                     "check_output"))
        if calls and path.name != "processes.py":
            assert text.count("hidden_window(") >= calls, path
