"""`uvicorn services.webhooks.main:create_app --factory`."""
from services.webhooks.bootstrap import create_app

__all__ = ["create_app"]
