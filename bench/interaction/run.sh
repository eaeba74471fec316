#!/usr/bin/env bash
# Interaction benchmark (issue #17), on the embedded defaults and loopback, one fresh work folder:
# 1. Public submissions: wrk POSTs complaints to /api/v1/public/letters (fgw/mailbox) for DURATION
#    seconds at CONNECTIONS connections, every request naming a new client address in
#    X-Forwarded-For (the server trusts it from 127.0.0.1 only because it is started with
#    ZHANQUN_HTTP_TRUSTED_PROXIES=127.0.0.1), so each address stays within its limit of 5 per
#    10 minutes; at the same time a second wrk hammers the same door from ONE address at
#    HAMMER_CONNECTIONS connections and counts the 429s. Afterwards one status query with a code
#    from the run, and the letters counted in the database. Target: >= 500 accepted/s, p99 < 100 ms.
# 2. Statistics: LETTERS (1,000,000) letters written straight into the embedded MariaDB's letter
#    table (fill-letters.sql, in batches of 100,000 from the sequence engine), then GET
#    /api/v1/interaction/statistics as the demo evaluator, RUNS times each for the whole cluster over
#    the 24 months, the whole cluster this year (the default period) and one site (fgw) over the last
#    12 months; curl's time_total. Target: < 1 s.
# Records the load average before each part (other work on the machine shows in p99). Writes
# results.md next to this script.
#
# Usage: bench/interaction/run.sh          (from anywhere; ./zhanqun builds the server if needed)
# Settings: PORT (18170), DB_PORT (3377), DURATION (30), WARM_UP (30), CONNECTIONS (16),
#           HAMMER_CONNECTIONS (2), LETTERS (1000000), RUNS (5), MAX_WAIT (120: seconds to wait
#           for the load to drop).
set -euo pipefail
cd "$(dirname "$0")/../.."
here=bench/interaction
work="$here/work"
port=${PORT:-18170}
db_port=${DB_PORT:-3377}
duration=${DURATION:-30}
warm_up=${WARM_UP:-30}
connections=${CONNECTIONS:-16}
hammer_connections=${HAMMER_CONNECTIONS:-2}
letters=${LETTERS:-1000000}
runs=${RUNS:-5}
max_wait=${MAX_WAIT:-120}
base="http://127.0.0.1:$port"
api="$base/api/v1"

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

# Waits (up to MAX_WAIT s) until the 1-minute load average drops below the CPU count; prints it.
quiet_load() {
  local deadline=$((SECONDS + max_wait))
  while ((SECONDS < deadline)) && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$(nproc)" 'BEGIN { exit !(l >= m) }'; do
    sleep 5
  done
  cut -d' ' -f1 /proc/loadavg
}

json() { # python expression over the JSON on stdin, bound to j
  python3 -c "import sys,json; j=json.load(sys.stdin); print($1)"
}

rm -rf "$work" && mkdir -p "$work"
# The embedded server writes its data under the work folder, which must not be in /tmp.
server_dir="$(pwd)/$work/server"
ZHANQUN_HTTP_TRUSTED_PROXIES=127.0.0.1 \
  ./zhanqun run --port "$port" --db-port "$db_port" --work-dir "$server_dir" >"$work/run.log" 2>&1 &
server=$!
for _ in $(seq 1 900); do
  curl -sf "$api/health" >/dev/null 2>&1 && break
  kill -0 "$server" 2>/dev/null || { echo "server ended; see $work/run.log" >&2; exit 1; }
  sleep 1
done
curl -sf "$api/health" >/dev/null || { echo "server did not start; see $work/run.log" >&2; exit 1; }
mariadb=("$server_dir/mariadb/base/bin/mariadb" -h127.0.0.1 -P"$db_port" -uroot --batch --skip-column-names zhanqun)

# --- 1. public submissions -------------------------------------------------------------------
# warm-up (JIT, connection pool, limiter buckets) on addresses of its own
CLIENTS=many OFFSET=100 wrk -t2 -c"$connections" -d"${warm_up}s" -s "$here/submit.lua" "$base" >"$work/warm-up.wrk"
load_submissions="$(quiet_load)"
CLIENTS=one wrk -t1 -c"$hammer_connections" -d"${duration}s" -s "$here/submit.lua" "$base" >"$work/one-address.wrk" &
hammer=$!
CLIENTS=many wrk -t2 -c"$connections" -d"${duration}s" --latency -s "$here/submit.lua" "$base" >"$work/many-addresses.wrk" &
many_pid=$!
# Where the submissions wait: sessions in the database running the letter number's statement.
lock_samples=()
for _ in 1 2 3 4 5; do
  sleep $((duration / 6))
  lock_samples+=("$("${mariadb[@]}" -e "SELECT COUNT(*) FROM information_schema.processlist
    WHERE info LIKE 'INSERT INTO letter_number%'")")
done
wait "$many_pid"
wait "$hammer"

