"""Loads the generated demo data into a registry node through its bulk import (idempotent: a second
load changes nothing, because every row carries an external_ref)."""
from __future__ import annotations

import json
import math

import httpx

from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, producers, products


def jsonl(rows) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode()


def load_country(base_url: str, country: str, n_products: int, seed: int = 7, timeout_s: float = 600, *,
                 token: str) -> str:
    """`base_url` reaches the node's routes (e.g. http://127.0.0.1:8000/v1/registry); `token` is a registry
    admin's for `country`. Returns a summary."""
    n_producers = math.ceil(n_products / PRODUCTS_PER_PRODUCER)
    out = []
    with httpx.Client(timeout=timeout_s) as client:
        for kind, rows in (("producers", producers(country, n_producers, seed)), ("products", products(country, n_products, seed))):
            r = client.post(f"{base_url}/{country}/imports/{kind}", params={"format": "jsonl", "wait": "true"},
                            content=jsonl(rows), headers={"Content-Type": "application/x-ndjson", "Authorization": f"Bearer {token}"})
            r.raise_for_status()
            job = r.json()
            if job["status"] != "done" or job["rejected"]:
                raise RuntimeError(f"demo import of {country} {kind} did not complete cleanly: {job}")
            out.append(f"{kind} {job['created']} new, {job['unchanged']} unchanged")
    return ", ".join(out)
