#!/usr/bin/env bash
# The test command's set-up: a real Kafka broker and a real PostgreSQL, then every test.
#   - Kafka: a fresh single-node broker from deploy/kafka on TEST_KAFKA_PORT (29092), unless
#     TEST_KAFKA_BOOTSTRAP names one you run.
#   - PostgreSQL: TEST_DATABASE_URL when set; otherwise a local cluster from deploy/postgres.
# Both are stopped again when the tests end. Extra arguments go to pytest.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
export PATH="$root/.venv/bin:$PATH"

# Ports below the kernel's ephemeral range (32768+), so that no client connection can be holding
# them when a fault test restarts a server.
export KAFKA_PORT="${TEST_KAFKA_PORT:-29092}"
export KAFKA_DATA_DIR="$root/var/test-kafka"
started_kafka=0
started_pg=0
cleanup() {
  [ $started_kafka = 1 ] && deploy/kafka/kafka.sh stop || true
  [ $started_pg = 1 ] && deploy/postgres/pg.sh stop || true
}
trap cleanup EXIT

if [ -z "${TEST_KAFKA_BOOTSTRAP:-}" ]; then
  deploy/kafka/kafka.sh stop >/dev/null 2>&1 || true
  rm -rf "$KAFKA_DATA_DIR"
  deploy/kafka/kafka.sh start
  started_kafka=1
  export TEST_KAFKA_BOOTSTRAP="127.0.0.1:$KAFKA_PORT"
fi

if [ -z "${TEST_DATABASE_URL:-}" ]; then
  export PG_PORT="${TEST_PG_PORT:-25432}"
  TEST_DATABASE_URL="$(deploy/postgres/pg.sh start)"
  export TEST_DATABASE_URL
  started_pg=1
  export PG_DATA_DIR_MANAGED=1  # the fault tests may restart it
fi

# The standard AsyncAPI parser (npm @asyncapi/parser) that tests/unit/test_asyncapi.py runs.
asyncapi_dir="$root/.cache/asyncapi"
if [ ! -d "$asyncapi_dir/node_modules/@asyncapi/parser" ] || ! cmp -s deploy/asyncapi/package.json "$asyncapi_dir/package.json"; then
  command -v npm >/dev/null 2>&1 || { echo "test.sh: Node.js with npm is required for the AsyncAPI check: install nodejs and npm" >&2; exit 1; }
  mkdir -p "$asyncapi_dir"
  cp deploy/asyncapi/package.json "$asyncapi_dir/"
  (cd "$asyncapi_dir" && npm install --no-audit --no-fund --silent >&2)
fi
cp deploy/asyncapi/validate.mjs "$asyncapi_dir/"
export ASYNCAPI_VALIDATOR="$asyncapi_dir/validate.mjs"

# The TypeScript client's tools (openapi-typescript, tsc, openapi-fetch's types), pinned by clients/typescript's
# package-lock.json, that tests/unit/test_typescript_client.py runs.
ts_dir="$root/.cache/typescript-client"
if [ ! -x "$ts_dir/node_modules/.bin/tsc" ] || ! cmp -s clients/typescript/package-lock.json "$ts_dir/package-lock.json"; then
  command -v npm >/dev/null 2>&1 || { echo "test.sh: Node.js with npm is required for the TypeScript client check" >&2; exit 1; }
  mkdir -p "$ts_dir"
  cp clients/typescript/package.json clients/typescript/package-lock.json "$ts_dir/"
  (cd "$ts_dir" && npm ci --no-audit --no-fund --silent >&2)
fi
export TS_CLIENT_TOOLS="$ts_dir"
# Redocly CLI and Spectral, which tests/e2e/test_openapi_lint.py runs on the gateway's merged OpenAPI document.
openapi_dir="$root/.cache/openapi"
if [ ! -x "$openapi_dir/node_modules/.bin/redocly" ] || ! cmp -s deploy/openapi/package.json "$openapi_dir/package.json"; then
  command -v npm >/dev/null 2>&1 || { echo "test.sh: Node.js with npm is required for the OpenAPI lint: install nodejs and npm" >&2; exit 1; }
  mkdir -p "$openapi_dir"
  cp deploy/openapi/package.json "$openapi_dir/"
  (cd "$openapi_dir" && npm install --no-audit --no-fund --silent >&2)
fi
export OPENAPI_LINT_DIR="$openapi_dir"

# kustomize, which renders the Kubernetes manifests that tests/unit/test_k8s_manifests.py validates.
kustomize_version=v5.7.1
export KUSTOMIZE="$root/.cache/bin/kustomize"
if [ ! -x "$KUSTOMIZE" ] || ! "$KUSTOMIZE" version 2>/dev/null | grep -q "$kustomize_version"; then
  command -v go >/dev/null 2>&1 || { echo "test.sh: Go is required to install kustomize (Debian: golang), or set KUSTOMIZE" >&2; exit 1; }
  echo "test.sh: installing kustomize $kustomize_version with go install" >&2
  GOBIN="$root/.cache/bin" GOFLAGS=-mod=mod go install "sigs.k8s.io/kustomize/kustomize/v5@$kustomize_version" >&2
fi

# The web app's front-end packages, and Debian's chromium for the browser tests (tests/browser).
deploy/web/fetch-assets.sh
if ! command -v chromium >/dev/null 2>&1 && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "test.sh: installing Debian's chromium for the browser tests" >&2
  apt-get install -y -qq chromium >&2 || { apt-get update -qq >&2 && apt-get install -y -qq chromium >&2; }
fi

echo "test.sh: Kafka $TEST_KAFKA_BOOTSTRAP, PostgreSQL $TEST_DATABASE_URL" >&2
python -m pytest "$@"
