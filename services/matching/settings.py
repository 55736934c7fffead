from __future__ import annotations

import re
from pathlib import Path

from shared.settings import ServiceSettings


class MatchingSettings(ServiceSettings):
    service_name: str = "matching"
    # The search index is derived from the catalogue table and rebuilt from it when missing or behind.
    # Unset: beside the database (next to a SQLite file; under var/data/search-index/<database> otherwise).
    search_index_dir: str | None = None
    search_commit_interval_s: float = 0.5
    rfq_expiry_interval_s: float = 30.0
    # A folder of extra search vocabulary files (the shape of services/matching/vocabulary/*.json), added to
    # the built-in table: how a registry adds its own product words and translations.
    vocabulary_dir: str | None = None

    def index_path(self) -> Path:
        if self.search_index_dir:
            return Path(self.search_index_dir)
        url = self.database_url
        if url.startswith("sqlite") and ":///" in url:
            return Path(url.split(":///", 1)[1].split("?")[0] + ".search-index")
        name = re.sub(r"[^A-Za-z0-9_.-]+", "_", url.split("@")[-1].split("?")[0])
        return Path("var/data/search-index") / name
