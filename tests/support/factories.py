"""Valid request bodies, in one place; tests change only what they are about."""
from __future__ import annotations

import uuid


def producer_body(country: str = "VN", **over) -> dict:
    body = {"name_local": "Hợp tác xã Nước mắm Phú Quốc", "name_en": "Phu Quoc Fish Sauce Cooperative",
            "type": "cooperative", "founded_year": 2009, "women_led": True,
            "place": {"country": country, "province": "Kiên Giang", "district": "Phú Quốc"}}
    return body | over


def product_body(producer_id: str, country: str = "VN", **over) -> dict:
    body = {"producer_id": producer_id, "external_ref": f"ref-{uuid.uuid4().hex[:8]}",
            "name_local": "Nước mắm Phú Quốc", "name_en": "Phu Quoc fish sauce",
            "description": "Traditional anchovy fish sauce.", "programme": "OCOP", "group": "food", "stars": 4,
            "rating_date": "2024-06-01", "hs_code": "210390",
            "origin": {"country": country, "province": "Kiên Giang", "district": "Phú Quốc"},
            "monthly_capacity": {"amount": 20000, "unit": "l"},
            "price": {"min": 3.5, "max": 6.0, "currency": "USD", "unit": "l"},
            "export_markets": ["JP"], "status": "listed"}
    return body | over
