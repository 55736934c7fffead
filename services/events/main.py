"""`uvicorn services.events.main:create_app --factory`."""
from services.events.bootstrap import create_app

__all__ = ["create_app"]
