"""Settings, vault-wide records (rules, identity, contacts…) and case-scoped records (bundle
merge state), each under a hidden stable id (docs/vault-format.md)."""

from __future__ import annotations

from typing import Any

from storage.vault import Vault


class RecordStore:
    """Named records of one open vault."""

    def __init__(self, vault: Vault) -> None:
        self.vault = vault

    def get_setting(self, name: str, default: Any = None) -> Any:
        record = self.vault.get(self.vault.named_id(f"setting:{name}"))
        return default if record is None else record.payload["value"]

    def set_setting(self, name: str, value: Any) -> None:
        self.vault.put(
            self.vault.named_id(f"setting:{name}"), "setting", {"name": name, "value": value}
        )

    def put_vault_record(self, kind: str, name: str, payload: Any) -> None:
        """A vault-wide record (rules, identity, contacts...) under a hidden stable id."""
        self.vault.put(self.vault.named_id(f"{kind}:{name}"), kind, payload)

    def get_vault_record(self, kind: str, name: str) -> Any:
        record = self.vault.get(self.vault.named_id(f"{kind}:{name}"))
        return None if record is None else record.payload

    def vault_records(self, kind: str) -> list[Any]:
        return [record.payload for record in self.vault.records(kind=kind)]

    def delete_vault_record(self, kind: str, name: str) -> None:
        self.vault.delete(self.vault.named_id(f"{kind}:{name}"))

    def put_case_record(self, case_id: str, kind: str, payload: Any) -> None:
        """A per-case record (e.g. bundle merge state) under a hidden stable id, encrypted
        under the case key and so deleted and crypto-shredded with the case."""
        self.vault.put(self.vault.named_id(f"{kind}:{case_id}"), kind, payload, case_id=case_id)

    def get_case_record(self, case_id: str, kind: str) -> Any:
        record = self.vault.get(self.vault.named_id(f"{kind}:{case_id}"))
        return None if record is None else record.payload
