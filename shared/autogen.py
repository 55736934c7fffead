"""Developer tool: `python -m shared.autogen <service> "<message>"` writes a new Alembic revision for a
service by comparing its tables with a scratch SQLite database migrated to head."""
from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from alembic import command

from shared.db import make_engine
from shared.migrations import alembic_config, upgrade_to_head


async def main(service: str, message: str) -> None:
    root = Path(__file__).resolve().parent.parent / "services" / service / "migrations"
    with tempfile.TemporaryDirectory() as tmp:
        engine = make_engine(f"sqlite+aiosqlite:///{tmp}/scratch.db")
        await upgrade_to_head(engine, root)
        cfg = alembic_config(root)

        def _rev(connection) -> None:
            cfg.attributes["connection"] = connection
            n = len(list((root / "versions").glob("*.py")))
            command.revision(cfg, message=message, autogenerate=True, rev_id=f"{n + 1:04d}")

        async with engine.begin() as conn:
            await conn.run_sync(_rev)
        await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main(sys.argv[1], sys.argv[2]))
