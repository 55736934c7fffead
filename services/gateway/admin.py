"""Gateway administration.

    python -m services.gateway.admin create-client --role registry_admin --country VN --name "VN registry team"
    python -m services.gateway.admin create-client --role producer --producer-id VN-M-... --name "Phu Quoc coop"
    python -m services.gateway.admin create-client --role committee --country VN --name "VN OCOP council"
    python -m services.gateway.admin create-client --role provincial_officer --country VN --province "Kiên Giang" \
        --name "Kien Giang OCOP office"

Prints the new client's id and secret (the secret is shown once; only its hash is stored).
Uses the gateway's DATABASE_URL."""
from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

from services.gateway.adapters.clients import ClientStore
from services.gateway.settings import GatewaySettings
from shared.auth import Role
from shared.db import make_engine, make_session_factory
from shared.migrations import upgrade_to_head


async def create_client(settings: GatewaySettings, role: Role, name: str, country: str | None,
                        producer_id: str | None, province: str | None = None) -> tuple[str, str]:
    engine = make_engine(settings.database_url)
    try:
        await upgrade_to_head(engine, Path(__file__).parent / "migrations")
        return await ClientStore(make_session_factory(engine)).create(role, name, country, producer_id, province)
    finally:
        await engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(prog="python -m services.gateway.admin")
    sub = parser.add_subparsers(dest="command", required=True)
    create = sub.add_parser("create-client", help="create an OAuth2 client")
    create.add_argument("--role", required=True, choices=[r.value for r in Role if r is not Role.public])
    create.add_argument("--name", required=True)
    create.add_argument("--country")
    create.add_argument("--producer-id")
    create.add_argument("--province", help="a provincial officer's province, as the registry writes it")
    args = parser.parse_args()
    try:
        client_id, secret = asyncio.run(create_client(GatewaySettings(), Role(args.role), args.name, args.country,
                                                      args.producer_id, args.province))
    except ValueError as exc:
        parser.error(str(exc))
    print(json.dumps({"client_id": client_id, "client_secret": secret, "role": args.role}))


if __name__ == "__main__":
    main()
