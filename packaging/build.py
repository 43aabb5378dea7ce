"""Build the one-folder Casework app with PyInstaller, reproducibly, and archive it.

    python packaging/build.py [--strict-lock] [--no-archive] [--python PATH]

Runs on Linux, macOS and Windows with the project's virtual environment active (or run by
its interpreter). The package is built with Python 3.12 or later where one is available
(:func:`pick_python`: ``--python``, ``CASEWORK_BUILD_PYTHON``, this interpreter, else
``python3.14``..``python3.12`` on PATH with PyInstaller, PySide6 and the app's dependencies
installed): from 3.12 on ``None`` is immortal, so PySide6's reference-count bugs cannot abort
the app. Without one it builds with this interpreter and says so.

Sets ``SOURCE_DATE_EPOCH`` (the last commit's time unless already set) and
``PYTHONHASHSEED=0`` so two builds of the same commit with the same locked versions give the
same files; compares the installed packages with ``packaging/requirements-lock.txt``;
then writes ``dist/casework/`` and, on Linux, ``dist/casework-<version>-linux-<arch>.tar.gz``
(sorted entries, fixed owner and times, gzip without a name or time stamp).

Exit status: 0 on success; 1 when PyInstaller fails or, with ``--strict-lock``, when an
installed version differs from the lock.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import platform
import shutil
import subprocess
import sys
import tarfile
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "casework.spec"
LOCK = ROOT / "packaging" / "requirements-lock.txt"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"


def source_date_epoch() -> str:
    """``SOURCE_DATE_EPOCH`` from the environment, else the last commit's time, else 0."""
    if os.environ.get("SOURCE_DATE_EPOCH"):
        return os.environ["SOURCE_DATE_EPOCH"]
    try:
        out = subprocess.run(
            ["git", "log", "-1", "--format=%ct"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            check=True,
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        out = ""
    return out or "0"


def project_version() -> str:
    """The version in pyproject.toml (what ``casework --version`` of the build prints)."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return str(project["version"])


BUILD_MODULES = ("PyInstaller", "PySide6", "cryptography", "platformdirs", "anyascii")
_VERSION_OF = "import sys; print('%d.%d' % sys.version_info[:2])"
_DISTRIBUTIONS = (
    "import importlib.metadata as m, json; "
    "print(json.dumps({d.metadata['Name']: d.version for d in m.distributions()}))"
)


def _python_version(python: str) -> tuple[int, int] | None:
    try:
        out = subprocess.run(
            [python, "-c", _VERSION_OF], capture_output=True, text=True, check=True, timeout=60
        ).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    major, minor = out.split(".")
    return int(major), int(minor)


def _can_build(python: str) -> bool:
    """Whether ``python`` has PyInstaller, PySide6 and the app's dependencies."""
    check = "import " + ", ".join(BUILD_MODULES)
    try:
        subprocess.run([python, "-c", check], capture_output=True, check=True, timeout=120)
    except (OSError, subprocess.SubprocessError):
        return False
    return True


def pick_python(requested: str | None = None) -> tuple[str, str]:
    """The interpreter to build with and why: ``requested`` (``--python``) or
    ``CASEWORK_BUILD_PYTHON`` as given; else this one when it is 3.12 or later; else the
    newest ``python3.N`` (N = 14..12) on PATH that can build; else this one."""
    chosen = requested or os.environ.get("CASEWORK_BUILD_PYTHON")
    if chosen:
        return chosen, "as asked"
    if sys.version_info >= (3, 12):
        return sys.executable, "this interpreter"
    for minor in (14, 13, 12):
        found = shutil.which(f"python3.{minor}")
        if found and _python_version(found) == (3, minor) and _can_build(found):
            return found, f"Python 3.{minor} found on PATH"
    return sys.executable, "no Python 3.12 or later with PyInstaller and PySide6 found"


def installed_versions(python: str) -> dict[str, str]:
    """Distribution name (lower case, ``-`` for ``_``) -> version, as ``python`` sees them."""
    out = subprocess.run(
        [python, "-c", _DISTRIBUTIONS], capture_output=True, text=True, check=True, timeout=120
    ).stdout
    return {_normal(name): version for name, version in json.loads(out).items()}


def _normal(name: str) -> str:
    return name.lower().replace("_", "-")


def lock_differences(python: str | None = None) -> list[str]:
    """Lines naming each locked package whose installed version (in ``python``, default this
    interpreter) differs or is missing."""
    if not LOCK.exists():
        return [f"{LOCK.relative_to(ROOT)} is missing"]
    installed = installed_versions(python or sys.executable)
    problems = []
    for raw in LOCK.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "==" not in line:
            continue
        name, wanted = (part.strip() for part in line.split("==", 1))
        have = installed.get(_normal(name))
        if have is None:
            problems.append(f"{name}: locked {wanted}, not installed")
        elif have != wanted:
            problems.append(f"{name}: locked {wanted}, installed {have}")
    return problems


def run_pyinstaller(env: dict[str, str], python: str) -> int:
    command = [
        python,
        "-m",
        "PyInstaller",
        "--noconfirm",
        "--clean",
        "--log-level",
        "WARN",
        "--distpath",
        str(DIST),
        "--workpath",
        str(WORK),
        str(SPEC),
    ]
    return subprocess.run(command, cwd=ROOT, env=env, check=False).returncode


def _reset(info: tarfile.TarInfo, mtime: int) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    info.mtime = mtime
    # Normalise permissions: executables stay executable, nothing is group/world-writable.
    info.mode = 0o755 if info.isdir() or info.mode & 0o100 else 0o644
    return info


def write_tarball(folder: Path, target: Path, mtime: int) -> None:
    """A reproducible ``.tar.gz`` of ``folder`` (entries sorted, fixed times and owners)."""
    paths = sorted(folder.rglob("*"), key=lambda p: p.relative_to(folder).as_posix())
    with (
        open(target, "wb") as raw,
        gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=mtime, compresslevel=6) as zipped,
        tarfile.open(fileobj=zipped, mode="w", format=tarfile.PAX_FORMAT) as tar,
    ):
        root = tar.gettarinfo(str(folder), arcname=folder.name)
        tar.addfile(_reset(root, mtime))
        for path in paths:
            arcname = f"{folder.name}/{path.relative_to(folder).as_posix()}"
            info = _reset(tar.gettarinfo(str(path), arcname=arcname), mtime)
            if info.isfile():
                with open(path, "rb") as data:
                    tar.addfile(info, data)
            else:
                tar.addfile(info)


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument(
        "--strict-lock", action="store_true", help="fail when versions differ from the lock"
    )
    parser.add_argument("--no-archive", action="store_true", help="only build dist/casework/")
    parser.add_argument("--python", metavar="PATH", help="build with this Python interpreter")
    args = parser.parse_args()

    python, why = pick_python(args.python)
    used = _python_version(python)
    shown = "unknown" if used is None else f"{used[0]}.{used[1]}"
    print(f"build: Python {shown} ({python}: {why})")
    problems = lock_differences(python)
    for problem in problems:
        print(f"build: lock: {problem}", file=sys.stderr)
    if problems and args.strict_lock:
        print("build: installed versions differ from the lock; stopping", file=sys.stderr)
        return 1

    epoch = source_date_epoch()
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    started = time.monotonic()
    status = run_pyinstaller(env, python)
    if status != 0:
        print(f"build: PyInstaller failed ({status})", file=sys.stderr)
        return 1
    elapsed = time.monotonic() - started
    folder = DIST / "casework"
    print(f"build: {folder} ({folder_size(folder) / 2**20:.0f} MiB) in {elapsed:.0f} s")

    if sys.platform.startswith("linux") and not args.no_archive:
        version = project_version()
        target = DIST / f"casework-{version}-linux-{platform.machine()}.tar.gz"
        write_tarball(folder, target, int(epoch))
        print(f"build: {target} ({target.stat().st_size / 2**20:.0f} MiB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
