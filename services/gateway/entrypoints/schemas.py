"""Public response schemas of the gateway's own operations."""
from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field


class RegistryNodes(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"countries": ["KH", "TH", "VN"]}]})
    countries: list[str] = Field(description="ISO 3166-1 alpha-2 codes of the member states whose nodes answer here")


class ProblemType(BaseModel):
    """What a problem's `type` URI names: resolvable, so a client or a person can look it up."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "type": "/v1/problems/validation", "name": "validation", "status": 422, "title": "Unprocessable Content",
        "description": "Invalid input: `errors` names each field and the reason."}]})
    type: str = Field(description="the URI reference problems of this kind carry in `type`")
    name: str
    status: int = Field(description="the HTTP status problems of this kind are answered with")
    title: str
    description: str


class ProblemTypeList(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"items": [{
        "type": "/v1/problems/not-found", "name": "not-found", "status": 404, "title": "Not Found",
        "description": "No such record, or one the caller may not see (it answers as a missing one)."}]}]})
    items: list[ProblemType]


class AccessToken(BaseModel):
    """RFC 6749 §5.1's successful token response."""
    model_config = ConfigDict(json_schema_extra={"examples": [{
        "access_token": "eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIuLi4ifQ.c2lnbmF0dXJl",
        "token_type": "Bearer", "expires_in": 3600, "scope": "buyer"}]})
    access_token: str = Field(description="an EdDSA-signed JWT carrying the client's role")
    token_type: str = Field(description="always Bearer")
    expires_in: int = Field(description="seconds until the token expires")
    scope: str = Field(description="the client's role, which is its one scope (see the oauth2 security scheme)")
