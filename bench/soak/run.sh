#!/usr/bin/env bash
# Soak run (issue #13): the whole product on the embedded defaults (fresh work folder, demo cluster
# imported), then DURATION seconds (default 600) of mixed load on loopback from a bounded number of
# clients: 3 readers (static pages from the sitemaps, public lists and items), 2 searchers, and one
# writer per site (fgw, jyj) that edits, submits, publishes (with the reviewed version) and now and
# then withdraws news items. Reports errors, latency percentiles per kind and memory (RSS of the
# server, Solr and MariaDB processes; the server's heap after a full GC) every minute; writes
# results.md. Exits non-zero when any request failed.
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/soak
work="$here/work"
port=${PORT:-18290}
duration=${DURATION:-600}
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

child_pid() { # launcher-pid pattern: the launcher's child process whose command line matches
  for pid in $(pgrep -P "$1"); do
    if tr '\0' ' ' <"/proc/$pid/cmdline" | grep -q -- "$2"; then echo "$pid"; return; fi
  done
}

rm -rf "$work" && mkdir -p "$work"
ZHANQUN_SOLR_PORT=0 ./zhanqun run --port "$port" --db-port 0 --work-dir "$work/server" \
  >"$work/run.log" 2>&1 &
server=$!
for _ in $(seq 1 1200); do
  grep -q "Zhanqun is ready" "$work/run.log" && break
  kill -0 "$server" 2>/dev/null || { echo "server ended; see $work/run.log" >&2; exit 1; }
  sleep 0.5
done
grep -q "Zhanqun is ready" "$work/run.log" || { echo "server not ready; see $work/run.log" >&2; exit 1; }
until curl -sf "http://127.0.0.1:$port/sitemap.xml" >/dev/null; do sleep 0.5; done
launcher=$(pgrep -f "zhanqun.jar run --port $port" | head -n 1)
payara=$(child_pid "$launcher" payara-micro)
solr=$(child_pid "$launcher" solr-node)
mariadb=$(child_pid "$launcher" mariadbd)
load_before="$(cut -d' ' -f1 /proc/loadavg)"

python3 "$here/soak.py" "http://127.0.0.1:$port" "$duration" "$payara" "$solr" "$mariadb" \
  >"$work/result.json"
stop_server

python3 - "$work/result.json" "$load_before" "$(git rev-parse --short HEAD)" "$(nproc)" \
  >"$here/results.md" <<'PY'
import json, sys, datetime
r, load, commit, cores = json.load(open(sys.argv[1])), sys.argv[2], sys.argv[3], sys.argv[4]
print('# Soak run\n')
print(f'Run: `bench/soak/run.sh` on {datetime.date.today()}, commit {commit}, {cores} cores, load {load} at the start.')
print(f"{r['seconds']} s of mixed load on loopback (3 readers, 2 searchers, 2 writers; each client waits for")
print('its answer before the next request). Demo cluster, embedded MariaDB and Solr, default settings.\n')
print(f"**Requests: {r['requests']:,}; errors: {r['errors']}**; failed publish runs among the last 100: {r['failed_publish_runs_in_last_100']}.\n")
if r['errors_by_kind']:
    print('Errors by kind: ' + ', '.join(f'{k}: {v}' for k, v in r['errors_by_kind'].items()) + '\n')
print('| kind | requests | p50 ms | p95 ms | p99 ms | max ms |')
print('|---|---:|---:|---:|---:|---:|')
for k, v in r['latency_ms'].items():
    print(f"| {k} | {v['n']:,} | {v['p50']} | {v['p95']} | {v['p99']} | {v['max']} |")
print('\nMemory, sampled every minute (MiB; heap: the server JVM\'s heap in use right after a full GC):\n')
print('| s | server heap after GC | server RSS | Solr RSS | MariaDB RSS |')
print('|---:|---:|---:|---:|---:|')
for m in r['memory']:
    print(f"| {m['t']} | {m['payara_heap_after_gc_mib']} | {m['payara_rss_mib']} | {m['solr_rss_mib']} | {m['mariadb_rss_mib']} |")
PY
cat "$here/results.md"
python3 -c 'import json,sys; sys.exit(1 if json.load(open(sys.argv[1]))["errors"] else 0)' "$work/result.json"
