#!/usr/bin/env bash
# Cold-start benchmark of `./zhanqun run`: seconds from invoking it until GET /api/v1/health
# answers 200. Three cold runs, each with a fresh work folder (so MariaDB is unpacked and
# installed), then three warm runs reusing the last one's data. Stops the server with SIGTERM
# after each run (the launcher's shutdown hook stops Payara Micro, then MariaDB) and checks that
# nothing is left running. Writes results.md next to this script. Loopback only.
#
# Usage: bench/cold-start/run.sh            (from anywhere; builds the jar first if needed)
#        RUNS=5 bench/cold-start/run.sh     (more runs of each kind)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$here/work"
runs="${RUNS:-3}"
timeout_s=180
target_s=45

# Build outside the measurement: after this the jar is up to date and the deps are cached, and
# the measured runs skip the staleness check (sources edited meanwhile must not trigger a build).
"$root/zhanqun" --version >/dev/null

now_ms() { date +%s%3N; }

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

free_port() {
  local port
  for port in $(seq 18080 18999); do
    if ! port_in_use "$port"; then
      echo "$port"
      return 0
    fi
  done
  echo "no free port in 18080-18999" >&2
  return 1
}

# Waits (up to 90 s) until the 1-minute load average drops below half the CPU count, so that
# the previous run's shutdown does not slow the next one down; the load is a decaying average.
cool_down() {
  local limit deadline=$((SECONDS + 90))
  limit="$(awk -v n="$(nproc)" 'BEGIN { print n / 2 }')"
  while ((SECONDS < deadline)) && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$limit" \
    'BEGIN { exit !(l >= m) }'; do
    sleep 5
  done
}

# measure <label> <work folder>: prints "<label>|<seconds>|<launcher's own figure>|<load>"
measure() {
  local label="$1" dir="$2" port pid start status elapsed own left load
  cool_down
  port="$(free_port)"
  mkdir -p "$dir"
  load="$(cut -d' ' -f1 /proc/loadavg)"
  start="$(now_ms)"
  ZHANQUN_SKIP_BUILD=1 "$root/zhanqun" run --port "$port" --db-port 0 --work-dir "$dir" >"$dir/run.out" 2>&1 &
  pid=$!
  status=""
  while [[ "$status" != 200 ]]; do
    if ! kill -0 "$pid" 2>/dev/null; then
      echo "$label: the launcher exited; see $dir/run.out" >&2
      cat "$dir/run.out" >&2
      return 1
    fi
    if (($(now_ms) - start > timeout_s * 1000)); then
      echo "$label: not healthy within ${timeout_s} s; see $dir/run.out" >&2
      kill -TERM "$pid"
      wait "$pid" || true
      return 1
    fi
    sleep 0.1
    status="$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 \
      "http://127.0.0.1:$port/api/v1/health" || true)"
  done
  elapsed="$(now_ms)"
  elapsed="$(awk -v ms="$((elapsed - start))" 'BEGIN { printf "%.1f", ms / 1000 }')"

  # Let the launcher see the health check too and print its own figure before stopping it.
  for _ in $(seq 1 50); do
    grep -q "s after start" "$dir/run.out" && break
    sleep 0.1
  done
  kill -TERM "$pid"
  wait "$pid" || true
  left="$(pgrep -f -- "$dir/" || true)"
  if [[ -n "$left" ]]; then
    echo "$label: processes left running after stop: $left; killing them" >&2
    kill -KILL $left || true
    return 1
  fi
  # The launcher prints "Zhanqun is ready, 23.4 s after start." (JVM start to healthy).
  own="$(sed -n 's/.*ready, \([0-9.]*\) s after start.*/\1/p' "$dir/run.out")"
  echo "$label|$elapsed|${own:-?}|$load"
}

rm -rf "$work"
mkdir -p "$work"
results=()
for i in $(seq 1 "$runs"); do
  results+=("$(measure "cold $i" "$work/cold-$i")")
  echo "${results[-1]}" >&2
done
for i in $(seq 1 "$runs"); do
  results+=("$(measure "warm $i" "$work/cold-$runs")")
  echo "${results[-1]}" >&2
done

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
cold_median="$(printf '%s\n' "${results[@]}" | grep '^cold' | cut -d'|' -f2 | median)"
warm_median="$(printf '%s\n' "${results[@]}" | grep '^warm' | cut -d'|' -f2 | median)"
worst="$(printf '%s\n' "${results[@]}" | cut -d'|' -f2 | sort -n | tail -n 1)"
verdict="met"
awk -v w="$worst" -v t="$target_s" 'BEGIN { exit !(w >= t) }' && verdict="NOT met"

memory="$(awk '/MemTotal/ { printf "%.1f GiB", $2 / 1048576 }' /proc/meminfo)"
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)"
java_version="$(java -version 2>&1 | head -n 1)"

{
  echo "# Cold-start results"
  echo
  echo "Seconds from invoking \`./zhanqun run --port <free> --db-port 0 --work-dir <folder>\`"
  echo "until \`GET http://127.0.0.1:<port>/api/v1/health\` answers 200, measured by"
  echo "\`bench/cold-start/run.sh\` (see README.md). Target: under ${target_s} s — **${verdict}**"
  echo "(slowest run ${worst} s)."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- Machine: $(nproc) CPUs (${cpu:-unknown CPU}), ${memory} memory, $(uname -sr)"
  echo "- Java: ${java_version}"
  echo
  echo "| run | seconds to healthy | launcher's own figure (JVM start to healthy) | load average before |"
  echo "|---|---:|---:|---:|"
  for r in "${results[@]}"; do
    IFS='|' read -r label secs own load <<<"$r"
    echo "| $label | $secs | $own | $load |"
  done
  echo
  echo "Median: cold ${cold_median} s (fresh work folder: MariaDB unpacked and installed),"
  echo "warm ${warm_median} s (data reused). Before each run the script waits (up to 90 s) for"
  echo "the load average to fall below half the CPU count; a higher figure in the last column"
  echo "means other work competed for the CPUs during that run."
} >"$here/results.md"

rm -rf "$work"
cat "$here/results.md"
