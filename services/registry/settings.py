from __future__ import annotations

from pydantic import field_validator

from shared.settings import ServiceSettings


class RegistrySettings(ServiceSettings):
    service_name: str = "registry"
    node_country: str = "VN"
    max_import_bytes: int = 256 * 1024 * 1024

    @field_validator("node_country")
    @classmethod
    def _iso_alpha2(cls, v: str) -> str:
        v = v.upper()
        if len(v) != 2 or not v.isalpha():
            raise ValueError("NODE_COUNTRY must be an ISO 3166-1 alpha-2 code, e.g. VN")
        return v
