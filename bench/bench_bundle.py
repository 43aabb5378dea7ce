"""Bundle benchmarks: export and import of one case with 100 MB of documents (the target:
at least half the stock ``age`` program's speed on the same bytes, measured in the same
run) and of 1,000 cases with the same documents, and the peak memory of each (a fresh
process each, ``ru_maxrss``). Each time is the best of three runs, ``age``'s too.

``run()`` uses 100 MB of attachments; ``run(attachment_mb=500)`` (or the environment
variable ``CASEWORK_BENCH_BUNDLE_MB=500``, or ``python -m bench.bench_bundle 500``) is the
issue's full size. The data is synthetic; the temporary folder is deleted afterwards.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
PASSPHRASE = "benchmark passphrase"
CASES = 1000
DOCUMENTS = 50
MEMORY_TARGET_MB = 200
_BLOCK = 1 << 20


class _RandomFile:
    """``size`` random bytes as a readable stream, never all in memory."""

    def __init__(self, size: int) -> None:
        self.left = size

    def read(self, n: int = -1) -> bytes:
        n = self.left if n < 0 else min(n, self.left)
        self.left -= n
        return os.urandom(n)


def setup(folder: Path, attachment_mb: int, cases: int = CASES) -> None:
    """A lawyer's vault with 1,000 cases and ``attachment_mb`` MB of documents, and a
    colleague's empty vault; each knows the other (verified)."""
    from app import contacts, identity
    from app.demo import generate_cases
    from app.session import Session

    people = {}
    for name in ("lawyer", "colleague"):
        session, _ = Session.create(folder / f"{name}.cwvault", PASSPHRASE, kdf_memory_mib=8)
        identity.set_identity_name(session, name)
        people[name] = session
    lawyer, colleague = people["lawyer"], people["colleague"]
    for a, b in ((lawyer, colleague), (colleague, lawyer)):
        card = identity.make_card(identity.ensure_identity(b))
        contacts.add_contact(a, card, verified=True, profile="colleague")
    stored = lawyer.add_cases(generate_cases(cases, seed=5))
    size = attachment_mb * _BLOCK // DOCUMENTS
    for n in range(DOCUMENTS):
        case = stored[n * len(stored) // DOCUMENTS]
        lawyer.add_attachment(case.id, _RandomFile(size), f"scan-{n}.pdf")  # type: ignore[arg-type]
    lawyer.close()
    colleague.close()


def child(action: str, folder: str, cases: int = CASES) -> None:
    """Run one export or import in this (fresh) process; print seconds and peak memory."""
    import resource

    from app.bundle import import_bundle
    from app.session import Session
    from app.sync import export_to

    root = Path(folder)
    bundle = root / "bundle.cwb"
    name = "lawyer" if action == "export" else "colleague"
    session = Session.open(root / f"{name}.cwvault", PASSPHRASE)
    started = time.perf_counter()
    if action == "export":
        export_to(session, ["colleague"], bundle, profile="colleague")
    else:
        report = import_bundle(session, bundle)
        assert len(report.outcomes) == cases, len(report.outcomes)
    seconds = time.perf_counter() - started
    closing = time.perf_counter()
    session.close()  # waits for the log to be folded into the vault file (import)
    closed = time.perf_counter() - closing
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    result = {"seconds": seconds, "close_seconds": closed, "peak_mb": peak_kb / 1024}
    print("RESULT " + json.dumps(result))


def _run_child(action: str, folder: Path, cases: int = CASES) -> dict[str, float]:
    code = f"from bench.bench_bundle import child; child({action!r}, {str(folder)!r}, {cases})"
    proc = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=False
    )
    for line in proc.stdout.splitlines():
        if line.startswith("RESULT "):
            result: dict[str, float] = json.loads(line[len("RESULT ") :])
            return result
    raise RuntimeError(f"{action} failed: {proc.stderr.strip()[-2000:]}")


def _timed(*args: str | Path) -> float:
    started = time.perf_counter()
    subprocess.run([str(a) for a in args], check=True, capture_output=True)
    return time.perf_counter() - started


