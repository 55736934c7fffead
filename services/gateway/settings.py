from pathlib import Path

from pydantic import Field, field_validator

from shared.settings import ServiceSettings


class GatewaySettings(ServiceSettings):
    service_name: str = "gateway"
    database_url: str = "sqlite+aiosqlite:///./var/data/gateway.db"
    # The directory of registry nodes: adding a member state is a line of configuration, e.g.
    # REGISTRY_NODES='{"VN": "http://127.0.0.1:8101", "KH": "http://127.0.0.1:8102"}'
    registry_nodes: dict[str, str] = Field(default_factory=dict)
    matching_url: str = "http://127.0.0.1:8201"
    events_url: str = "http://127.0.0.1:8301"
    trade_url: str = "http://127.0.0.1:8401"
    webhooks_url: str = "http://127.0.0.1:8501"
    backend_connect_timeout_s: float = 2.0
    backend_timeout_s: float = 10.0
    max_body_bytes: int = 20 * 1024 * 1024
    # Bulk imports (POST /v1/registry/{country}/imports/…) carry whole files: 100k products are about 34 MiB
    # of CSV. The registry node applies its own cap too (MAX_IMPORT_BYTES).
    max_import_body_bytes: int = 256 * 1024 * 1024
    jwt_private_key_file: str | None = None
    token_ttl_s: int = 3600
    # Per client (or per address without a token): a token bucket of `rate_limit_burst` requests
    # refilled at `rate_limit_per_s`.
    rate_limit_per_s: float = 50.0
    rate_limit_burst: int = 100
    # The token endpoint: its body cap (a client-credentials form is a few hundred bytes); failed logins
    # allowed per client id and per remote address in `login_failure_window_s` (then 429 until the bucket
    # refills); secret checks run in this many worker threads, with at most `secret_check_queue` waiting.
    token_max_body_bytes: int = 4096
    login_failures_per_client: int = 5
    login_failures_per_address: int = 20
    login_failure_window_s: float = 60.0
    secret_check_threads: int = 1
    secret_check_queue: int = 64
    # People's sign-in (password grant through the web app): wrong passwords in a row from one address before
    # the account locks for that address, from anywhere before it locks everywhere, and for how long.
    person_max_failures: int = 5
    person_account_max_failures: int = 50
    person_lock_s: float = 900.0
    cors_origins: list[str] = Field(default_factory=list)
    # Swagger UI and Redoc for /docs and /redoc, served locally (fetched by `make install` into .cache/web).
    docs_assets_dir: Path = Path(__file__).resolve().parents[2] / ".cache" / "web" / "node_modules"
    # The licence the merged OpenAPI document states for the API (set by whoever operates the network).
    api_license_name: str = "Apache 2.0"
    api_license_url: str = "https://www.apache.org/licenses/LICENSE-2.0"

    @field_validator("registry_nodes")
    @classmethod
    def _upper(cls, v: dict[str, str]) -> dict[str, str]:
        return {k.upper(): url.rstrip("/") for k, url in v.items()}
