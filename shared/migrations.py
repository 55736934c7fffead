"""Alembic, run programmatically on an async engine: each service keeps its scripts in `<service>/migrations`."""
from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy.ext.asyncio import AsyncEngine


def alembic_config(script_location: Path) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(script_location))
    return cfg


async def upgrade_to_head(engine: AsyncEngine, script_location: Path) -> None:
    cfg = alembic_config(script_location)

    def _run(connection) -> None:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, "head")

    async with engine.begin() as conn:
        await conn.run_sync(_run)


def run_env(target_metadata) -> None:
    """Body of every service's `migrations/env.py`: migrate the connection handed over by `upgrade_to_head`."""
    from alembic import context

    connection = context.config.attributes.get("connection")
    if connection is None:
        raise RuntimeError("run migrations through shared.migrations.upgrade_to_head (or `python -m <service>.migrate`)")
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()
