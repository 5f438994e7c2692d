#!/usr/bin/env bash
# Lighthouse on the phone-size pages, and the first reply on a slow phone (see docs/performance.md):
#   bash benchmarks/lighthouse/lighthouse.sh [--no-build] [--app PATH/KnowYourRights.Bot.dll] [--data DIR] [--port N]
# Publishes src/Bot in Release into artifacts/lighthouse/app (static assets precompressed as
# deployed) unless --app names a build, builds its index, starts it on 127.0.0.1 and runs:
#  1. Lighthouse (npm lighthouse, Debian chromium), mobile form factor with Lighthouse's default
#     simulated slow 4G and 4x CPU slowdown, on / and /ask?q=what+is+a+detainer: the
#     performance and accessibility scores and the main timings.
#  2. first-reply.mjs: Chromium throttled through the DevTools protocol to Slow 3G (400 kbit/s,
#     2 s round trips) with a 4x CPU slowdown, empty cache: when the first reply shows on /, when
#     Web Chat's own welcome does, and when /ask's answer does.
# Not part of the test run: it needs minutes and a quiet machine.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/benchmarks/lighthouse"
app="$root/artifacts/lighthouse/app/KnowYourRights.Bot.dll"
build=1
data=""
port=5098
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --app) app="$2"; build=0; shift ;;
    --data) data="$2"; shift ;;
    --port) port="$2"; shift ;;
    *) echo "unknown option $1" >&2; exit 2 ;;
  esac
  shift
done
base="http://127.0.0.1:$port"
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"

if [ "$build" = 1 ]; then
  dotnet publish "$root/src/Bot" -c Release -r "$(bash "$root/eng/publish-rid.sh")" --self-contained false -p:PublishReadyToRun=true -o "$root/artifacts/lighthouse/app" -v quiet -nologo >/dev/null
fi
[ -n "$data" ] || data="$(dirname "$app")/data"
if [ ! -d "$here/node_modules/lighthouse" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi
dotnet "$app" index build --data "$data" >/dev/null

log="$(mktemp)"
RateLimiting__Enabled=false ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet "$app" --urls "$base" --Knowledge:DataPath="$data" >"$log" 2>&1 &
server=$!
out="$(mktemp -d)"
stop() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$log" "$out"; }
trap stop EXIT
for _ in $(seq 1 1200); do
  if curl -fs -o /dev/null "$base/healthz"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$log"; echo "the server stopped" >&2; exit 1; fi
  sleep 0.05
done
# One answer first, so the index is warm as it is for everyone after the first visitor.
curl -fs -o /dev/null "$base/ask?q=what+is+a+detainer"

lh="$here/node_modules/.bin/lighthouse"
for path in "/" "/ask?q=what+is+a+detainer"; do
  report="$out/report.json"
  "$lh" "$base$path" --quiet --output=json --output-path="$report" \
    --only-categories=performance,accessibility --form-factor=mobile --throttling-method=simulate \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking"
  node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const a = r.audits, ms = id => Math.round(a[id].numericValue);
    console.log(`${process.argv[2]}: performance ${Math.round(r.categories.performance.score * 100)}, accessibility ${Math.round(r.categories.accessibility.score * 100)}; ` +
      `FCP ${ms("first-contentful-paint")} ms, LCP ${ms("largest-contentful-paint")} ms, TBT ${ms("total-blocking-time")} ms, ` +
      `CLS ${a["cumulative-layout-shift"].numericValue.toFixed(3)}, Speed Index ${ms("speed-index")} ms`);
    for (const ref of r.categories.accessibility.auditRefs) {
      if (a[ref.id].score !== null && a[ref.id].score < 1 && ref.weight > 0) console.log(`  accessibility: ${ref.id}: ${a[ref.id].title}`);
    }' "$report" "$path"
done

node "$here/first-reply.mjs" "$base"
