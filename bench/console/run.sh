#!/usr/bin/env bash
# Console benchmark (issue #14): the whole product on the embedded defaults (fresh work folder, demo
# cluster imported), then on loopback:
#  1. seeds ITEMS (default 10000) items into site fgw through the bearer API (news and policies over
#     its columns; 70 % drafts, 20 % in review, 10 % published; 4 clients) and times GET
#     /api/v1/items with the console's typical queries, LIST_RUNS (default 400) times each after a
#     warm-up, from one client and from CLIENTS (default 4) clients at once;
#  2. times the freshness radar GET /api/v1/sites/{site}/freshness of every site, RADAR_RUNS
#     (default 40) times per site, and 2 x RADAR_RUNS for fgw (with the items) from one client and
#     from CLIENTS clients;
#  3. the console's first load in Debian's headless Chromium (Selenium, the app module's test
#     classpath): bytes and times up to the login screen, then log in as editor.fgw through the form
#     until the start page is usable; BROWSERS (default 5) fresh profiles (cold), each once more with
#     its cache (warm). USABLE: the selector inside <main> that makes the start page usable, besides
#     no fetch in flight (see FirstLoad.java); default: the radar table (table.radar-table) when
#     js/pages/work.js builds one, else h1.
# REUSE=1: keep the server's work folder of the last run (its database holds the items seeded
# then; ITEMS defaults to 0) — to measure a newer build without seeding again.
# BROWSER_ONLY=1 (with REUSE=1): keep the API figures of the last run (work/result.json) and run
# only the browser part on the newer build.
# Writes results.md (and work/result.json, work/browser.json).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/console
work="$here/work"
port=${PORT:-18290}
reuse=${REUSE:-0}
if [[ "$reuse" == 1 ]]; then items=${ITEMS:-0}; else items=${ITEMS:-10000}; fi
list_runs=${LIST_RUNS:-400}
clients=${CLIENTS:-4}
radar_runs=${RADAR_RUNS:-40}
browsers=${BROWSERS:-5}
# the work page's radar table once the work page has one, else its heading
work_js=cms-server/app/src/main/webapp/admin/js/pages/work.js
if grep -q radar-table "$work_js"; then usable=${USABLE:-table.radar-table}; else usable=${USABLE:-h1}; fi
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

if [[ "$reuse" == 1 && -d "$work/server" ]]; then
  find "$work" -mindepth 1 -maxdepth 1 ! -name server ! -name result.json ! -name api-run.txt \
    -exec rm -rf {} +
else
  reuse=0
  rm -rf "$work" && mkdir -p "$work"
fi
# the browser harness's classpath: the app module's test dependencies (Selenium 4.52)
./mvnw -q -o -pl cms-server/app dependency:build-classpath -Dmdep.outputFile="$PWD/$work/classpath.txt" \
  -Dmdep.includeScope=test >"$work/classpath.log" 2>&1
load_before="$(cut -d' ' -f1 /proc/loadavg)"
started=$(date +%s)
# up to 5 starts: on a busy machine the embedded MariaDB may miss the launcher's 30 s start timeout and Payara its 180 s
for attempt in 1 2 3 4 5; do
  [[ "$reuse" == 1 ]] || rm -rf "$work/server"
  ZHANQUN_SOLR_PORT=0 ./zhanqun run --port "$port" --db-port 0 --work-dir "$work/server" \
    >"$work/run.log" 2>&1 &
  server=$!
  for _ in $(seq 1 1200); do
    grep -q "Zhanqun is ready" "$work/run.log" && break
    kill -0 "$server" 2>/dev/null || break
    sleep 0.5
  done
  grep -q "Zhanqun is ready" "$work/run.log" && break
  echo "start $attempt failed: $(grep -m1 'zhanqun run:' "$work/run.log" | cut -c1-200)" >&2
  cp "$work/run.log" "$work/run-failed-$attempt.log"
  stop_server
done
grep -q "Zhanqun is ready" "$work/run.log" || { echo "server not ready; see $work/run.log" >&2; exit 1; }
until curl -sf "http://127.0.0.1:$port/sitemap.xml" >/dev/null; do sleep 0.5; done
echo "server ready after $(( $(date +%s) - started )) s; load $(cut -d' ' -f1-3 /proc/loadavg)"

if [[ "${BROWSER_ONLY:-0}" == 1 && "$reuse" == 1 && -f "$work/result.json" ]]; then
  echo "API part: kept from the last run ($(cat "$work/api-run.txt"))"
