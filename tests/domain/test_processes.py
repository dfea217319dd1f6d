"""Helper programs start without a console window on Windows; elsewhere the options are left alone."""

from __future__ import annotations

import subprocess

import pytest

from samverkan_desktop.domain.processes import CREATE_NO_WINDOW, STARTF_USESHOWWINDOW, SW_HIDE, hidden_window


def test_elsewhere_only_the_flags_given() -> None:
    assert hidden_window(platform="linux") == {}
    assert hidden_window(0x200, platform="darwin") == {"creationflags": 0x200}


def test_on_windows_no_window(monkeypatch: pytest.MonkeyPatch) -> None:
    class StartupInfo:
        dwFlags = 0
        wShowWindow = 1

    monkeypatch.setattr(subprocess, "STARTUPINFO", StartupInfo, raising=False)
    options = hidden_window(0x200, platform="win32")
    assert options["creationflags"] == 0x200 | CREATE_NO_WINDOW
    info = options["startupinfo"]
    assert info.dwFlags & STARTF_USESHOWWINDOW and info.wShowWindow == SW_HIDE


def test_on_windows_without_startupinfo_the_flag_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(subprocess, "STARTUPINFO", raising=False)
    assert hidden_window(platform="win32") == {"creationflags": CREATE_NO_WINDOW}
