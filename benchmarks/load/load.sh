#!/usr/bin/env bash
# Load test of the Release build on 127.0.0.1 (see docs/performance.md):
#   bash benchmarks/load/load.sh [--no-build] [--app PATH/KnowYourRights.Bot.dll] [--data DIR] [--port N]
# Publishes src/Bot in Release into artifacts/load/app (as deployed: static assets precompressed
# with Brotli and gzip), builds its index (timed: a build with unchanged seeds reuses the vectors
# in DATA/embeddings), starts it with rate limiting off, and reports in one run: the cold start
# (process start to the first 200 from /healthz), the bytes a first visit of / transfers,
# req/s with p50/p99 of /healthz and of /api/answer (one fixed question, 50 real questions
# rotating, 1,000 distinct questions) with their share of /healthz, and the server's memory
# after the first answer, at rest 15 s later (LOAD_REST), after the runs and 60 s later (LOAD_SETTLE). The machine may be shared:
# each figure is printed with the load average at that moment (ratios to /healthz are what count).
# Environment: LOAD_SECONDS (10), LOAD_CONNECTIONS (16), LOAD_DISTINCT (1000), LOAD_REST (15), LOAD_SETTLE (60).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
here="$root/benchmarks/load"
app="$root/artifacts/load/app/KnowYourRights.Bot.dll"
build=1
data=""
port=5099
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

if [ "$build" = 1 ]; then
  dotnet publish "$root/src/Bot" -c Release -r "$(bash "$root/eng/publish-rid.sh")" --self-contained false -p:PublishReadyToRun=true -o "$root/artifacts/load/app" -v quiet -nologo >/dev/null
fi
[ -n "$data" ] || data="$(dirname "$app")/data"
if [ ! -d "$here/node_modules/autocannon" ]; then
  (cd "$here" && npm ci --no-audit --no-fund --silent)
fi

load() { echo "(load average $(cut -d' ' -f1 /proc/loadavg))"; }
rss() { grep -E '^(VmRSS|VmHWM)' "/proc/$server/status" | tr -s ' ' | tr '\n' ' '; }

empty="$(mktemp -d)"
build_start=$(date +%s%N)
dotnet "$app" index build --data "$empty" >/dev/null
echo "index build from an empty data folder: $(( ($(date +%s%N) - build_start) / 1000000 )) ms $(load)"
rm -rf "$empty"
build_start=$(date +%s%N)
dotnet "$app" index build --data "$data" >/dev/null
echo "index build: $(( ($(date +%s%N) - build_start) / 1000000 )) ms (a new version from the seeds, into $data) $(load)"

log="$(mktemp)"
start_ns=$(date +%s%N)
RateLimiting__Enabled=false ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  dotnet "$app" --urls "$base" --Knowledge:DataPath="$data" >"$log" 2>&1 &
server=$!
stop() { kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -f "$log"; }
trap stop EXIT

for _ in $(seq 1 1200); do
  if curl -fs -o /dev/null "$base/healthz"; then break; fi
  if ! kill -0 "$server" 2>/dev/null; then cat "$log"; echo "the server stopped" >&2; exit 1; fi
  sleep 0.05
done
ready_ns=$(date +%s%N)
curl -fs -o /dev/null "$base/healthz" || { cat "$log"; echo "the server did not answer /healthz" >&2; exit 1; }
echo "cold start: $(( (ready_ns - start_ns) / 1000000 )) ms to the first 200 from /healthz $(load)"
first_ns=$(date +%s%N)
curl -fs -o /dev/null "$base/api/answer?q=Can%20the%20jail%20hold%20me%20for%20ICE%3F"
echo "first answer after it: $(( ($(date +%s%N) - first_ns) / 1000000 )) ms $(load)"
sleep 2
echo "server memory after the first answer: $(rss)"
# At rest: the app gives the model's load garbage back at its first quiet look (Memory:IdleCheckInterval, 5 s).
sleep "${LOAD_REST:-15}"
echo "server memory at rest (${LOAD_REST:-15} s later): $(rss)"

# A first visit of /: the page and every script and style it names, as a browser asks for them.
page="$(curl -fs "$base/")"
total=0
for url in / $(printf '%s' "$page" | grep -oE '(src|href)="/[^"]+"' | sed -E 's/^[a-z]+="([^"]+)"$/\1/'); do
  bytes=$(curl -fs -o /dev/null -H 'Accept-Encoding: br, gzip' -w '%{size_download}' "$base$url")
  echo "  $url: $bytes bytes"
  total=$((total + bytes))
done
echo "first visit of /: $total bytes transferred ($(( total / 1024 )) KB)"
echo "/healthz and the answer runs (each run's share of /healthz is what counts on a shared machine) $(load)"

status=0
node "$here/load.mjs" "$base" || status=$?

echo "server memory after the runs: $(rss) $(load)"
sleep "${LOAD_SETTLE:-60}"
echo "server memory ${LOAD_SETTLE:-60} s later: $(rss) $(load)"
exit $status