else
  python3 "$here/console.py" "http://127.0.0.1:$port" "$items" "$list_runs" "$clients" "$radar_runs" \
    >"$work/result.json"
  echo "commit $(git rev-parse --short HEAD), $(date -u '+%Y-%m-%d %H:%M UTC'), load $load_before at the start" \
    >"$work/api-run.txt"
fi
echo "browser: $browsers cold + $browsers warm first loads; load $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "$(cat "$work/classpath.txt")" "$here/FirstLoad.java" "http://127.0.0.1:$port" "$browsers" \
  "$usable" >"$work/browser.json"
stop_server

python3 - "$work/result.json" "$work/browser.json" "$load_before" "$(git rev-parse --short HEAD)" \
  "$(nproc)" "$(date -u '+%Y-%m-%d %H:%M UTC')" "$reuse" "$(cat "$work/api-run.txt")" \
  >"$here/results.md" <<'PY'
import json, statistics, sys
r, b = json.load(open(sys.argv[1])), json.load(open(sys.argv[2]))
load, commit, cores, when, reuse, api_run = sys.argv[3:9]
print('# Console benchmark\n')
print(f'Run: `bench/console/run.sh` on {when}, commit {commit}, {cores} cores, load {load} at the start')
print('(the machine is shared: other builds and servers ran at the same time). Demo cluster, embedded')
print('MariaDB and Solr, default settings, loopback. Each client keeps one connection open and waits')
print('for its answer before the next request.\n')
if not api_run.startswith('commit ' + commit + ','):
    print(f'Sections 1 and 2 are from the run before on the same work folder ({api_run}); this run')
    print('(`REUSE=1 BROWSER_ONLY=1`) measured the newer build in the browser only.\n')
timing = r['server_timing_names']
if timing:
    print(f"The server sends `Server-Timing` ({', '.join(timing)}); its total is in the *server* columns.\n")
else:
    print('The server sends no `Server-Timing` header: every time below is the loopback round trip as the')
    print('client sees it (request written → whole answer read), so it includes HTTP and JSON on both sides.\n')

s = r.get('seed')
print('## 1. Item list over %s items in site fgw\n' % f"{r['items_in_site']:,}")
if reuse == '1':
    print('The items were seeded by an earlier run into the same work folder (`REUSE=1`); this run')
    print('restarted the server (the newer build) on that database.\n')
if s:
    c = s['counts']
    print(f"Seeded through the bearer API from 4 clients in {s['seconds']} s: {c['draft']:,} drafts, "
          f"{c['in_review']:,} in review, {c['published']:,} published (created, submitted, published), "
          f"{c['failed']} failed; news and policies over {r['seed_columns']} columns.\n")
    for f in s['failures']:
        print(f"- failed: {f}\n")
target = 50
print(f"`GET /api/v1/items`, editor.fgw's token; each query {r['list'][0]['one_client']['loopback_ms']['n']} times "
      f"after a warm-up, from one client, then from {r['concurrent_clients']} clients at once. Target: p99 < {target} ms.\n")
print('| query | total | answer bytes | 1 client p50 / p95 / p99 / max ms | '
      f"{r['concurrent_clients']} clients p50 / p95 / p99 / max ms | req/s (1 · {r['concurrent_clients']}) | load |")
print('|---|---:|---:|---:|---:|---:|---:|')
lists = [q for q in r['list'] if q['path'].startswith('/items')]
default_total = lists[0]['total']
def row(t):
    if not t:
        return 'n/a'
    return f"{t['p50']} / {t['p95']} / **{t['p99']}** / {t['max']}"
slow = []
for q in r['list']:
    one, many = q['one_client'], q['concurrent']
    note = '' if q['status'] == 200 else f" (answer {q['status']})"
    if q['query'].startswith('q=') and q['total'] == default_total:
        note += ' (q not applied by this build: all items)'
    print(f"| {q['query']}{note} | {q['total'] if q['total'] is not None else '–'} | {q['bytes'] or '–':,} | "
          f"{row(one['loopback_ms'])} | {row(many['loopback_ms'])} | {one['per_second']} · {many['per_second']} | {q.get('load', '')} |")
    if q in lists and one['loopback_ms'] and one['loopback_ms']['p99'] >= target:
        slow.append(q['query'])
    if one['server_timing_ms']:
        print(f"| ↳ Server-Timing | | | {row(one['server_timing_ms'])} | {row(many['server_timing_ms'])} | |")
    for mode in ('one_client', 'concurrent'):
        if q[mode]['errors']:
            print(f"| ↳ errors ({mode}) | | | {q[mode]['errors']} | | |")
