"""`uvicorn services.matching.main:create_app --factory`."""
from services.matching.bootstrap import create_app

__all__ = ["create_app"]
