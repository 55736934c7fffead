"""Regenerates the network's API clients from the gateway's merged OpenAPI document.

    python clients/generate.py --url http://127.0.0.1:8000/openapi.json    # from a running gateway (make up)
    python clients/generate.py --spec path/to/openapi.json                 # from a file

Starts nothing. Writes:
  clients/openapi.json                        the document the clients were generated from
  clients/python/ovop_client/generated/       openapi-python-client's package (models and one module per operation)
  clients/typescript/src/schema.d.ts          openapi-typescript's types (from clients/typescript/node_modules, the
                                              test command's .cache/typescript-client, or OVOP_TS_TOOLS)
The hand-written layers (clients/python/ovop_client/sdk.py, clients/typescript/src/index.ts) are never touched."""
from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import httpx

HERE = Path(__file__).resolve().parent
PYTHON_OUT = HERE / "python" / "ovop_client" / "generated"
TS_DIR = HERE / "typescript"
SPEC_OUT = HERE / "openapi.json"


def read_spec(url: str | None, path: str | None) -> dict:
    if url:
        response = httpx.get(url, timeout=30)
        response.raise_for_status()
        return response.json()
    return json.loads(Path(path).read_text())


def generate_python(spec_file: Path) -> None:
    tool = Path(sys.executable).with_name("openapi-python-client")
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "generated"
        config = Path(tmp) / "config.json"
        # Classes are named after the schemas; literal enums keep the spec's values.
        config.write_text(json.dumps({"literal_enums": True}))
        done = subprocess.run([str(tool), "generate", "--path", str(spec_file), "--meta", "none",
                               "--config", str(config), "--output-path", str(out)], capture_output=True, text=True)
        if done.returncode != 0:
            sys.exit(f"openapi-python-client failed:\n{done.stdout}\n{done.stderr}")
        skipped = [line for line in done.stdout.splitlines() + done.stderr.splitlines() if "WARNING" in line]
        shutil.rmtree(PYTHON_OUT, ignore_errors=True)
        shutil.copytree(out, PYTHON_OUT)
    print(f"python client: {PYTHON_OUT.relative_to(HERE.parent)}" + (f" ({len(skipped)} warnings)" if skipped else ""))
    for line in done.stdout.splitlines():
        if "skipped" in line.lower() or "unable" in line.lower():
            print("  " + line.strip())


def generate_typescript(spec_file: Path) -> None:
    # The test command installs the pinned tools into .cache/typescript-client; `npm ci` here works as well.
    default = TS_DIR if (TS_DIR / "node_modules").exists() else HERE.parent / ".cache" / "typescript-client"
    tools = Path(os.environ.get("OVOP_TS_TOOLS", default))
    cli = tools / "node_modules" / ".bin" / "openapi-typescript"
    if not cli.exists():
        print(f"typescript client: skipped ({cli} is missing; run `npm ci` in {TS_DIR.relative_to(HERE.parent)})")
        return
    target = TS_DIR / "src" / "schema.d.ts"
    done = subprocess.run([str(cli), str(spec_file), "--output", str(target)], capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"openapi-typescript failed:\n{done.stdout}\n{done.stderr}")
    print(f"typescript client: {target.relative_to(HERE.parent)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--url", help="the merged document of a running gateway")
    source.add_argument("--spec", help="a file holding the merged document")
    parser.add_argument("--only", choices=["python", "typescript"])
    args = parser.parse_args()
    spec = read_spec(args.url, args.spec)
    SPEC_OUT.write_text(json.dumps(spec, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    if args.only in (None, "python"):
        generate_python(SPEC_OUT)
    if args.only in (None, "typescript"):
        generate_typescript(SPEC_OUT)


if __name__ == "__main__":
    main()