def _plaintext(folder: Path) -> Path:
    """The bundle's zip, decrypted with the colleague's key (for age to encrypt)."""
    from app import identity
    from app.crypto.age import decrypt_stream
    from app.session import Session

    session = Session.open(folder / "colleague.cwvault", PASSPHRASE)
    key = identity.ensure_identity(session).age_identity
    (folder / "key.txt").write_text(key.encode() + "\n")
    recipient = key.recipient.encode()
    session.close()
    target = folder / "bundle.zip"
    with (folder / "bundle.cwb").open("rb") as src, target.open("wb") as dst:
        decrypt_stream([key], src, dst)
    (folder / "recipient.txt").write_text(recipient)
    return target


def _best_of_three(
    action: str, folder: Path, cases: int, vault: Path, fresh: Path
) -> dict[str, float]:
    """Each import needs the colleague's vault as it was: restored from a copy each time."""
    results = []
    for _ in range(3):
        if action == "import":
            shutil.copyfile(fresh, vault)
            for suffix in ("-wal", "-shm"):
                Path(str(vault) + suffix).unlink(missing_ok=True)
        results.append(_run_child(action, folder, cases))
    return min(results, key=lambda r: r["seconds"])


def scenario(cases: int, mb: int, *, target_share: float | None) -> list[dict[str, Any]]:
    """Export and import of ``cases`` cases with ``mb`` MB of documents, beside ``age``.
    ``target_share`` of age's speed is the target (None: age's figure is only shown)."""
    figures: list[dict[str, Any]] = []
    folder = Path(tempfile.mkdtemp(prefix="casework-bench-bundle-"))
    try:
        setup(folder, mb, cases)
        colleague = folder / "colleague.cwvault"
        fresh = folder / "colleague-fresh.cwvault"
        shutil.copyfile(colleague, fresh)
        export = _best_of_three("export", folder, cases, colleague, fresh)
        imported = _best_of_three("import", folder, cases, colleague, fresh)
        zip_path = _plaintext(folder)
        size_mb = zip_path.stat().st_size / _BLOCK
        age_enc = age_dec = None
        if shutil.which("age") is not None:
            recipient = (folder / "recipient.txt").read_text()
            age_enc = min(
                _timed("age", "-e", "-r", recipient, "-o", folder / "age.age", zip_path)
                for _ in range(3)
            )
            age_dec = min(
                _timed(
                    "age",
                    "-d",
                    "-i",
                    folder / "key.txt",
                    "-o",
                    folder / "age.zip",
                    folder / "bundle.cwb",
                )
                for _ in range(3)
            )
        what = "one case" if cases == 1 else f"{cases} cases"
        for label, result, age_seconds in (
            ("export", export, age_enc),
            ("import", imported, age_dec),
        ):
            ours = size_mb / result["seconds"]
            reference = target = None
            if age_seconds is not None:
                age_speed = size_mb / age_seconds
                flag = "e" if label == "export" else "d"
                reference = (
                    f"age -{flag}: {age_speed:.0f} MB/s; ours is {ours / age_speed:.2f}× age"
                )
                if target_share is not None:
                    target = round(age_speed * target_share, 1)
            figures.append(
                {
                    "name": f"bundle {label}, {what} + {mb} MB documents ({size_mb:.0f} MB)",
                    "value": round(ours, 1),
                    "unit": "MB/s",
                    "target": target,
                    "higher_is_better": True,
                    "reference": reference,
                    "note": f"{result['seconds']:.2f} s, best of 3"
                    + (
                        f"; closing the vault afterwards {result['close_seconds']:.2f} s "
                        "(the rest of folding the log into the vault file)"
                        if label == "import"
                        else ""
                    ),
                }
            )
            figures.append(
                {
                    "name": f"bundle {label} peak memory, {what} (whole process)",
                    "value": round(result["peak_mb"], 1),
                    "unit": "MB",
                    "target": MEMORY_TARGET_MB,
                }
            )
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return figures


def run(attachment_mb: int | None = None) -> list[dict[str, Any]]:
    mb = attachment_mb or int(os.environ.get("CASEWORK_BENCH_BUNDLE_MB", "100"))
    # The target: at least half of age's speed for one case's documents.
    return scenario(1, mb, target_share=0.5) + scenario(CASES, mb, target_share=None)


if __name__ == "__main__":
    for figure in run(int(sys.argv[1]) if len(sys.argv) > 1 else None):
        print(json.dumps(figure, ensure_ascii=False))
