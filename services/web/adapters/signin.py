"""Signing a person in: the one adapter that turns what a person proves into the network token the web
app then calls the gateway with.

Today the proof is a password, exchanged at the gateway's token endpoint with the password grant that only
this first-party client may use. A member state's own OpenID Connect provider fits the same place: an
adapter that sends the browser to the provider (authorization code with PKCE), takes the code back,
and exchanges the verified ID token at the gateway for a network token; the pages never change."""
from __future__ import annotations

from dataclasses import dataclass

import jwt

from services.web.adapters.gateway import Gateway


@dataclass(frozen=True)
class SignedIn:
    token: str
    subject: str
    role: str
    country: str | None
    producer_id: str | None
    expires_at: int


@dataclass(frozen=True)
class Refused:
    reason: str  # "wrong" | "locked" | "unavailable"
    retry_after_s: int | None = None


class PasswordSignIn:
    def __init__(self, gateway: Gateway, client_id: str, client_secret: str) -> None:
        self.gateway, self.client_id, self.client_secret = gateway, client_id, client_secret

    @staticmethod
    def _signed_in(token: str) -> SignedIn:
        # The token came straight from the gateway's token endpoint; every service verifies it on use.
        claims = jwt.decode(token, options={"verify_signature": False})
        return SignedIn(token, claims["sub"], claims["role"], claims.get("country"), claims.get("producer_id"),
                        int(claims["exp"]))

    async def sign_in(self, username: str, password: str, address: str) -> SignedIn | Refused:
        """`address`: the person's, forwarded (RFC 7239) so that the gateway counts wrong passwords per account
        and address: a stranger's guesses lock the account for the stranger's address, not for the person's."""
        forwarded = f'for="{address}"' if address and '"' not in address else 'for="unknown"'
        answer = await self.gateway.call("POST", "/v1/oauth/token", auth=(self.client_id, self.client_secret),
                                         headers={"Forwarded": forwarded},
                                         data={"grant_type": "password", "username": username, "password": password})
        if answer.status == 200:
            return self._signed_in(answer.body["access_token"])
        if answer.status == 423:
            return Refused("locked", int(answer.headers.get("retry-after", "0") or 0))
        if answer.status == 400 and isinstance(answer.body, dict) and answer.body.get("error") == "invalid_grant":
            return Refused("wrong")
        return Refused("unavailable")

    async def renew(self, token: str) -> SignedIn | None:
        """A fresh token for a signed-in person (RFC 8693 token exchange of the current, unexpired one), with
        the person's role and binding as the gateway holds them now; None when it is refused."""
        answer = await self.gateway.call("POST", "/v1/oauth/token", auth=(self.client_id, self.client_secret),
                                         data={"grant_type": "urn:ietf:params:oauth:grant-type:token-exchange",
                                               "subject_token": token,
                                               "subject_token_type": "urn:ietf:params:oauth:token-type:access_token"})
        if answer.status != 200:
            return None
        return self._signed_in(answer.body["access_token"])
