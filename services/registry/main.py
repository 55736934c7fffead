"""`uvicorn services.registry.main:create_app --factory` runs one registry node (NODE_COUNTRY=VN...)."""
from services.registry.bootstrap import create_app

__all__ = ["create_app"]
