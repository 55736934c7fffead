"""Monitoring indicators (Cambodia's OVOP policy §5.2 "products mapping", §7): counts of products by star,
group, province and month of rating; producers by type and women-/youth-led; national or regional. And the
action plan's indicators per year (`config/indicators.json`): computed from the records where they hold them,
entered by the committee where they do not, each with the committee's target."""
from __future__ import annotations

import json
from collections import Counter, defaultdict
from datetime import datetime, timezone
from functools import cache

from sqlalchemy import extract, func, or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from services.registry.adapters import programme_repo as prepo
from services.registry.adapters.orm import producers, products, registrations
from services.registry.domain.errors import InvalidField
from services.registry.domain.geo import province_feature_collection
from services.registry.domain.programme import CONFIG
from shared.preconditions import StaleVersion, check_version


@cache
def indicator_catalogue() -> dict[str, dict]:
    raw = json.loads((CONFIG / "indicators.json").read_text(encoding="utf-8"))
    return {i["key"]: i for i in raw["indicators"]}


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
        m = producers
        counts: dict = defaultdict(lambda: {"products": 0, "listed": 0, "stars_3_plus": 0, "stars_4_plus": 0,
                                            "producers": 0, "women_led": 0, "youth_led": 0,
                                            "remote_or_ethnic_minority": 0})
        async with self.sessions() as s:
            rows = (await s.execute(select(p.c.country, p.c.province, p.c.stars, p.c.status, func.count())
                                    .where(*self._scope(p, scope))
                                    .group_by(p.c.country, p.c.province, p.c.stars, p.c.status))).all()
            makers = (await s.execute(select(
                m.c.country, m.c.province, func.count(), func.coalesce(func.sum(m.c.women_led), 0),
                func.coalesce(func.sum(m.c.youth_led), 0),
                func.count().filter(or_(m.c.remote_area == 1, m.c.ethnic_minority_area == 1)))
                .where(*self._scope(m, scope)).group_by(m.c.country, m.c.province))).all()
        for country, province, stars, status, n in rows:
            c = counts[(country, province)]
            c["products"] += n
            c["listed"] += n if status == "listed" else 0
            if stars is not None and stars >= 3:
                c["stars_3_plus"] += n
            if stars is not None and stars >= 4:
                c["stars_4_plus"] += n
        for country, province, n, women, youth, remote in makers:
            c = counts[(country, province)]
            c.update(producers=n, women_led=int(women), youth_led=int(youth), remote_or_ethnic_minority=int(remote))
        return province_feature_collection(dict(counts))

    # -- the action plan's indicators ------------------------------------------------------------------------
    async def _computed(self, s: AsyncSession, first: int, last: int) -> dict[str, dict[int, int]]:
        p, m, r = products, producers, registrations
        own_p, own_m = p.c.country == self.country, m.c.country == self.country

        async def by_year(col, *conds) -> dict[int, int]:
            year = extract("year", col)
            rows = (await s.execute(select(year, func.count()).where(*conds, year >= first, year <= last)
                                    .group_by(year))).all()
            return {int(y): n for y, n in rows}

        out = {
            "producers_registered": await by_year(m.c.created_at, own_m),
            "products_registered": await by_year(p.c.created_at, own_p),
            "products_3_stars_plus": await by_year(p.c.rating_date, own_p, p.c.stars >= 3),
            "women_led_producers": await by_year(m.c.created_at, own_m, m.c.women_led == 1),
            "youth_led_producers": await by_year(m.c.created_at, own_m, m.c.youth_led == 1),
            "remote_or_ethnic_minority_producers": await by_year(
                m.c.created_at, own_m, or_(m.c.remote_area == 1, m.c.ethnic_minority_area == 1)),
        }
        # Approved: by the committee in the network (the registration's decision), or brought approved from
        # the national register (a product registered listed, without a registration in the network).
        decided = await by_year(r.c.decided_at, r.c.country == self.country, r.c.status == "approved")
        registered = await by_year(p.c.created_at, own_p, p.c.status != "draft",
                                   p.c.id.not_in(select(r.c.product_id)))
        out["products_approved"] = {y: decided.get(y, 0) + registered.get(y, 0) for y in set(decided) | set(registered)}
        return out

    async def plan(self, first: int | None, last: int | None) -> dict:
        this_year = datetime.now(timezone.utc).year
        last = last or max(this_year, first or this_year)
        first = first or last - 4
        # from_year after to_year names no year: the series is empty, as a range with nothing in it is.
        async with self.sessions() as s:
            computed = await self._computed(s, first, last)
            entered = [f for f in await prepo.figures(s, self.country) if first <= f["year"] <= last]
        by_key: dict[str, dict[int, dict]] = defaultdict(dict)
        for f in entered:
            by_key[f["indicator"]][f["year"]] = f
        out = []
        for key, ind in indicator_catalogue().items():
            series = []
            for year in range(first, last + 1):
                fig = by_key[key].get(year, {})
                actual = computed[key].get(year, 0) if ind["source"] == "computed" else fig.get("actual")
                series.append({"year": year, "target": fig.get("target"), "actual": actual,
                               "version": fig.get("version", 0)})
            out.append({**ind, "series": series})
        return {"country": self.country, "from_year": first, "to_year": last, "indicators": out}

    async def put_figure(self, indicator: str, year: int, target: float | None, actual: float | None,
                         actor: str, expected_version: int) -> dict:
        """Enters a year's figure at the version the caller read: a figure never entered is at version 0 (as the
        plan shows it), so two committee members never overwrite each other's figure unseen."""
        catalogue = indicator_catalogue()
        if indicator not in catalogue:
            raise InvalidField("indicator", f"is not an indicator of the plan ({', '.join(catalogue)})")
        if actual is not None and catalogue[indicator]["source"] == "computed":
            raise InvalidField("actual", f"{indicator} is computed from the records; only its target is entered")
        values = dict(country=self.country, year=year, indicator=indicator, target=target, actual=actual,
                      updated_by=actor, updated_at=datetime.now(timezone.utc))
        what = f"the figure of {indicator} for {year}"
        try:
            async with self.sessions() as s, s.begin():
                current = await prepo.figure_version(s, self.country, year, indicator)
                check_version(what, current, expected_version)
                values["version"] = current + 1
                await prepo.put_figure(s, values)
        except IntegrityError:
            # Another change entered it first (nothing to lock before the row exists): it is at version 1 now.
            raise StaleVersion(what, 1) from None
        return {"indicator": indicator, "year": year, "target": target, "actual": actual, "version": values["version"],
                "updated_by": actor, "updated_at": values["updated_at"].isoformat()}
