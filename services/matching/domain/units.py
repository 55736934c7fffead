"""Units of quantity a buyer or a producer writes, and how many of one make another: a request in tonnes
is compared with a capacity in kilograms; "pcs", "pieces" and "dozen" count the same things."""
from __future__ import annotations

# unit as written (folded to lower case, trailing dots dropped) -> (dimension, size in the dimension's base)
UNITS: dict[str, tuple[str, float]] = {}
for dimension, sizes in {
    "mass": {("kg", "kgs", "kilo", "kilos", "kilogram", "kilograms"): 1.0,
             ("t", "mt", "tonne", "tonnes", "ton", "tons", "metric ton", "metric tons"): 1000.0,
             ("g", "gram", "grams", "gr"): 0.001, ("quintal", "quintals"): 100.0},
    "volume": {("l", "litre", "litres", "liter", "liters", "lt", "ltr"): 1.0, ("ml", "millilitre", "milliliter"): 0.001,
               ("kl", "m3", "cubic metre"): 1000.0},
    "count": {("piece", "pieces", "pc", "pcs", "unit", "units", "item", "items", "ea", "each"): 1.0,
              ("dozen", "dozens", "doz", "dz"): 12.0, ("gross",): 144.0, ("pair", "pairs"): 2.0},
    "length": {("m", "metre", "metres", "meter", "meters"): 1.0, ("cm",): 0.01, ("yard", "yards", "yd"): 0.9144,
               ("km",): 1000.0},
    "area": {("m2", "sqm", "square metre", "square meter"): 1.0},
    "sheet": {("sheet", "sheets"): 1.0, ("ream", "reams"): 500.0},
    "person": {("person", "persons", "people", "pax", "guest", "guests"): 1.0},
}.items():
    for names, size in sizes.items():
        for name in names:
            UNITS[name] = (dimension, size)


def _key(unit: str | None) -> str:
    return " ".join((unit or "").strip().lower().rstrip(".").split())


def known(unit: str | None) -> bool:
    return _key(unit) in UNITS


def factor(from_unit: str | None, to_unit: str | None) -> float | None:
    """How many `to_unit` make one `from_unit` (t -> kg: 1000); None when they measure different things.
    Units outside the table compare only with themselves."""
    a, b = _key(from_unit), _key(to_unit)
    if a == b and a:
        return 1.0
    if a in UNITS and b in UNITS and UNITS[a][0] == UNITS[b][0]:
        return UNITS[a][1] / UNITS[b][1]
    return None


def convert(amount: float, from_unit: str | None, to_unit: str | None) -> float | None:
    f = factor(from_unit, to_unit)
    return None if f is None else amount * f


def base(amount: float, unit: str | None) -> tuple[float, str] | None:
    """The amount in its dimension's base unit (kg, l, piece, m…), with that dimension; None if unknown."""
    k = _key(unit)
    if k not in UNITS:
        return None
    dimension, size = UNITS[k]
    return amount * size, dimension
