from shared.settings import ServiceSettings


class TradeSettings(ServiceSettings):
    service_name: str = "trade"
    database_url: str = "sqlite+aiosqlite:///./var/data/trade.db"
    # A request closes to quotes after this many (Alibaba closes at ten).
    max_quotes_per_request: int = 10
    # How often requests past their deadline are closed, and the mail outbox is sent.
    sweep_interval_s: float = 5.0
    # E-mail to producers about new matches: off unless an SMTP host is set.
    smtp_host: str | None = None
    smtp_port: int = 25
    smtp_username: str | None = None
    smtp_password: str | None = None
    smtp_starttls: bool = False
    mail_from: str = "ovop-network@localhost"
    mail_timeout_s: float = 10.0
