"""Monitoring indicators (Cambodia's OVOP policy §5.2 "products mapping", §7): counts of products by star,
group, province and month of rating; producers by type and women-/youth-led; national or regional."""
from __future__ import annotations

from collections import Counter, defaultdict

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry.adapters.orm import producers, products
from services.registry.domain.geo import province_feature_collection


class Indicators:
    def __init__(self, country: str, sessions: async_sessionmaker[AsyncSession]) -> None:
        self.country, self.sessions = country, sessions

    def _scope(self, table, scope: str):
        conds = [table.c.country == self.country] if scope == "national" else []
        if table is products:
            conds.append(products.c.status != "delisted")
        return conds

    async def summary(self, scope: str) -> dict:
        p, m = products, producers
        async with self.sessions() as s:
            async def grouped(*cols, table=p):
                stmt = select(*cols, func.count()).where(*self._scope(table, scope)).group_by(*cols)
                return (await s.execute(stmt)).all()

            by_star = {str(k) if k is not None else "unrated": n for k, n in await grouped(p.c.stars)}
            by_group = {k: n for k, n in await grouped(p.c.group)}
            by_country = {k: n for k, n in await grouped(p.c.country)}
            by_province = [{"country": c, "province": pr, "products": n} for c, pr, n in await grouped(p.c.country, p.c.province)]
            months: Counter = Counter()
            for d, n in await grouped(p.c.rating_date):
                if d is not None:
                    months[f"{d.year:04d}-{d.month:02d}"] += n
            by_type = {k: n for k, n in await grouped(m.c.type, table=m)}
            flags = (await s.execute(select(func.count(), func.coalesce(func.sum(m.c.women_led), 0),
                                            func.coalesce(func.sum(m.c.youth_led), 0)).where(*self._scope(m, scope)))).one()
        return {
            "scope": scope, "country": self.country if scope == "national" else None,
            "products": {"total": sum(by_group.values()), "by_stars": by_star, "by_group": by_group,
                         "by_country": by_country, "by_province": sorted(by_province, key=lambda r: -r["products"]),
                         "by_rating_month": dict(sorted(months.items()))},
            "producers": {"total": flags[0], "by_type": by_type, "women_led": int(flags[1]), "youth_led": int(flags[2])},
        }

    async def province_map(self, scope: str) -> dict:
        p = products
        counts: dict = defaultdict(lambda: {"products": 0, "stars_4_plus": 0})
        async with self.sessions() as s:
            rows = (await s.execute(select(p.c.country, p.c.province, p.c.stars, func.count())
                                    .where(*self._scope(p, scope)).group_by(p.c.country, p.c.province, p.c.stars))).all()
        for country, province, stars, n in rows:
            c = counts[(country, province)]
            c["products"] += n
            if stars is not None and stars >= 4:
                c["stars_4_plus"] += n
        return province_feature_collection(dict(counts))