status_count() { # file code
  awk -v c="$2" '/^statuses/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] == c) n += kv[2] } } END { print n + 0 }' "$1"
}
other_count() { # file: responses neither 201 nor 429, plus wrk's socket errors
  awk '/^statuses/ { for (i = 2; i <= NF; i++) { split($i, kv, "="); if (kv[1] != "201" && kv[1] != "429") n += kv[2] } }
       /Socket errors/ { gsub(",", ""); for (i = 1; i <= NF; i++) if ($i ~ /^[0-9]+$/) n += $i }
       END { print n + 0 }' "$1"
}
elapsed() { awk '/requests in/ { sub("s,", "", $4); print $4 }' "$1"; }
many="$work/many-addresses.wrk"
one="$work/one-address.wrk"
accepted=$(status_count "$many" 201)
accepted_per_s=$(awk -v a="$accepted" -v t="$(elapsed "$many")" 'BEGIN { printf "%.0f", a / t }')
p50=$(awk '$1=="50%" {print $2}' "$many")
p90=$(awk '$1=="90%" {print $2}' "$many")
p99=$(awk '$1=="99%" {print $2}' "$many")
max=$(awk '$1=="Latency" {print $4}' "$many")
many_errors=$(other_count "$many")
many_429=$(status_count "$many" 429)
one_201=$(status_count "$one" 201)
one_429=$(status_count "$one" 429)
one_errors=$(other_count "$one")
one_rps=$(awk '/Requests\/sec/ {print $2}' "$one")
code=$(sed -n 's/^sample //p' "$many" | json 'j["queryCode"]')
# the server's today, in the cluster's time zone
today=$(sed -n 's/^sample //p' "$many" | json 'j["received"]')
status_answer=$(curl -s -X POST "$api/public/letters/status" -H 'Content-Type: application/json' \
  -d "{\"queryCode\":\"$code\"}")
status_line=$(echo "$status_answer" | json '"%s %s received %s, status %s" % (j["number"], j["site"] + "/" + j["channel"], j["received"], j["status"])')
stored=$("${mariadb[@]}" -e "SELECT COUNT(*) FROM letter")
sent_201=$(( $(status_count "$work/warm-up.wrk" 201) + accepted + one_201 ))

# --- 2. statistics over LETTERS letters ------------------------------------------------------
"${mariadb[@]}" -e "DELETE FROM letter_step; DELETE FROM letter"
batch=100000
fill_start=$SECONDS
for ((first = 1; first <= letters; first += batch)); do
  last=$((first + batch - 1 > letters ? letters : first + batch - 1))
  sed -e "s/seq_FIRST_to_LAST/seq_${first}_to_${last}/; s/TOTAL/$letters/; s/'TODAY'/'$today'/" \
    "$here/fill-letters.sql" | "${mariadb[@]}"
done
"${mariadb[@]}" -e "ANALYZE TABLE letter" >/dev/null
fill_s=$((SECONDS - fill_start))
mix=$("${mariadb[@]}" -e "SELECT CONCAT(COUNT(*), ' letters, ', COUNT(DISTINCT site_id), ' sites, ',
  COUNT(DISTINCT channel_site, channel_code), ' channels, received ', MIN(received_on), ' to ', MAX(received_on),
  '; ', ROUND(100 * SUM(replied_on IS NOT NULL) / COUNT(*), 1), ' % answered, ',
  ROUND(100 * SUM(on_time) / SUM(replied_on IS NOT NULL), 1), ' % of them on time, ',
  SUM(status IN ('received', 'accepted', 'in-review') AND due_on < CURDATE()), ' overdue, ',
  SUM(status = 'rejected'), ' rejected, ', SUM(published_on IS NOT NULL), ' published, ',
  SUM(rating IS NOT NULL), ' rated') FROM letter")
two_years_ago=$(date -d "$today - 729 days" +%F)
a_year_ago=$(date -d "$today - 364 days" +%F)
token=$(curl -sf -X POST "$api/auth/login" -H 'Content-Type: application/json' \
  -d '{"username":"evaluator","password":"evaluator-demo-2026"}' | json 'j["token"]')
load_statistics="$(quiet_load)"

