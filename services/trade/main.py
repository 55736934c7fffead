"""`uvicorn services.trade.main:create_app --factory`."""
from services.trade.bootstrap import create_app

__all__ = ["create_app"]
