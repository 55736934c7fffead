"""Loads the generated demo data into a running registry node through its HTTP API (idempotent:
records already registered under the same external_ref are skipped)."""
from __future__ import annotations

import asyncio

import httpx

from services.registry.demo.generator import PRODUCTS_PER_PRODUCER, producers, products


async def _post_all(client: httpx.AsyncClient, url: str, bodies: list[dict], concurrency: int = 8) -> list[str]:
    sem = asyncio.Semaphore(concurrency)

    async def one(body: dict) -> str:
        async with sem:
            r = await client.post(url, json=body, headers={"X-Actor": "demo-loader"})
            if r.status_code == 409:
                return r.json()["existing_id"]
            r.raise_for_status()
            return r.json()["id"]

    return list(await asyncio.gather(*(one(b) for b in bodies)))


async def load_country_async(base_url: str, country: str, n_products: int, seed: int = 7) -> str:
    async with httpx.AsyncClient(timeout=30) as client:
        n_producers = max(1, n_products // PRODUCTS_PER_PRODUCER)
        ids = await _post_all(client, f"{base_url}/{country}/producers", list(producers(country, n_producers, seed)))
        pids = await _post_all(client, f"{base_url}/{country}/products", list(products(country, n_products, ids, seed)))
    return f"{len(ids)} producers, {len(pids)} products"


def load_country(base_url: str, country: str, n_products: int, seed: int = 7) -> str:
    return asyncio.run(load_country_async(base_url, country, n_products, seed))
