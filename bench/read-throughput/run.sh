#!/usr/bin/env bash
# Read throughput of the public API on the embedded defaults: GET one published item and GET one
# column list (20 summaries), each with wrk at 50 connections for DURATION seconds, on loopback.
# Starts its own server on a fresh work folder, seeds 60 published news items, writes results.md.
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

rm -rf "$work" && mkdir -p "$work"
./zhanqun run --port "$port" --work-dir "$work" >"$work/run.log" 2>&1 &
server=$!
# TERM, not INT: a background job of a non-interactive shell ignores SIGINT. The launcher stops
# Payara and MariaDB on either.
trap 'kill -TERM $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT

api="http://127.0.0.1:$port/api/v1"
for _ in $(seq 1 240); do
  curl -sf "$api/health" >/dev/null 2>&1 && break
  sleep 0.5
done
curl -sf "$api/health" >/dev/null || { echo "server did not start; see $work/run.log" >&2; exit 1; }

token() {
  curl -sf -X POST "$api/auth/login" -H 'Content-Type: application/json' \
    -d "{\"username\":\"$1\",\"password\":\"$2\"}" | python3 -c 'import sys,json;print(json.load(sys.stdin)["token"])'
}
editor=$(token editor.fgw editor-demo-2026)
reviewer=$(token reviewer.fgw reviewer-demo-2026)
column=$(curl -sf "$api/sites/fgw/columns" | python3 -c 'import sys,json;print([c["id"] for c in json.load(sys.stdin) if c["code"]=="news"][0])')

item=""
for i in $(seq 1 60); do
  body="{\"site\":\"fgw\",\"column\":$column,\"type\":\"news\",\"language\":\"zh-CN\",\"slug\":\"bench-$i\",\"title\":\"发展改革委召开第${i}次主任办公会议\",\"summary\":\"会议研究部署近期重点工作。\",\"body\":\"## 会议内容\\n\\n会议听取了各处室工作汇报，研究部署了下一阶段重点任务。\\n\\n| 事项 | 责任处室 |\\n|---|---|\\n| 项目审批 | 投资处 |\\n\"}"
  item=$(curl -sf -X POST "$api/items" -H "Authorization: Bearer $editor" -H 'Content-Type: application/json' -d "$body" \
    | python3 -c 'import sys,json;print(json.load(sys.stdin)["id"])')
  curl -sf -X POST "$api/items/$item/workflow/submit" -H "Authorization: Bearer $editor" >/dev/null
  curl -sf -X POST "$api/items/$item/workflow/publish" -H "Authorization: Bearer $reviewer" >/dev/null
done

item_url="$api/public/items/$item"
list_url="$api/public/items?site=fgw&column=$column&size=20"
curl -sf "$item_url" >/dev/null && curl -sf "$list_url" >/dev/null

measure() { # name url
  wrk -t2 -c10 -d5s "$2" >/dev/null # warm-up: JIT and connection pool
  wrk -t2 -c50 -d"${duration}s" --latency "$2" >"$work/$1.wrk"
  local rps p50 p99
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$1.wrk")
  p50=$(awk '$1=="50%" {print $2}' "$work/$1.wrk")
  p99=$(awk '$1=="99%" {print $2}' "$work/$1.wrk")
  echo "| $1 | \`${2#http://127.0.0.1:$port}\` | $rps | $p50 | $p99 |"
}

{
  echo "# Read throughput of the public API"
  echo
  echo "Run: \`bench/read-throughput/run.sh\` on $(date -u +%Y-%m-%d), $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB;"
  echo "server (Payara Micro + embedded MariaDB) and wrk share the machine. wrk -t2 -c50 -d${duration}s after a 5 s warm-up."
  echo "Target (issue #3): >= 3,000 req/s and p99 < 50 ms."
  echo
  echo "| request | path | req/s | p50 | p99 |"
  echo "|---|---|---|---|---|"
  measure item "$item_url"
  measure column-list "$list_url"
} >"$here/results.md"
cat "$here/results.md"
