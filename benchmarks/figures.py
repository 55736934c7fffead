"""Where every benchmark's figures go: `var/bench/<benchmark>.json`, a list of
{name, value, unit, size, machine, date}. The README's figures are copied from these files."""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path

from benchmarks.infra import ROOT, machine

BENCH_DIR = ROOT / "var" / "bench"


@dataclass(frozen=True)
class Figure:
    name: str     # what was measured, e.g. "search.text_2_filters.p95"
    value: float
    unit: str     # "ms", "products/s", "ratio", …
    size: str     # the data it was measured on, e.g. "500000 products"
    extra: dict = field(default_factory=dict)  # anything a reader needs besides (rounds, connections…)


def write(benchmark: str, figures: list[Figure]) -> Path:
    """Writes (replaces) `var/bench/<benchmark>.json` and prints where."""
    BENCH_DIR.mkdir(parents=True, exist_ok=True)
    when = dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")
    host = machine()
    rows = [{"name": f.name, "value": round(f.value, 4) if isinstance(f.value, float) else f.value,
             "unit": f.unit, "size": f.size, "machine": host, "date": when, **({"extra": f.extra} if f.extra else {})}
            for f in figures]
    path = BENCH_DIR / f"{benchmark}.json"
    path.write_text(json.dumps(rows, indent=2, ensure_ascii=False) + "\n")
    print(f"figures: {len(rows)} written to {path.relative_to(ROOT)}")
    return path


def summary(name: str, samples_ms: list[float], size: str, unit: str = "ms", **extra) -> list[Figure]:
    """Median, p95 and p99 of a list of samples as three figures."""
    from benchmarks.infra import percentiles

    p = percentiles(samples_ms)
    return [Figure(f"{name}.{k}", p[k], unit, size, {"samples": len(samples_ms), **extra})
            for k in ("median", "p95", "p99") if k in p]
