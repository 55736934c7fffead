"""`uvicorn services.web.main:create_app --factory`."""
from services.web.bootstrap import create_app

__all__ = ["create_app"]