time_statistics() { # label query -> one table row
  local url="$api/interaction/statistics$2" times=() first received
  first=$(curl -s -o "$work/statistics.json" -w '%{time_total}' -H "Authorization: Bearer $token" "$url")
  received=$(json 'sum(r["received"] for r in j["sites"])' <"$work/statistics.json")
  for _ in $(seq 1 "$runs"); do
    times+=("$(curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $token" "$url")")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v label="$1" -v path="${url#$base}" -v first="$first" -v received="$received" \
    '{ t[NR] = $1 } END { printf "| %s | `%s` | %s | %.3f | %.3f | %.3f | %.3f |\n", label, path, received, first, t[1], t[int((NR + 1) / 2)], t[NR] }'
}
# The server's query (LetterRepository.statistics) in the mariadb client, for the database's share.
sql_time() { # from to [site]
  local where="received_on BETWEEN '$1' AND '$2'${3:+ AND site_id = '$3'}" times=()
  for _ in $(seq 1 "$runs"); do
    times+=("$( { /usr/bin/time -f '%e' "${mariadb[@]}" -e "SELECT site_id, COUNT(*),
      SUM(replied_on IS NOT NULL), SUM(on_time = 1), SUM(status IN ('received', 'accepted', 'in-review')
      AND due_on < '$today'), AVG(working_days_to_reply), SUM(published_on IS NOT NULL),
      SUM(rating IS NOT NULL), SUM(rating IN ('satisfied', 'basically-satisfied')) FROM letter
      WHERE $where GROUP BY site_id ORDER BY site_id" >/dev/null; } 2>&1 | tail -n 1)")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{ t[NR] = $1 } END { printf "%.2f / %.2f / %.2f", t[1], t[int((NR + 1) / 2)], t[NR] }'
}
rows=()
rows+=("$(time_statistics "whole cluster, 24 months" "?from=$two_years_ago&to=$today")")
rows+=("$(time_statistics "whole cluster, this year (default period)" "")")
rows+=("$(time_statistics "one site (fgw), 12 months" "?site=fgw&from=$a_year_ago&to=$today")")
sql_cluster=$(sql_time "$two_years_ago" "$today")
sql_site=$(sql_time "$a_year_ago" "$today" fgw)
stop_server

{
  echo "# Interaction benchmark"
  echo
  echo "Run: \`bench/interaction/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git rev-parse --short HEAD),"
  echo "$(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(free -g | awk '/Mem:/ {print $2}') GiB;"
  echo "server (\`./zhanqun run\` on the embedded defaults: Payara Micro, embedded MariaDB with its 128 MiB"
  echo "buffer pool, embedded Solr), wrk and curl share the machine, on loopback. Started with"
  echo "\`ZHANQUN_HTTP_TRUSTED_PROXIES=127.0.0.1\` so that the client address comes from X-Forwarded-For."
  echo
  echo "## Public submissions"
  echo
  echo "Target (issue #17): >= 500 accepted per second with p99 < 100 ms while the rate limiter is on."
  echo "\`POST /api/v1/public/letters\` (JSON complaint to fgw/mailbox with name and phone, encrypted at rest),"
  echo "wrk -t2 -c$connections -d${duration}s with \`submit.lua\`, every request from a new client address"
  echo "(X-Forwarded-For), after a ${warm_up} s warm-up on other addresses; at the same time a second wrk"
  echo "(-t1 -c$hammer_connections) posts the same letter from ONE address (203.0.113.7), whose limit is 5 per 10"
  echo "minutes per channel. Load average (1 min) before the run: $load_submissions."
  echo
  echo "| load | requests | accepted (201) | accepted/s | p50 | p90 | p99 | max | 429 | other answers and socket errors |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|"
  echo "| many addresses | $(awk '/requests in/ {print $1}' "$many") | $accepted | $accepted_per_s | $p50 | $p90 | $p99 | $max | $many_429 | $many_errors |"
  echo "| one address | $(awk '/requests in/ {print $1}' "$one") ($one_rps/s) | $one_201 | | | | | | $one_429 | $one_errors |"
  echo
  echo "The latencies are wrk's (closed loop: each connection sends its next letter when the answer"
  echo "came). Check afterwards: \`POST /api/v1/public/letters/status\` with the query code of one accepted"
  echo "letter of the run answered: $status_line. The letter table held $stored letters; the"
  echo "three wrk runs (warm-up included) received $sent_201 answers 201 (wrk does not count the answers"
  echo "still in flight when its time is up, at most one per connection)."
  echo
  echo "Database sessions running the letter number's \`INSERT INTO letter_number ... ON DUPLICATE KEY"
  echo "UPDATE\` (waiting for its row lock, held until the submitting transaction ends), sampled 5 times"
  echo "during the run, of the $connections connections of the many-address load: ${lock_samples[*]}."
  echo
  echo "## Statistics over $letters letters"
  echo
  echo "Target (issue #17): < 1 s. \`fill-letters.sql\` wrote the letters straight into the letter table"
  echo "($fill_s s, in batches of 100,000 from MariaDB's sequence engine, then ANALYZE TABLE): $mix."
  echo "Then \`GET /api/v1/interaction/statistics\` as the demo evaluator with curl (time_total, loopback):"
  echo "one first call, then $runs timed calls. Load average (1 min) before: $load_statistics."
  echo
  echo "| query | path | letters counted | first call s | min s | median s | max s |"
  echo "|---|---|---:|---:|---:|---:|---:|"
  printf '%s\n' "${rows[@]}"
  echo
  echo "The same SQL as the server's in the mariadb client (min / median / max s of $runs): whole cluster,"
  echo "24 months $sql_cluster; fgw, 12 months $sql_site. The query reads the covering index"
  echo "ix_letter_statistics from end to end for the whole cluster (EXPLAIN: type index, Using index)."
} >"$here/results.md"
cat "$here/results.md"
