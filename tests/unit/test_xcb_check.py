"""Before Qt starts on Linux: a missing libxcb-cursor0 is named, not a Qt core dump."""

from __future__ import annotations

import pytest

from ui.desktop import xcb_check
from ui.desktop.xcb_check import library_present, missing_xcb_packages, xcb_problem

X11 = {"DISPLAY": ":0"}


def _without(*missing: str):
    return lambda name, _soname: name not in missing


def test_missing_cursor_library_names_the_package_to_install():
    line = xcb_problem(X11, _without("xcb-cursor"), platform="linux")
    assert line is not None
    assert "sudo apt install libxcb-cursor0" in line
    assert "\n" not in line


def test_every_missing_library_is_named_in_one_command():
    packages = missing_xcb_packages(X11, _without("xcb-icccm", "xcb-keysyms"), platform="linux")
    assert packages == ["libxcb-icccm4", "libxcb-keysyms1"]


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"},
        {"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland"},
        {},
        {"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland"},
    ],
)
def test_no_complaint_when_qt_will_not_use_x11(environ):
    assert xcb_problem(environ, _without("xcb-cursor"), platform="linux") is None


def test_xcb_chosen_explicitly_is_checked():
    environ = {"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb", "XDG_SESSION_TYPE": "wayland"}
    assert missing_xcb_packages(environ, _without("xcb-cursor"), platform="linux") == [
        "libxcb-cursor0"
    ]


def test_nothing_missing_means_no_message():
    assert xcb_problem(X11, lambda _n, _s: True, platform="linux") is None
    assert xcb_problem(X11, _without("xcb-cursor"), platform="darwin") is None


def test_library_lookup_finds_libc_and_not_an_invented_name():
    assert library_present("c", "libc.so.6")
    assert not library_present("casework-no-such-lib", "libcasework-no-such-lib.so.7")


def test_desktop_start_stops_with_one_line_before_qt(monkeypatch, capsys):
    from ui.desktop.application import run_desktop

    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    monkeypatch.delenv("XDG_SESSION_TYPE", raising=False)
    monkeypatch.setattr(xcb_check.sys, "platform", "linux")
    monkeypatch.setattr(xcb_check, "library_present", lambda name, _s: name != "xcb-cursor")
    assert run_desktop(vault="/nonexistent/never-opened.cwvault") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "sudo apt install libxcb-cursor0" in err
