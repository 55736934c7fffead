from pathlib import Path

from pydantic import model_validator

from shared.settings import ServiceSettings

ROOT = Path(__file__).resolve().parents[2]


class WebSettings(ServiceSettings):
    service_name: str = "web"
    database_url: str = "sqlite+aiosqlite:///./var/data/web.db"
    # The gateway's public API: the web app is one more client of it, with the signed-in person's token.
    gateway_url: str = "http://127.0.0.1:8000"
    # The web app's own first-party client at the gateway (created with `create-client --first-party`):
    # the only client that may exchange a person's password for that person's token.
    web_client_id: str = ""
    web_client_secret: str = ""
    # Front-end packages (services/web/package.json), fetched at install time; served by the app itself.
    assets_dir: Path = ROOT / ".cache" / "web" / "node_modules"
    # Session cookies are Secure (browsers keep them on http://127.0.0.1 and localhost, which count as
    # secure contexts); only a plain-http deployment on another host name would need this off.
    cookie_secure: bool = True
    session_ttl_s: int = 8 * 3600
    gateway_timeout_s: float = 15.0

    @model_validator(mode="after")
    def _refuse_placeholder_secret(self) -> "WebSettings":
        if self.environment == "production" and not (self.web_client_id and self.web_client_secret):
            raise ValueError("WEB_CLIENT_ID and WEB_CLIENT_SECRET must be set outside local and test runs")
        return self
