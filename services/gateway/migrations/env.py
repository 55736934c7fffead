from services.gateway.adapters.clients import metadata
from services.gateway.adapters import idempotency_store  # noqa: F401  (its table is on the same metadata)
from shared.migrations import run_env

run_env(metadata)
