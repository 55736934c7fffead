"""HTTP entrypoint of the webhooks service: subscriptions and their delivery logs, each its owner's only."""
from __future__ import annotations

from datetime import timedelta
from typing import Annotated, Literal

from fastapi import APIRouter, Body, Depends, FastAPI, Query, Request, Response

from services.webhooks.domain.subscriptions import EVENT_TYPES, Owner
from services.webhooks.domain.urls import UnsafeUrl
from services.webhooks.entrypoints.schemas import (DeliveryDetail, DeliveryPage, EventTypeInfo, EventTypeList,
                                                   SecretRotation, SubscriptionCreate, SubscriptionCreated,
                                                   SubscriptionPage, SubscriptionPublic, WebhookPayload)
from services.webhooks.service_layer.webhooks import NotFound, Webhooks
from shared.auth import Principal, current_principal
from shared.paging import LINK_HEADER, Id, Limit, Offset, paged
from shared.problems import VALIDATION, problem_response, problem_type

PROBLEM = {"content": {"application/problem+json": {}}}
AUTH = {401: {"description": "No valid bearer token of a client (the anonymous identity holds no subscriptions)",
              **PROBLEM}}
NOT_FOUND = {404: {"description": "No such subscription or delivery of this client", **PROBLEM}}
INVALID = {422: {"description": "Invalid input: each error names the field and the reason", **PROBLEM}}


def get_webhooks(request: Request) -> Webhooks:
    return request.app.state.container.webhooks


def owner(principal: Annotated[Principal, Depends(current_principal)]) -> Owner:
    """Subscriptions belong to the OAuth2 client that made them (current_principal refuses the anonymous identity)."""
    return Owner.of(principal)


WebhooksDep = Annotated[Webhooks, Depends(get_webhooks)]
OwnerDep = Annotated[Owner, Depends(owner)]


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(NotFound)
    async def _not_found(request: Request, exc: NotFound):
        return problem_response(404, "Not Found", str(exc), str(request.url.path),
                                type_=problem_type("not-found"))

    @app.exception_handler(UnsafeUrl)
    async def _unsafe(request: Request, exc: UnsafeUrl):
        return problem_response(422, "Unprocessable Content", f"url: {exc}", str(request.url.path),
                                type_=VALIDATION,
                                errors=[{"field": "url", "reason": str(exc), "type": "rule"}])