print()
print('\n*load*: the 1-minute load average when the query\'s runs began; the baseline (`GET /auth/me`, a token check and a small JSON answer) shows what the busy machine adds to any request.\n')
print(f"One client, p99 under {target} ms: {len(lists) - len(slow)} of {len(lists)} list queries"
      + (f"; over: {', '.join(slow)}." if slow else '.'))
print('\nQueries: ' + '; '.join(f"{q['query']}: `{q['path']}`" for q in lists) + '.\n')

print('## 2. Freshness radar\n')
radar = [x for x in r['radar'] if x['status'] == 200]
if not radar:
    print('`GET /api/v1/sites/{site}/freshness` was not there in this build (answers: '
          + ', '.join(sorted({str(x['status']) for x in r['radar']})) + ').\n')
else:
    print(f"`GET /api/v1/sites/{{site}}/freshness`, evaluator's token, {radar[0]['timing']['loopback_ms']['n']} calls "
          'per site after a warm-up, one client. Target: < 100 ms.\n')
    print('| site | columns | warnings | p50 ms | p95 ms | p99 ms | max ms |')
    print('|---|---:|---:|---:|---:|---:|---:|')
    for x in r['radar']:
        if x['status'] != 200:
            print(f"| {x['site']} | answer {x['status']} | | | | | |")
            continue
        t = x['timing']['loopback_ms']
        print(f"| {x['site']} | {x['columns']} | {x['warnings']} | {t['p50']} | {t['p95']} | {t['p99']} | {t['max']} |")
    for key, label in (('radar_fgw_editor', 'fgw, editor.fgw, 1 client'),
                       ('radar_fgw_concurrent', f"fgw, editor.fgw, {r['concurrent_clients']} clients")):
        t = r.get(key, {}).get('loopback_ms')
        if t:
            print(f"| {label} ({t['n']} calls) | | | {t['p50']} | {t['p95']} | {t['p99']} | {t['max']} |")
    print()

print('## 3. Console first load (headless Chromium ' + b['chromium'] + ', 1366 × 900)\n')
runs = [x for x in b['runs'] if 'error' not in x]
for x in b['runs']:
    if 'error' in x:
        print(f"- {x['cache']} run failed: {x['error']}\n")
print(f"`/admin/` → login screen (the login form in the page, nothing loading) → log in as editor.fgw "
      f"through the form → start page usable: hash `#/work`, `{b['usableSelector']}` present, no "
      "`.loading` or `aria-busy` in `main`, no fetch in flight, for 50 ms. Times on the page's clock "
      "(navigation start = 0); *first load* = login screen ready + submit → usable (the typing by "
      "the harness left out). Bytes from the page's navigation and resource timing entries: "
      "transferred (headers included; 0 when served from the cache) / encoded body / decoded body.\n")
print('| cache | runs | login screen ms (median, max) | submit → usable ms | first load ms | '
      'bytes to login screen (transferred / encoded / decoded, requests) | bytes of the whole first load |')
print('|---|---:|---:|---:|---:|---:|---:|')
for cache in ('cold', 'warm'):
    rs = [x for x in runs if x['cache'] == cache]
    if not rs:
        continue
    def med(k):
        v = [x[k] for x in rs]
        return f"{statistics.median(v):.0f} ({max(v):.0f})"
    def by(part):
        p = rs[0][part]
        return f"{p['transfer']:,} / {p['encoded']:,} / {p['decoded']:,} ({p['requests']})"
    print(f"| {cache} | {len(rs)} | {med('loginReadyMs')} | {med('submitToUsableMs')} | {med('firstLoadMs')} | "
          f"{by('toLogin')} | {by('whole')} |")
if runs:
    print(f"\nThe start page's heading when usable: “{runs[0]['heading']}”.\n")
    first = runs[0]
    print('Requests of the first cold load (ms from navigation start):\n')
    print('| resource | kind | transferred | encoded | decoded | start | end |')
    print('|---|---|---:|---:|---:|---:|---:|')
    for e in first.get('entries', []):
        print(f"| `{e['name']}` | {e['type']} | {e['transfer']:,.0f} | {e['encoded']:,.0f} | {e['decoded']:,.0f} | {e['start']:.0f} | {e['end']:.0f} |")
PY
cat "$here/results.md"
