"""``identity``, ``contact``, ``export``, ``import``, ``sync`` and ``conflicts`` (docs/cli.md).

Qt-free. Every refusal from app/ (a bundle's reason, a contact's state) is printed as one
line on stderr with exit status 1; ``import`` prints notes (an older bundle, edits to a
case deleted here) on stderr too, and still succeeds.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from ui.cli.context import CliError, open_session, print_json
from ui.cli.options import PROFILE_CHOICES, actions, command


def register(commands: Any) -> None:
    _register_identity(commands)
    _register_contact(commands)

    export = command(
        commands, "export", cmd_export, "write a signed, encrypted bundle for contacts"
    )
    export.add_argument(
        "--to", action="append", required=True, metavar="NAME", help="contact (repeatable)"
    )
    export.add_argument(
        "--profile",
        choices=PROFILE_CHOICES,
        help="what to include (default: the contact's profile, 'family' unless changed)",
    )
    export.add_argument("--case", nargs="+", action="extend", metavar="ID", help="default: all")
    export.add_argument("-o", "--output", required=True, metavar="FILE")

    imp = command(
        commands, "import", cmd_import, "check and merge a bundle from a contact", json=True
    )
    imp.add_argument("file", metavar="FILE")
    imp.add_argument(
        "--dry-run", action="store_true", help="check and show what would change; write nothing"
    )

    sync = command(
        commands, "sync", cmd_sync, "exchange bundles through a shared folder", json=True
    )
    sync.add_argument("folder", metavar="FOLDER")
    sync.add_argument(
        "--full", action="store_true", help="resend every shared case whole (after a lost stick)"
    )

    conflicts = command(
        commands, "conflicts", cmd_conflicts, "list or resolve conflicts after imports", json=True
    )
    csub = conflicts.add_subparsers(dest="conflicts_command", metavar="ACTION")
    resolve = command(csub, "resolve", cmd_conflicts_resolve, "resolve one conflict")
    resolve.add_argument("id", metavar="ID", help="conflict id (or a unique prefix)")
    choice = resolve.add_mutually_exclusive_group(required=True)
    choice.add_argument("--keep", action="store_true", help="keep what the case shows now")
    choice.add_argument("--use", type=int, metavar="N", help="take alternative number N")
    choice.add_argument(
        "--delete-case", action="store_true", help="a case the sender deleted: delete it here too"
    )


def _register_identity(commands: Any) -> None:
    sub = actions(commands, "identity", "this vault's keys and contact card")
    command(sub, "show", cmd_identity_show, "name, public keys and fingerprint", json=True)
    name = command(sub, "name", cmd_identity_name, "set the name your contacts see")
    name.add_argument("name", metavar="NAME")
    card = command(sub, "card", cmd_identity_card, "write your signed contact card")
    card.add_argument("-o", "--output", required=True, metavar="FILE")
    card.add_argument("--qr", metavar="FILE.svg", help="also write the QR code as SVG")
    command(
        sub,
        "age-secret",
        cmd_identity_age_secret,
        "print the age secret key (to open bundles with the age program)",
    )


def _register_contact(commands: Any) -> None:
    sub = actions(commands, "contact", "people you exchange bundles with")
    add = command(sub, "add", cmd_contact_add, "add a contact from their card (unverified)")
    add.add_argument("--card", required=True, metavar="FILE")
    add.add_argument("--name", metavar="NAME", help="your name for them (default: the card's)")
    add.add_argument("--verified", action="store_true", help="you already compared the fingerprint")
    add.add_argument("--profile", choices=PROFILE_CHOICES, help="what they get (default family)")
    command(sub, "list", cmd_contact_list, "list contacts", json=True)
    show = command(sub, "show", cmd_contact_show, "a contact's fingerprint, to compare out of band")
    show.add_argument("name", metavar="NAME")
    show.add_argument("--qr", metavar="FILE.svg", help="also write the QR code as SVG")
    verify = command(
        sub, "verify", cmd_contact_verify, "mark a contact verified after comparing fingerprints"
    )
    verify.add_argument("name", metavar="NAME")
    profile = command(sub, "profile", cmd_contact_profile, "set what a contact gets by default")
    profile.add_argument("name", metavar="NAME")
    profile.add_argument("profile", choices=PROFILE_CHOICES)
    share = command(sub, "share", cmd_contact_share, "keep cases in sync with a contact")
    share.add_argument("name", metavar="NAME")
    share.add_argument("--case", nargs="+", action="extend", required=True, metavar="ID")
    share.add_argument("--profile", choices=PROFILE_CHOICES)
    unshare = command(sub, "unshare", cmd_contact_unshare, "stop syncing cases with a contact")
    unshare.add_argument("name", metavar="NAME")
    unshare.add_argument("--case", nargs="+", action="extend", required=True, metavar="ID")
    remove = command(sub, "remove", cmd_contact_remove, "forget a contact")
    remove.add_argument("name", metavar="NAME")


@contextmanager
def _app_errors() -> Iterator[None]:
    """Refusals from the bundle, contact and identity code, as one clear line each."""
    from app.bundle.conflicts import ConflictError
    from app.bundle.errors import BundleError
    from app.contacts import ContactError
    from app.identity import CardError, IdentityError
    from app.profiles import ProfileError

    try:
        yield
    except (BundleError, ContactError, IdentityError, CardError, ConflictError) as exc:
        raise CliError(str(exc)) from exc
    except ProfileError as exc:
        raise CliError(str(exc)) from exc


def _run(args: argparse.Namespace, action: Callable[[Any], int]) -> int:
    with _app_errors(), open_session(args) as session:
        return action(session)


def _fingerprint_lines(digits: str) -> list[str]:
    from app.identity import format_fingerprint

    groups = format_fingerprint(digits).split()
    return ["  " + " ".join(groups[i : i + 4]) for i in range(0, len(groups), 4)]


# ---------------------------------------------------------------- identity


def cmd_identity_show(args: argparse.Namespace) -> int:
    from app.identity import ensure_identity

    def action(session: Any) -> int:
        identity = ensure_identity(session)
        if args.json:
            print_json(identity.public_json())
            return 0
        print(f"Name: {identity.name or '(not set: casework identity name NAME)'}")
        print(f"age recipient: {identity.age_recipient}")
        print(f"minisign public key: {identity.minisign_public_key}")
        print("Fingerprint:")
        print("\n".join(_fingerprint_lines(identity.fingerprint)))
        return 0

    return _run(args, action)


def cmd_identity_name(args: argparse.Namespace) -> int:
    from app.identity import set_identity_name

    def action(session: Any) -> int:
        identity = set_identity_name(session, args.name)
        print(f"Your contacts will see you as {identity.name!r} on new cards.")
        return 0

    return _run(args, action)


def _write_file(path: str, data: bytes) -> None:
    from app.private_files import write_private_file

    try:
        write_private_file(path, data)
    except OSError as exc:
        raise CliError(f"cannot write {path}: {exc.strerror}") from exc


def cmd_identity_card(args: argparse.Namespace) -> int:
    from app.identity import ensure_identity, make_card, qr_svg, qr_text

    def action(session: Any) -> int:
        identity = ensure_identity(session)
        _write_file(args.output, make_card(identity))
        if args.qr:
            text = qr_text(identity.age_recipient, identity.minisign_public_key)
            _write_file(args.qr, qr_svg(text))
        print(f"Wrote your contact card to {args.output}. Give it to your contact, then read")
        print("them your fingerprint (they read theirs to you) by phone or in person:")
        print("\n".join(_fingerprint_lines(identity.fingerprint)))
        return 0

    return _run(args, action)


def cmd_identity_age_secret(args: argparse.Namespace) -> int:
    from app.identity import ensure_identity

    def action(session: Any) -> int:
        identity = ensure_identity(session)
        print(
            "WARNING: this is the secret key that opens every bundle sent to this vault. "
            "Anyone who sees it can read them. Do not save it on a shared or unencrypted "
            "disk; delete it after use.",
            file=sys.stderr,
        )
        print(identity.age_identity.encode())
        return 0

    return _run(args, action)


# ---------------------------------------------------------------- contacts


def cmd_contact_add(args: argparse.Namespace) -> int:
    from app.contacts import add_contact

    try:
        with open(args.card, "rb") as handle:
            data = handle.read(1024 * 1024 + 1)  # a card is ~1 KB; parse_card says if too big
    except OSError as exc:
        raise CliError(f"cannot read {args.card}: {exc.strerror}") from exc

    def action(session: Any) -> int:
        result = add_contact(
            session, data, name=args.name, verified=args.verified, profile=args.profile
        )
        contact = result.contact
        if result.status == "key_changed":
            print(
                f"WARNING: the keys of {contact.name!r} CHANGED. Nothing will be sent to or "
                "accepted from them until you compare the new fingerprint with them out of "
                f"band and run 'casework contact verify {contact.name}'.",
                file=sys.stderr,
            )
        elif result.status == "added":
            state = "verified" if contact.verified else "unverified"
            print(f"Added {contact.name!r} ({state}, profile {contact.profile}).")
        else:
            print(f"{contact.name!r} is already a contact ({result.status}).")
        if not contact.sendable:
            print("Compare this fingerprint with them by phone or in person:")
            print("\n".join(_fingerprint_lines(contact.fingerprint)))
        return 0

    return _run(args, action)


def _state(contact: Any) -> str:
    if contact.key_changed:
        return "KEY CHANGED"
    return "verified" if contact.verified else "unverified"


def cmd_contact_list(args: argparse.Namespace) -> int:
    from app.contacts import list_contacts

    def action(session: Any) -> int:
        contacts = list_contacts(session)
        if args.json:
            print_json([c.public_json() for c in contacts])
            return 0
        for c in contacts:
            print(
                f"{c.name:<28} {_state(c):<11} {c.profile:<9} "
                f"{len(c.shared):>4} shared  {c.fingerprint[:15]}…"
            )
        print(f"{len(contacts)} contact(s)", file=sys.stderr)
        return 0

    return _run(args, action)


def cmd_contact_show(args: argparse.Namespace) -> int:
    from app.contacts import find_contact
    from app.identity import qr_svg, qr_text

    def action(session: Any) -> int:
        c = find_contact(session, args.name)
        print(f"{c.name}  ({_state(c)}, profile {c.profile})")
        print(f"age recipient: {c.age_recipient}")
        print(f"minisign public key: {c.minisign_public_key}")
        print("Fingerprint:")
        print("\n".join(_fingerprint_lines(c.fingerprint)))
        if args.qr:
            _write_file(args.qr, qr_svg(qr_text(c.age_recipient, c.minisign_public_key)))
        return 0

    return _run(args, action)


def _contact_change(
    function: str, arguments: tuple[str, ...], message: Callable[[Any, argparse.Namespace], str]
) -> Callable[[argparse.Namespace], int]:
    """A ``contact`` action that calls ``app.contacts.<function>`` with the session and the
    named arguments, then prints one line made from the contact it returns (and the args)."""

    def command(args: argparse.Namespace) -> int:
        import app.contacts

        call = getattr(app.contacts, function)

        def action(session: Any) -> int:
            contact = call(session, *(getattr(args, name) for name in arguments))
            print(message(contact, args))
            return 0

        return _run(args, action)

    return command


cmd_contact_verify = _contact_change(
    "verify_contact",
    ("name",),
    lambda c, _a: f"{c.name!r} is verified: bundles can go to and come from them.",
)
cmd_contact_profile = _contact_change(
    "set_profile",
    ("name", "profile"),
    lambda c, _a: f"{c.name!r} now gets the {c.profile} profile for newly shared cases.",
)
cmd_contact_share = _contact_change(
    "share_cases",
    ("name", "case", "profile"),
    lambda c, _a: f"{c.name!r}: {len(c.shared)} case(s) shared; 'sync' sends changes.",
)
cmd_contact_unshare = _contact_change(
    "unshare_cases", ("name", "case"), lambda c, _a: f"{c.name!r}: {len(c.shared)} case(s) shared."
)
cmd_contact_remove = _contact_change(
    "remove_contact", ("name",), lambda _c, a: f"Removed {a.name!r}."
)


# ---------------------------------------------------------------- bundles


def cmd_export(args: argparse.Namespace) -> int:
    from app.sync import export_to

    def action(session: Any) -> int:
        written = export_to(session, args.to, args.output, profile=args.profile, case_ids=args.case)
        print(
            f"Wrote {written.path} ({written.size} bytes): {len(written.cases)} case(s), "
            f"{written.attachments} document(s), profile {written.profile}, for "
            f"{', '.join(written.recipients)}."
        )
        return 0

    return _run(args, action)


def _print_notes(report: dict[str, Any]) -> None:
    for notice in report.get("notices", []):
        print(f"casework: note: {notice['message']}", file=sys.stderr)


def cmd_import(args: argparse.Namespace) -> int:
    from app.bundle import apply_import, open_bundle, plan_import

    def action(session: Any) -> int:
        # A dry run hashes the documents now; an import hashes them as it stores them.
        with open_bundle(session, args.file, check_documents=args.dry_run) as bundle:
            plan = plan_import(session, bundle)
            if not args.dry_run:
                plan = apply_import(session, plan)
        report = plan.to_json()
        _print_notes(report)
        if args.json:
            print_json(report)
            return 0
        verb = "Would import" if args.dry_run else "Imported"
        print(
            f"{verb} bundle {report['bundle_id'][:12]}… from {report['sender']} "
            f"(sequence {report['sequence']}, profile {report['profile']}): "
            f"{len(report['new_cases'])} new case(s), {len(report['changed_cases'])} changed, "
            f"{len(report['conflicts'])} conflict(s) to review."
        )
        for case in report["new_cases"]:
            print(f"  new      {case['id'][:8]}  {case['name']}")
        for case in report["changed_cases"]:
            print(f"  changed  {case['id'][:8]}  {case['name']}: {', '.join(case['fields'])}")
        for conflict in report["conflicts"]:
            print(f"  conflict {conflict['case_id'][:8]}  {conflict['name']}: {conflict['field']}")
        if report["conflicts"]:
            print("Review with 'casework conflicts'.")
        return 0

    return _run(args, action)


def cmd_sync(args: argparse.Namespace) -> int:
    from app.sync import sync_folder

    def action(session: Any) -> int:
        try:
            report = sync_folder(session, args.folder, full=args.full).to_json()
        except OSError as exc:
            raise CliError(f"cannot use the sync folder {args.folder}: {exc}") from exc
        for item in report["imported"]:
            _print_notes(item)
        for error in report["errors"]:
            print(f"casework: refused {error['file']}: {error['message']}", file=sys.stderr)
        for blocked in report["blocked"]:
            print(f"casework: not sent: {blocked['message']}", file=sys.stderr)
        if args.json:
            print_json(report)
            return 1 if report["errors"] else 0
        for item in report["imported"]:
            print(
                f"imported {item['file']} from {item['sender']}: {len(item['new_cases'])} new, "
                f"{len(item['changed_cases'])} changed, {len(item['conflicts'])} conflict(s)"
            )
        for item in report["written"]:
            print(f"wrote {item['file']} for {item['contact']}: {item['cases']} case(s)")
        print(
            f"Sync done: {len(report['imported'])} imported, {len(report['written'])} written, "
            f"{report['skipped']} skipped, {len(report['errors'])} refused."
        )
        return 1 if report["errors"] else 0

    return _run(args, action)


def cmd_conflicts(args: argparse.Namespace) -> int:
    from app.bundle.conflicts import list_conflicts

    def action(session: Any) -> int:
        conflicts = list_conflicts(session)
        if args.json:
            print_json([c.to_json() for c in conflicts])
            return 0
        for c in conflicts:
            if c.kind == "deleted_by_sender":
                print(f"{c.id}  {c.name}: deleted by {c.by}; keep or --delete-case")
                continue
            print(f"{c.id}  {c.name}: {c.field}")
            print(f"      now:  {_short(c.current)}")
            for alt in c.alternatives:
                print(f"      {alt['number']}:    {_short(alt['value'])}")
        print(f"{len(conflicts)} conflict(s)", file=sys.stderr)
        return 0

    return _run(args, action)


def _short(value: Any) -> str:
    import json

    if isinstance(value, dict) and "text" in value:
        value = value["text"]
    text = value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 70 else text[:69] + "…"


def cmd_conflicts_resolve(args: argparse.Namespace) -> int:
    from app.bundle.conflicts import resolve_conflict

    def action(session: Any) -> int:
        found = resolve_conflict(session, args.id, use=args.use, delete_case=args.delete_case)
        print(f"Resolved {found.id} ({found.name}: {found.field}).")
        return 0

    return _run(args, action)