def build_router() -> APIRouter:
    router = APIRouter(prefix="/webhooks", tags=["webhooks"])

    @router.get("/event-types", response_model=EventTypeList, operation_id="list_webhook_event_types",
                summary="The event types a subscription may name, and who receives each", responses=AUTH)
    async def event_types(_: OwnerDep) -> EventTypeList:
        return EventTypeList(items=[EventTypeInfo(type=t, receivers=who) for t, who in EVENT_TYPES.items()])

    @router.post("/subscriptions", status_code=201, response_model=SubscriptionCreated,
                 operation_id="create_webhook_subscription",
                 responses={201: {"headers": {"Location": {"description": "the new subscription's URL",
                                                           "schema": {"type": "string"}}}}} | AUTH | INVALID,
                 summary="Subscribe a URL to event types; the signing secret is in this answer only",
                 description="Deliveries are POSTed as JSON (`type`, `timestamp`, `data`) with Standard Webhooks "
                             "headers `webhook-id`, `webhook-timestamp` and `webhook-signature` (`v1,` + base64 "
                             "HMAC-SHA256 of `id.timestamp.body` with the secret's bytes). A subscriber receives only "
                             "what its client may see; failed deliveries are retried with exponential back-off "
                             "(8 attempts over about 10 minutes).")
    async def create(body: SubscriptionCreate, webhooks: WebhooksDep, me: OwnerDep, response: Response):
        created, secret = await webhooks.subscribe(me, body.url, list(body.event_types), body.description)
        response.headers["Location"] = f"/v1/webhooks/subscriptions/{created['id']}"
        return SubscriptionCreated(**created, secret=secret)

    @router.get("/subscriptions", response_model=SubscriptionPage, operation_id="list_webhook_subscriptions",
                summary="The calling client's subscriptions, newest first",
                responses={200: {"headers": LINK_HEADER}} | AUTH | INVALID)
    async def listing(request: Request, response: Response, webhooks: WebhooksDep, me: OwnerDep,
                      limit: Limit(200) = 50, offset: Offset = 0):
        items, total = await webhooks.list(me, limit, offset)
        return SubscriptionPage(**paged(request, response, items, total, limit, offset))

    @router.get("/subscriptions/{subscription_id}", response_model=SubscriptionPublic,
                operation_id="get_webhook_subscription", summary="One of the calling client's subscriptions",
                responses=AUTH | NOT_FOUND | INVALID)
    async def one(subscription_id: Id, webhooks: WebhooksDep, me: OwnerDep):
        return await webhooks.get(me, subscription_id)

    @router.post("/subscriptions/{subscription_id}/secret", response_model=SubscriptionCreated,
                 operation_id="rotate_webhook_secret", responses=AUTH | NOT_FOUND | INVALID,
                 summary="Rotate the subscription's signing secret; the new one is in this answer only",
                 description="Deliveries are signed with the new secret from now on, and with the one before it too "
                             "(a second `v1,` signature in `webhook-signature`) for `keep_previous_s`, so a subscriber "
                             "that verifies with either old or new secret switches over without a failed delivery. "
                             "Only the latest previous secret is kept: a second rotation ends the first's overlap. "
                             "Without a body, the overlap is a day.")
    async def rotate(subscription_id: Id, webhooks: WebhooksDep, me: OwnerDep,
                     body: Annotated[SecretRotation | None, Body()] = None):
        keep = (body or SecretRotation()).keep_previous_s
        rotated, secret = await webhooks.rotate_secret(me, subscription_id, timedelta(seconds=keep))
        return SubscriptionCreated(**rotated, secret=secret)

    @router.delete("/subscriptions/{subscription_id}", status_code=204, operation_id="delete_webhook_subscription",
                   summary="Stop a subscription; its pending deliveries are dropped",
                   responses=AUTH | NOT_FOUND | INVALID)
    async def delete(subscription_id: Id, webhooks: WebhooksDep, me: OwnerDep):
        await webhooks.unsubscribe(me, subscription_id)
        return Response(status_code=204)

    @router.get("/subscriptions/{subscription_id}/deliveries", response_model=DeliveryPage,
                operation_id="list_webhook_deliveries", summary="A subscription's delivery log, newest first",
                responses={200: {"headers": LINK_HEADER}} | AUTH | NOT_FOUND | INVALID)
    async def delivery_log(request: Request, response: Response, subscription_id: Id, webhooks: WebhooksDep,
                           me: OwnerDep,
                           status: Annotated[Literal["pending", "delivered", "failed"] | None, Query()] = None,
                           limit: Limit(200) = 50, offset: Offset = 0):
        items, total = await webhooks.deliveries(me, subscription_id, status, limit, offset)
        return DeliveryPage(**paged(request, response, items, total, limit, offset))

    @router.get("/subscriptions/{subscription_id}/deliveries/{delivery_id}", response_model=DeliveryDetail,
                operation_id="get_webhook_delivery", summary="One delivery with every attempt at it",
                responses=AUTH | NOT_FOUND | INVALID)
    async def delivery(subscription_id: Id, delivery_id: Id, webhooks: WebhooksDep, me: OwnerDep):
        return await webhooks.delivery(me, subscription_id, delivery_id)

    @router.post("/subscriptions/{subscription_id}/deliveries/{delivery_id}/redeliver", status_code=202,
                 response_model=DeliveryDetail, operation_id="redeliver_webhook_delivery",
                 summary="Send a delivery again now, with the same webhook-id", responses=AUTH | NOT_FOUND | INVALID)
    async def redeliver(subscription_id: Id, delivery_id: Id, webhooks: WebhooksDep, me: OwnerDep):
        return await webhooks.redeliver(me, subscription_id, delivery_id)

    return router


def describe_webhooks(app: FastAPI) -> None:
    """OpenAPI 3.1 `webhooks`: one entry per event type, the request a subscriber receives."""
    for event_type, who in EVENT_TYPES.items():
        def receive(body: WebhookPayload) -> None:  # pragma: no cover - documentation only
            return None

        app.webhooks.add_api_route(
            event_type, receive, methods=["POST"], operation_id=f"webhook_{event_type.rsplit('ovop.', 1)[1].replace('.', '_')}",
            summary=f"{event_type}", description=f"Sent to: {who}. Signed with the subscription's secret "
                                                 "(headers `webhook-id`, `webhook-timestamp`, `webhook-signature`); "
                                                 "answer 2xx within 10 s, or it is retried.",
            tags=["webhooks"], status_code=200, response_class=Response,
            responses={200: {"description": "Any 2xx acknowledges the delivery"}})

    plain_openapi = app.openapi

    def openapi() -> dict:
        doc = plain_openapi()
        for item in doc.get("webhooks", {}).values():  # a subscriber's validation errors are not ours to describe
            item["post"]["responses"].pop("422", None)
            item["post"]["security"] = []  # the subscriber checks the signature, not a token
        return doc

    app.openapi = openapi
