"""Gateway administration.

    python -m services.gateway.admin create-client --role registry_admin --country VN --name "VN registry team"
    python -m services.gateway.admin create-client --role producer --producer-id VN-M-... --name "Phu Quoc coop"
    python -m services.gateway.admin create-client --role committee --country VN --name "VN OCOP council"
    python -m services.gateway.admin create-client --role provincial_officer --country VN --province "Kiên Giang" \
        --name "Kien Giang OCOP office"

    python -m services.gateway.admin create-client --role integrator --first-party --name "web app"
    python -m services.gateway.admin create-person --username lan.nguyen --role buyer --name "Lan Nguyen"
        (the password is read from OVOP_PASSWORD, or generated and printed)

Prints the new client's id and secret (the secret is shown once; only its hash is stored).
Uses the gateway's DATABASE_URL."""
from __future__ import annotations

import argparse
import asyncio
import json
from pathlib import Path

import os
import secrets

from services.gateway.adapters.clients import ClientStore
from services.gateway.adapters.people import PeopleStore
from services.gateway.settings import GatewaySettings
from shared.auth import Role
from shared.db import make_engine, make_session_factory
from shared.migrations import upgrade_to_head


async def create_client(settings: GatewaySettings, role: Role, name: str, country: str | None,
                        producer_id: str | None, province: str | None = None,
                        first_party: bool = False) -> tuple[str, str]:
    engine = make_engine(settings.database_url)
    try:
        await upgrade_to_head(engine, Path(__file__).parent / "migrations")
        return await ClientStore(make_session_factory(engine)).create(role, name, country, producer_id, province,
                                                                      first_party)
    finally:
        await engine.dispose()


async def create_person(settings: GatewaySettings, password: str, **person) -> None:
    engine = make_engine(settings.database_url)
    try:
        await upgrade_to_head(engine, Path(__file__).parent / "migrations")
        await PeopleStore(ClientStore(make_session_factory(engine))).create(password=password, **person)
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
    create.add_argument("--first-party", action="store_true",
                        help="the network's own web app: signs people in, has no token of its own")
    person = sub.add_parser("create-person", help="create a person's account")
    person.add_argument("--username", required=True)
    person.add_argument("--name", required=True)
    person.add_argument("--role", required=True,
                        choices=[r.value for r in Role if r not in (Role.public, Role.integrator)])
    person.add_argument("--country")
    person.add_argument("--province")
    person.add_argument("--producer-id")
    person.add_argument("--organisation")
    args = parser.parse_args()
    if args.command == "create-person":
        password = os.environ.get("OVOP_PASSWORD") or secrets.token_urlsafe(12)
        try:
            asyncio.run(create_person(GatewaySettings(), password, username=args.username, role=Role(args.role),
                                      display_name=args.name, country=args.country, province=args.province,
                                      producer_id=args.producer_id, organisation=args.organisation))
        except ValueError as exc:
            parser.error(str(exc))
        print(json.dumps({"username": args.username, "password": password, "role": args.role}))
        return
    try:
        client_id, secret = asyncio.run(create_client(GatewaySettings(), Role(args.role), args.name, args.country,
                                                      args.producer_id, args.province, args.first_party))
    except ValueError as exc:
        parser.error(str(exc))
    print(json.dumps({"client_id": client_id, "client_secret": secret, "role": args.role}))


if __name__ == "__main__":
    main()
