"""Build the one-folder Casework app with PyInstaller, reproducibly, and archive it.

    python packaging/build.py [--strict-lock] [--no-archive]

Runs on Linux, macOS and Windows with the project's virtual environment active (or run by
its interpreter). Sets ``SOURCE_DATE_EPOCH`` (the last commit's time unless already set) and
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
import importlib.metadata
import os
import platform
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


def lock_differences() -> list[str]:
    """Lines naming each locked package whose installed version differs (or is missing)."""
    if not LOCK.exists():
        return [f"{LOCK.relative_to(ROOT)} is missing"]
    problems = []
    for raw in LOCK.read_text(encoding="utf-8").splitlines():
        line = raw.split("#", 1)[0].strip()
        if not line or "==" not in line:
            continue
        name, wanted = (part.strip() for part in line.split("==", 1))
        try:
            installed = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            problems.append(f"{name}: locked {wanted}, not installed")
            continue
        if installed != wanted:
            problems.append(f"{name}: locked {wanted}, installed {installed}")
    return problems


def run_pyinstaller(env: dict[str, str]) -> int:
    command = [
        sys.executable,
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
    args = parser.parse_args()

    problems = lock_differences()
    for problem in problems:
        print(f"build: lock: {problem}", file=sys.stderr)
    if problems and args.strict_lock:
        print("build: installed versions differ from the lock; stopping", file=sys.stderr)
        return 1

    epoch = source_date_epoch()
    env = dict(os.environ, SOURCE_DATE_EPOCH=epoch, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1")
    started = time.monotonic()
    status = run_pyinstaller(env)
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
