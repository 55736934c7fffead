"""Settings common to every service; each service subclasses `ServiceSettings` with its own fields."""
from __future__ import annotations

from pydantic import Field, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_file=None, extra="ignore")

    service_name: str = "ovop"
    environment: str = Field("local", description="local | test | production")
    database_url: str = "sqlite+aiosqlite:///./var/data/service.db"
    kafka_bootstrap: str = "127.0.0.1:9092"
    # New topics (a member state joining) are found at the next metadata refresh.
    kafka_metadata_max_age_ms: int = 3000
    # Prepended to every topic name on the wire, so that several environments (or test runs) can share
    # one cluster; services and handlers only ever see the logical names.
    kafka_topic_prefix: str = ""
    kafka_topic_partitions: int = 3
    kafka_replication_factor: int = 1
    # How the service authenticates to the brokers: PLAINTEXT (a local broker), or SASL_PLAINTEXT / SASL_SSL
    # with SCRAM as its own principal (registry-<CC>, matching, events), which the broker's ACLs bind.
    kafka_security_protocol: str = Field("PLAINTEXT", pattern="^(PLAINTEXT|SASL_PLAINTEXT|SASL_SSL)$")
    kafka_sasl_mechanism: str = "SCRAM-SHA-512"
    kafka_sasl_username: str | None = None
    kafka_sasl_password: str | None = None
    outbox_poll_interval_s: float = 0.5
    # Where the outbox relay runs: `inline` in the service's event loop, `process` in a child process of its
    # own (shared/relay_process.py: its signing and sending on another core), `auto` a process on PostgreSQL
    # and inline on SQLite.
    outbox_relay: str = Field("inline", pattern="^(inline|process|auto)$")
    # Tests only: the consumers exit the process after handling this many messages, before committing.
    fault_exit_before_commit_after: int | None = None
    log_level: str = "INFO"
    # Event authenticity: the public keys of every member state's node (JSON file), and, for a registry
    # node, its own country's private key. Without a directory, registry events are applied unchecked
    # (refused outside local and test runs).
    event_keys_directory: str | None = None
    event_signing_key_file: str | None = None
    # The gateway's Ed25519 public key (PEM file): every service verifies tokens itself.
    jwt_public_key_file: str | None = None

    @model_validator(mode="after")
    def _refuse_running_without_keys(self) -> "ServiceSettings":
        if self.environment == "production" and not self.jwt_public_key_file:
            raise ValueError("JWT_PUBLIC_KEY_FILE must be set outside local and test runs")
        if self.kafka_security_protocol != "PLAINTEXT" and not (self.kafka_sasl_username and self.kafka_sasl_password):
            raise ValueError("KAFKA_SASL_USERNAME and KAFKA_SASL_PASSWORD must be set with KAFKA_SECURITY_PROTOCOL "
                             f"{self.kafka_security_protocol}")
        if self.environment == "production" and not self.event_keys_directory:
            raise ValueError("EVENT_KEYS_DIRECTORY must be set outside local and test runs")
        return self
