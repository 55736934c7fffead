#!/usr/bin/env bash
# The web app's front-end packages (services/web/package.json + package-lock.json, pinned): htmx, Leaflet,
# axe-core, the Noto fonts, Swagger UI and Redoc, fetched with npm into .cache/web, where the web app and
# the gateway's /docs and /redoc serve them from. Nothing is loaded from a CDN at run time.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
dir="$root/.cache/web"
if [ -d "$dir/node_modules/htmx.org" ] && cmp -s "$root/services/web/package-lock.json" "$dir/package-lock.json"; then
  exit 0
fi
command -v npm >/dev/null 2>&1 || { echo "web assets: Node.js with npm is required (Debian: nodejs npm)" >&2; exit 1; }
mkdir -p "$dir"
cp "$root/services/web/package.json" "$root/services/web/package-lock.json" "$dir/"
(cd "$dir" && npm ci --no-audit --no-fund --ignore-scripts --silent >&2)
echo "web assets: installed into $dir" >&2
