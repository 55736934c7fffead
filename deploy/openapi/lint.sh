#!/usr/bin/env bash
# Lints an OpenAPI document (a file, or the URL of a running gateway's /openapi.json) with Redocly CLI's
# `recommended` rules and Spectral's `spectral:oas` ruleset, both pinned in deploy/openapi/package.json.
# Prints every problem and one summary line per linter; exits 1 when either reports anything.
#   deploy/openapi/lint.sh http://127.0.0.1:8000/openapi.json
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
tools="${OPENAPI_LINT_DIR:-$root/.cache/openapi}"
[ -x "$tools/node_modules/.bin/redocly" ] || { echo "lint.sh: run deploy/test.sh once (it installs the linters into $tools)" >&2; exit 2; }
src="${1:?usage: lint.sh FILE-or-URL}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
if [[ "$src" == http* ]]; then curl -sf "$src" -o "$work/openapi.json" || { echo "lint.sh: cannot fetch $src" >&2; exit 2; }; else cp "$src" "$work/openapi.json"; fi
status=0
"$tools/node_modules/.bin/redocly" lint "$work/openapi.json" --config "$here/redocly.yaml" || status=1
"$tools/node_modules/.bin/spectral" lint "$work/openapi.json" --ruleset "$here/spectral.yaml" --fail-severity hint || status=1
exit $status
