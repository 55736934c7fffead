from typing import Literal

SubscriptionCreateEventTypesItem = Literal['org.asean.ovop.matching.match.accepted.v1', 'org.asean.ovop.matching.match.declined.v1', 'org.asean.ovop.matching.match.proposed.v1', 'org.asean.ovop.matching.rfq.changed.v1', 'org.asean.ovop.matching.rfq.opened.v1', 'org.asean.ovop.registry.producer.upserted.v1', 'org.asean.ovop.registry.product.upserted.v1']

SUBSCRIPTION_CREATE_EVENT_TYPES_ITEM_VALUES: set[SubscriptionCreateEventTypesItem] = { 'org.asean.ovop.matching.match.accepted.v1', 'org.asean.ovop.matching.match.declined.v1', 'org.asean.ovop.matching.match.proposed.v1', 'org.asean.ovop.matching.rfq.changed.v1', 'org.asean.ovop.matching.rfq.opened.v1', 'org.asean.ovop.registry.producer.upserted.v1', 'org.asean.ovop.registry.product.upserted.v1',  }

def check_subscription_create_event_types_item(value: str) -> SubscriptionCreateEventTypesItem:
    if value in SUBSCRIPTION_CREATE_EVENT_TYPES_ITEM_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {SUBSCRIPTION_CREATE_EVENT_TYPES_ITEM_VALUES!r}")
