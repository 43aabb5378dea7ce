"""Why a bundle was refused: one exception class per reason, each with a stable ``code``
for the UI and CLI and an English message that says what happened and what to do.

Every import check runs before anything is written, so any of these means the vault is
unchanged.
"""

from __future__ import annotations

__all__ = [
    "BundleDamaged",
    "BundleError",
    "BundleForwarded",
    "BundleFromSelf",
    "BundleMalformed",
    "BundleNotAddressed",
    "BundleReplayed",
    "FutureStamps",
    "HashMismatch",
    "SignatureInvalid",
    "UnknownSigner",
    "UnverifiedSigner",
]


class BundleError(Exception):
    """A bundle could not be written or was refused on import."""

    code = "bundle.error"


class BundleNotAddressed(BundleError):
    code = "bundle.not_addressed"

    def __init__(self) -> None:
        super().__init__(
            "this bundle is not addressed to this vault: none of its recipient keys is this "
            "vault's key (it was made for someone else)"
        )


class BundleDamaged(BundleError):
    """The age layer failed: the file was altered, truncated or is not a bundle."""

    code = "bundle.damaged"

    def __init__(self, detail: str) -> None:
        super().__init__(f"the bundle is damaged or was altered on the way ({detail})")


class BundleMalformed(BundleError):
    code = "bundle.malformed"

    def __init__(self, detail: str) -> None:
        super().__init__(f"not a valid Casework bundle: {detail}")


class UnknownSigner(BundleError):
    code = "bundle.unknown_signer"

    def __init__(self, claimed_name: str, known_with_other_key: bool) -> None:
        message = (
            "the bundle is signed by a key that is not one of your contacts' keys"
            f" (it says it is from {claimed_name!r})"
        )
        if known_with_other_key:
            message += (
                f"; your contact {claimed_name!r} has a different key: ask them for their "
                "current card and compare the fingerprint before trusting it"
            )
        else:
            message += ": add the sender's card and verify its fingerprint first"
        super().__init__(message)
        self.claimed_name = claimed_name


class UnverifiedSigner(BundleError):
    code = "bundle.unverified_signer"

    def __init__(self, name: str, key_changed: bool) -> None:
        why = "whose new key is not verified" if key_changed else "who is not verified"
        super().__init__(
            f"the bundle is signed by your contact {name!r}, {why}: compare the fingerprint "
            f"with them out of band, then run 'casework contact verify {name}'"
        )
        self.name = name


class SignatureInvalid(BundleError):
    code = "bundle.bad_signature"

    def __init__(self, detail: str) -> None:
        super().__init__(
            f"the bundle's signature does not verify: it was forged or altered ({detail})"
        )


class BundleForwarded(BundleError):
    code = "bundle.forwarded"

    def __init__(self, sender: str) -> None:
        super().__init__(
            f"this bundle from {sender!r} was not addressed to this vault: it was forwarded "
            "(re-encrypted) by someone else, so it is refused"
        )


class HashMismatch(BundleError):
    code = "bundle.hash_mismatch"

    def __init__(self, path: str) -> None:
        super().__init__(
            f"the bundle's file {path!r} does not match its signed hash: it was altered"
        )
        self.path = path


class BundleReplayed(BundleError):
    code = "bundle.replayed"

    def __init__(self, bundle_id: str, sender: str, imported: str) -> None:
        super().__init__(
            f"this bundle ({bundle_id[:12]}… from {sender!r}) was already imported on "
            f"{imported}: a replayed bundle is refused"
        )
        self.bundle_id = bundle_id


class BundleFromSelf(BundleError):
    code = "bundle.own"

    def __init__(self) -> None:
        super().__init__("this bundle was written by this vault; there is nothing to import")


class FutureStamps(BundleError):
    code = "bundle.future_stamps"

    def __init__(self, sender: str) -> None:
        super().__init__(
            f"the bundle from {sender!r} carries edits dated more than two days in the future: "
            "the sender's clock is wrong; ask them to fix it and send again"
        )
