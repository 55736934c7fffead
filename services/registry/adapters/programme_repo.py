"""Reads and writes of the programme's tables: registrations, evaluations, certificates, indicator figures."""
from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import and_, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from services.registry.adapters.orm import certificates, evaluations, indicator_figures, registrations


def _row(r) -> dict[str, Any]:
    return dict(r._mapping)


async def get_registration(session: AsyncSession, product_id: str, *, for_update: bool = False) -> dict | None:
    stmt = select(registrations).where(registrations.c.product_id == product_id)
    if for_update:
        stmt = stmt.with_for_update()
    row = (await session.execute(stmt)).first()
    return _row(row) if row else None


async def save_registration(session: AsyncSession, values: dict[str, Any], exists: bool) -> None:
    if exists:
        await session.execute(registrations.update().where(registrations.c.product_id == values["product_id"])
                              .values(**values))
    else:
        await session.execute(registrations.insert().values(**values))


async def list_registrations(session: AsyncSession, country: str, *, status: str | None, province: str | None,
                             product_ids: list[str] | None, limit: int, offset: int) -> tuple[list[dict], int]:
    t = registrations
    conds = [t.c.country == country]
    if status:
        conds.append(t.c.status == status)
    if province:
        conds.append(t.c.province == province)
    if product_ids is not None:
        conds.append(t.c.product_id.in_(product_ids))
    total = (await session.execute(select(func.count()).select_from(t).where(*conds))).scalar_one()
    rows = (await session.execute(select(t).where(*conds).order_by(t.c.submitted_at, t.c.product_id)
                                  .limit(limit).offset(offset))).all()
    return [_row(r) for r in rows], total


async def add_evaluation(session: AsyncSession, values: dict[str, Any]) -> int:
    result = await session.execute(evaluations.insert().values(**values))
    return result.inserted_primary_key[0]


async def product_evaluations(session: AsyncSession, product_id: str) -> list[dict]:
    rows = (await session.execute(select(evaluations).where(evaluations.c.product_id == product_id)
                                  .order_by(evaluations.c.seq))).all()
    return [_row(r) for r in rows]


async def evaluations_due(session: AsyncSession, today: date, limit: int) -> list[dict]:
    """Evaluations still marked valid whose validity ended before `today`, locked for this sweep."""
    stmt = (select(evaluations).where(evaluations.c.status == "valid", evaluations.c.valid_until < today)
            .order_by(evaluations.c.seq).limit(limit).with_for_update(skip_locked=True))
    return [_row(r) for r in (await session.execute(stmt)).all()]


async def mark_evaluations(session: AsyncSession, seqs: list[int], status: str) -> None:
    await session.execute(evaluations.update().where(evaluations.c.seq.in_(seqs)).values(status=status))


async def evaluations_of(session: AsyncSession, product_ids: list[str]) -> dict[str, list[dict]]:
    rows = (await session.execute(select(evaluations).where(evaluations.c.product_id.in_(product_ids))
                                  .order_by(evaluations.c.seq))).all()
    out: dict[str, list[dict]] = {}
    for r in rows:
        out.setdefault(r.product_id, []).append(_row(r))
    return out


async def add_certificate(session: AsyncSession, values: dict[str, Any]) -> None:
    await session.execute(certificates.insert().values(**values))


async def owner_certificates(session: AsyncSession, owner_id: str) -> list[dict]:
    rows = (await session.execute(select(certificates).where(certificates.c.owner_id == owner_id)
                                  .order_by(certificates.c.valid_until, certificates.c.id))).all()
    return [_row(r) for r in rows]


async def certificates_expired(session: AsyncSession, today: date, limit: int) -> list[dict]:
    stmt = (select(certificates).where(certificates.c.status == "valid", certificates.c.valid_until < today)
            .order_by(certificates.c.valid_until, certificates.c.id).limit(limit).with_for_update(skip_locked=True))
    return [_row(r) for r in (await session.execute(stmt)).all()]


async def certificates_expiring(session: AsyncSession, today: date, until: date, limit: int) -> list[dict]:
    stmt = (select(certificates).where(certificates.c.status == "valid", certificates.c.expiry_notice_sent == 0,
                                       and_(certificates.c.valid_until >= today, certificates.c.valid_until <= until))
            .order_by(certificates.c.valid_until, certificates.c.id).limit(limit).with_for_update(skip_locked=True))
    return [_row(r) for r in (await session.execute(stmt)).all()]


async def update_certificate(session: AsyncSession, cert_id: str, **values: Any) -> None:
    await session.execute(certificates.update().where(certificates.c.id == cert_id).values(**values))


async def mark_certificates(session: AsyncSession, cert_ids: list[str], **values: Any) -> None:
    await session.execute(certificates.update().where(certificates.c.id.in_(cert_ids)).values(**values))


async def figures(session: AsyncSession, country: str) -> list[dict]:
    t = indicator_figures
    rows = (await session.execute(select(t).where(t.c.country == country).order_by(t.c.year, t.c.indicator))).all()
    return [_row(r) for r in rows]


def _figure_key(country: str, year: int, indicator: str):
    t = indicator_figures
    return (t.c.country == country) & (t.c.year == year) & (t.c.indicator == indicator)


async def figure_version(session: AsyncSession, country: str, year: int, indicator: str) -> int:
    """The entered figure's version, locked for the change; 0 for one never entered."""
    t = indicator_figures
    found = (await session.execute(select(t.c.version).where(_figure_key(country, year, indicator))
                                   .with_for_update())).scalar_one_or_none()
    return found or 0


async def put_figure(session: AsyncSession, values: dict[str, Any]) -> None:
    """Writes the figure at `values["version"]`: an insert at version 1, else an update of the locked row."""
    t = indicator_figures
    if values["version"] == 1:
        await session.execute(t.insert().values(**values))
    else:
        await session.execute(t.update().where(_figure_key(values["country"], values["year"], values["indicator"]))
                              .values(**values))
