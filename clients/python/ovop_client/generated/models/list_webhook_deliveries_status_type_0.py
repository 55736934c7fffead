from typing import Literal

ListWebhookDeliveriesStatusType0 = Literal['delivered', 'failed', 'pending']

LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_0_VALUES: set[ListWebhookDeliveriesStatusType0] = { 'delivered', 'failed', 'pending',  }

def check_list_webhook_deliveries_status_type_0(value: str) -> ListWebhookDeliveriesStatusType0:
    if value in LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {LIST_WEBHOOK_DELIVERIES_STATUS_TYPE_0_VALUES!r}")
