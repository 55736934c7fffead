from shared.settings import ServiceSettings


class WebhooksSettings(ServiceSettings):
    service_name: str = "webhooks"
    database_url: str = "sqlite+aiosqlite:///./var/data/webhooks.db"
    # Subscriber URLs are https to public addresses; local runs and tests also allow plain http to loopback.
    allow_loopback_urls: bool = False
    delivery_timeout_s: float = 10.0
    dispatch_interval_s: float = 0.5
    # Retries: exponential back-off with jitter from `retry_base_s`, at most `retry_cap_s` apart, `max_attempts` in all.
    retry_base_s: float = 5.0
    retry_cap_s: float = 3600.0
    max_attempts: int = 8
