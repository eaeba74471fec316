#!/usr/bin/env bash
# Edit-to-live latency (issue #5): the API publish call until the changed static page, served by
# the server, shows the new content. 200 edits on the demo cluster; with GENERATED=1 also on a
# generated cluster of 20,000 items (GenerateCluster: 50 sites, zh-CN + en, 22,116 item files).
# Each cluster gets a fresh work folder and is imported at start-up. Records the machine's load
# average before each run (other work on the 2 cores shows in p99). Writes results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/edit-to-live
work="$here/work"
port=${PORT:-18090}
edits=${EDITS:-200}
server=""

stop_server() {
  if [[ -n "$server" ]]; then
    # TERM, not INT: a background job of a non-interactive shell ignores SIGINT.
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}
trap stop_server EXIT

measure() { # label content-folder
  rm -rf "$work/server-$1" && mkdir -p "$work/server-$1"
  local start=$SECONDS
  ZHANQUN_IMPORT_ON_START="$(cd "$2" && pwd)" ./zhanqun run --port "$port" --db-port 0 \
    --work-dir "$work/server-$1" >"$work/run-$1.log" 2>&1 &
  server=$!
  for _ in $(seq 1 3600); do
    grep -q "Zhanqun is ready" "$work/run-$1.log" && break
    kill -0 "$server" 2>/dev/null || { echo "server ended; see $work/run-$1.log" >&2; exit 1; }
    sleep 0.5
  done
  # the first publish run builds the whole cluster; wait until the portal is there
  until curl -sf "http://127.0.0.1:$port/" >/dev/null; do sleep 0.5; done
  local ready=$((SECONDS - start))
  local load
  load="$(cut -d' ' -f1 /proc/loadavg)"
  local result
  result="$(python3 "$here/edits.py" "http://127.0.0.1:$port" "$edits")"
  stop_server
  echo "$1 $ready $load $result"
}

rm -rf "$work" && mkdir -p "$work"
lines=()
lines+=("$(measure demo content)")
if [[ "${GENERATED:-0}" == 1 ]]; then
  java bench/cluster-generator/GenerateCluster.java --out "$work/generated" --sites 50 --items 20000 \
    --languages zh-CN,en --seed 42 >/dev/null
  # the generated cluster has no fgw news column of the demo's shape unless the generator made one
  lines+=("$(measure generated-20k "$work/generated")")
fi

{
  echo "# Edit-to-live latency"
  echo
  echo "Run: \`bench/edit-to-live/run.sh\` on $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores."
  echo "Each edit: PUT the item (new title), submit, then time from the reviewer's publish call until"
  echo "\`GET /fgw/news/<slug>.html\` (served by the same server) shows the new title. Target p99 < 500 ms."
  echo
  echo "| cluster | start to served (s) | load (1 min) | edits | p50 ms | p99 ms | max ms | pages rendered per run (median) | run ms (median) | outputs in the cluster |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  for line in "${lines[@]}"; do
    read -r label ready load json <<<"$line"
    python3 - "$label" "$ready" "$load" "$json" <<'PY'
import json, sys
label, ready, load, r = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
print(f"| {label} | {ready} | {load} | {r['edits']} | {r['p50_ms']} | {r['p99_ms']} | {r['max_ms']} | {r['rendered_per_run_median']} | {r['run_ms_median']} | {r['outputs_in_cluster']} |")
PY
  done
  echo
  echo "A full build renders every output in the last column; each edit's run rendered the median in"
  echo "\"pages rendered per run\" (the item's page, its column list, the site home, feed, sitemap and"
  echo "search data). \"run ms\" is the publisher's run as its log records it; the latency adds the API"
  echo "call that publishes and the page request that sees it."
} >"$here/results.md"
cat "$here/results.md"
