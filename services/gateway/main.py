"""`uvicorn services.gateway.main:create_app --factory`."""
from services.gateway.bootstrap import create_app

__all__ = ["create_app"]
