from services.web.adapters.sessions import metadata
from shared.migrations import run_env

run_env(metadata)
