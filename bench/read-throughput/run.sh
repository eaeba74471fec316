#!/usr/bin/env bash
# Read throughput of the public API on the embedded defaults: GET one published item and GET one
# column list (20 summaries), each with wrk at 50 connections for DURATION seconds, on loopback.
# Runs twice on a fresh work folder each: with the public read cache as shipped (PT1S) and with it
# off (PT0S), seeding 60 published news items each time; writes results.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/read-throughput
port=${PORT:-18080}
duration=${DURATION:-30}
work="$here/work"

if ! command -v wrk >/dev/null; then
  echo "wrk is missing: installing it from Debian's packages" >&2
  apt-get install -y -qq wrk >/dev/null
fi

server=""
stop_server() {
  if [[ -n "$server" ]]; then
    # TERM, not INT: a background job of a non-interactive shell ignores SIGINT. The launcher
    # stops Payara and MariaDB on either.
    kill -TERM "$server" 2>/dev/null || true
    wait "$server" 2>/dev/null || true
    server=""
  fi
}
trap stop_server EXIT

token() {
  curl -sf -X POST "$api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])'
}

measure() { # label name url
  wrk -t2 -c10 -d5s "$3" >/dev/null # warm-up: JIT and connection pool
  wrk -t2 -c50 -d"${duration}s" --latency "$3" >"$work/$1-$2.wrk"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1-$2.wrk")
  p50=$(awk '$1=="50%" {print $2}' "$work/$1-$2.wrk")
  p99=$(awk '$1=="99%" {print $2}' "$work/$1-$2.wrk")
  echo "| $2 | $1 | \`${3#http://127.0.0.1:$port}\` | $rps | $p50 | $p99 |"
}

run_with_cache_ttl() { # ttl label; runs in a subshell, which does not inherit the EXIT trap
  trap stop_server EXIT
  rm -rf "$work/server" && mkdir -p "$work/server"
  ZHANQUN_PUBLIC_CACHE_TTL="$1" ./zhanqun run --port "$port" --work-dir "$work/server" \
    >"$work/run-$2.log" 2>&1 &
  server=$!
  api="http://127.0.0.1:$port/api/v1"
  for _ in $(seq 1 240); do
    curl -sf "$api/health" >/dev/null 2>&1 && break
    sleep 0.5
  done
  curl -sf "$api/health" >/dev/null || { echo "server did not start; see $work/run-$2.log" >&2; exit 1; }

  local editor reviewer column item="" body
  editor=$(token editor.fgw editor-demo-2026)
  reviewer=$(token reviewer.fgw reviewer-demo-2026)
  column=$(curl -sf "$api/sites/fgw/columns" | python3 -c 'import sys,json;print([c["id"] for c in json.load(sys.stdin) if c["code"]=="news"][0])')
  for i in $(seq 1 60); do
    body="{\"site\":\"fgw\",\"column\":$column,\"type\":\"news\",\"language\":\"zh-CN\",\"slug\":\"bench-$i\",\"title\":\"发展改革委召开第${i}次主任办公会议\",\"summary\":\"会议研究部署近期重点工作。\",\"body\":\"## 会议内容\\n\\n会议听取了各处室工作汇报，研究部署了下一阶段重点任务。\\n\\n| 事项 | 责任处室 |\\n|---|---|\\n| 项目审批 | 投资处 |\\n\"}"
    item=$(curl -sf -X POST "$api/items" -H "Authorization: Bearer $editor" -H 'Content-Type: application/json' -d "$body" \
      | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
    version=$(curl -sf -X POST "$api/items/$item/workflow/submit" -H "Authorization: Bearer $editor" \
      | python3 -c 'import sys,json;print(json.load(sys.stdin)["version"])')
    curl -sf -X POST "$api/items/$item/workflow/publish" -H "Authorization: Bearer $reviewer" \
      -H 'Content-Type: application/json' -d "{\"version\":$version}" >/dev/null
  done
  local item_url="$api/public/items/$item"
  local list_url="$api/public/items?site=fgw&column=$column&size=20"
  curl -sf "$item_url" >/dev/null && curl -sf "$list_url" >/dev/null
  measure "$2" item "$item_url"
  measure "$2" column-list "$list_url"
  stop_server
}

rm -rf "$work" && mkdir -p "$work"
rows_cached="$(run_with_cache_ttl PT1S "cache PT1S (default)")"
rows_uncached="$(run_with_cache_ttl PT0S "no cache (PT0S)")"
{
  echo "# Read throughput of the public API"
  echo
  echo "Run: \`bench/read-throughput/run.sh\` on $(date -u +%Y-%m-%d), commit $(git rev-parse --short HEAD), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;"
  echo "server (Payara Micro + embedded MariaDB) and wrk share the machine. wrk -t2 -c50 -d${duration}s after a 5 s warm-up."
  echo "Target (issue #3): >= 3,000 req/s and p99 < 50 ms."
  echo
  echo "The public endpoints answer from a cache that lives \`zhanqun.public.cache-ttl\` (default PT1S) and is"
  echo "dropped when a publication or withdrawal commits on the instance; the second pair of rows turns it off"
  echo "(every request builds its answer from the database)."
  echo
  echo "| request | public read cache | path | req/s | p50 | p99 |"
  echo "|---|---|---|---|---|---|"
  echo "$rows_cached"
  echo "$rows_uncached"
} >"$here/results.md"
cat "$here/results.md"
