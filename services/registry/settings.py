from __future__ import annotations

from pydantic import Field, field_validator

from shared.settings import ServiceSettings


class RegistrySettings(ServiceSettings):
    service_name: str = "registry"
    node_country: str = "VN"
    # A node's relay signs and sends every event of a bulk import: on PostgreSQL it runs in a process of its
    # own, beside the import rather than in its event loop (shared/relay_process.py).
    outbox_relay: str = Field("auto", pattern="^(inline|process|auto)$")
    max_import_bytes: int = 256 * 1024 * 1024
    # How often the programme's sweeper looks for ratings and certificates past their date, and how many
    # days ahead a certificate's owner is told it will expire.
    programme_sweep_interval_s: float = 3600.0
    certificate_notice_days: int = 30
    # Rehearsals and tests only: POST /sweeps may name the day to sweep as (`as_of`), to see what a date will
    # do. Off, a sweep runs as of today and `as_of` is refused.
    sweep_as_of_allowed: bool = False

    @field_validator("node_country")
    @classmethod
    def _iso_alpha2(cls, v: str) -> str:
        v = v.upper()
        if len(v) != 2 or not v.isalpha():
            raise ValueError("NODE_COUNTRY must be an ISO 3166-1 alpha-2 code, e.g. VN")
        return v
