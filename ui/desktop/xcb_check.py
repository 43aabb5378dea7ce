"""Before Qt starts on Linux: are the system libraries of Qt's xcb platform plugin there?

Qt 6.5+ needs ``libxcb-cursor0`` and a few other ``libxcb-*`` libraries for X11; without
them it aborts with "could not load the Qt platform plugin xcb" and a core dump. A bare
Debian or Ubuntu desktop often lacks them, so :func:`missing_xcb_packages` looks for each
library first and :func:`xcb_problem` says, in one line, which packages to install.
Qt-free; any thread.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys
from collections.abc import Callable, Mapping

# The plugin's libraries (``ldd libqxcb.so``) that are not part of X11 itself, with the
# Debian/Ubuntu package of each.
XCB_LIBRARIES: tuple[tuple[str, str, str], ...] = (
    ("xcb-cursor", "libxcb-cursor.so.0", "libxcb-cursor0"),
    ("xcb-icccm", "libxcb-icccm.so.4", "libxcb-icccm4"),
    ("xcb-image", "libxcb-image.so.0", "libxcb-image0"),
    ("xcb-keysyms", "libxcb-keysyms.so.1", "libxcb-keysyms1"),
    ("xcb-render-util", "libxcb-render-util.so.0", "libxcb-render-util0"),
    ("xcb-randr", "libxcb-randr.so.0", "libxcb-randr0"),
    ("xcb-shape", "libxcb-shape.so.0", "libxcb-shape0"),
    ("xcb-xkb", "libxcb-xkb.so.1", "libxcb-xkb1"),
    ("xkbcommon-x11", "libxkbcommon-x11.so.0", "libxkbcommon-x11-0"),
)


def library_present(name: str, soname: str) -> bool:
    """True if the dynamic loader finds the library (``ldconfig``'s cache, or loading it by
    its soname, which also honours ``LD_LIBRARY_PATH``)."""
    if ctypes.util.find_library(name):
        return True
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def uses_xcb(environ: Mapping[str, str], platform: str | None = None) -> bool:
    """Qt will pick its xcb plugin: Linux, an X display, and no other platform chosen."""
    platform = sys.platform if platform is None else platform
    chosen = environ.get("QT_QPA_PLATFORM", "")
    return (
        platform.startswith("linux")
        and bool(environ.get("DISPLAY"))
        and chosen in ("", "xcb")
        # Qt prefers its Wayland plugin in a Wayland session when nothing is chosen.
        and not (not chosen and environ.get("XDG_SESSION_TYPE") == "wayland")
    )


def missing_xcb_packages(
    environ: Mapping[str, str],
    present: Callable[[str, str], bool] | None = None,
    platform: str | None = None,
) -> list[str]:
    """The Debian/Ubuntu packages to install before Qt can open a window (empty when Qt
    will not use xcb or nothing is missing)."""
    if not uses_xcb(environ, platform):
        return []
    found = library_present if present is None else present
    return [package for name, soname, package in XCB_LIBRARIES if not found(name, soname)]


def xcb_problem(
    environ: Mapping[str, str],
    present: Callable[[str, str], bool] | None = None,
    platform: str | None = None,
) -> str | None:
    """One line for the terminal naming the command to run, or None when all is well."""
    packages = missing_xcb_packages(environ, present, platform)
    if not packages:
        return None
    return (
        "casework: error: the desktop app needs system libraries that are missing; "
        f"install them with: sudo apt install {' '.join(packages)}"
    )
