"""`make bench`: every benchmark in turn, each writing its figures to var/bench/<name>.json.

BENCH_SCALE=small runs each at a size that takes a few minutes in all (a smoke run); the default sizes
are the ones the README quotes."""
from __future__ import annotations

import os
import subprocess
import sys
import time

# (module, arguments at the README's sizes, arguments for a small run)
BENCHMARKS: list[tuple[str, list[str], list[str]]] = [
    ("benchmarks.schedule_bench", [], ["--only", "fair", "--time-limit", "20"]),
    ("benchmarks.search_bench", ["--sizes", "100000", "500000"], ["--sizes", "20000", "--rounds", "10",
                                                                  "--match-rounds", "10"]),
    ("benchmarks.relevance_bench", ["--products", "40000", "--quiet"], ["--products", "10000", "--quiet"]),
    ("benchmarks.gateway_bench", [], ["--duration", "3", "--products", "300"]),
    ("benchmarks.login_storm_bench", [], ["--products", "300", "--rounds", "1", "--searches", "100"]),
    ("benchmarks.registry_import_bench", ["--products", "100000"], ["--products", "5000"]),
    ("benchmarks.identity_bench", ["--requests", "20000"], ["--requests", "2000"]),
    ("benchmarks.sync_lag_bench", ["--rate", "1000", "--seconds", "120", "--products", "20000"],
     ["--rate", "200", "--seconds", "15", "--products", "2000"]),
    ("benchmarks.replica_apply_bench", [], ["--records", "10000", "--singles", "300", "--rounds", "1"]),
    ("benchmarks.programme_sweep_bench", ["--products", "20000"], ["--products", "2000"]),
    ("benchmarks.trade_bench", [], ["--requests", "5000", "--deals", "2500", "--rounds", "50"]),
    ("benchmarks.webhooks_bench", [], ["--products", "50", "--burst", "500", "--creates", "50"]),
    ("benchmarks.field_rules_bench", ["--products", "30000", "--rounds", "5"], ["--products", "3000", "--rounds", "1"]),
]


def main() -> int:
    small = os.environ.get("BENCH_SCALE") == "small"
    only = set(sys.argv[1:])
    failed = []
    for module, full, quick in BENCHMARKS:
        if only and module.rsplit(".", 1)[1] not in only:
            continue
        args = quick if small else full
        print(f"\n=== {module} {' '.join(args)}", flush=True)
        t0 = time.monotonic()
        rc = subprocess.run([sys.executable, "-m", module, *args]).returncode
        print(f"=== {module}: exit {rc} after {time.monotonic() - t0:.0f} s", flush=True)
        if rc:
            failed.append(module)
    if failed:
        print("failed: " + ", ".join(failed), file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
