"""The OVOP Network API from Python.

    from ovop_client import OvopClient
    from ovop_client.generated.api.products import list_products

    ovop = OvopClient("https://api.ovop.example", client_id="…", client_secret="…")
    page = list_products.sync(client=ovop.client, country="VN")
    for product in ovop.paginate(list_products.sync, country="VN"):
        ...

`ovop_client.generated` is regenerated from the spec (clients/generate.py); this package's own layer adds
tokens (client credentials, renewed before they expire), retries with back-off on 429/503 honouring
Retry-After, an Idempotency-Key on every POST, paging iterators and the bulk imports' CSV/JSON Lines bodies."""
from ovop_client.sdk import ApiError, AsyncOvopClient, OvopClient

__all__ = ["ApiError", "AsyncOvopClient", "OvopClient"]
