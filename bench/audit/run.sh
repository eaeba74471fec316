#!/usr/bin/env bash
# Audit benchmark: the wake-up audit of a generated cluster (default 200 sites, 200,000 items, no
# external links), built in memory by AuditBench.java and audited as of 2026-11-16 RUNS times in
# one JVM (the first run with a cold JIT). Wall time of each run and the JSON report, peak heap
# (in the JVM) and peak RSS of the whole process (/usr/bin/time -v, generation included).
# Writes results.md next to this script.
#
# Usage: bench/audit/run.sh                     (from anywhere)
#        SITES=50 ITEMS=20000 RUNS=3 bench/audit/run.sh
# Other settings: SEED (42), MAX_WAIT (120: seconds to wait for the load to drop), JAVA_OPTS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
sites="${SITES:-200}"
items="${ITEMS:-200000}"
runs="${RUNS:-5}"
seed="${SEED:-42}"
max_wait="${MAX_WAIT:-120}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v java >/dev/null || { echo "run.sh: no java on PATH" >&2; exit 1; }
[[ -x /usr/bin/time ]] || { echo "run.sh: /usr/bin/time (GNU time) is missing" >&2; exit 1; }

# Compile the audit module and its upstream into target/ (no install: the local repository stays
# untouched), then the class path: the modules' classes and their dependencies' jars.
echo "run.sh: compiling the audit module" >&2
(cd "$root" && ./mvnw -q -o -pl cms-server/audit -am compile \
  && ./mvnw -q -o -pl cms-server/audit dependency:build-classpath -Dmdep.outputFile="$work/cp.txt") >&2
deps="$(tr ':' '\n' <"$work/cp.txt" | grep -v 'zhanqun-static-builder' | paste -sd: -)"
cp="$root/cms-server/audit/target/classes:$root/static-builder/target/classes:$deps"

# Wait (up to MAX_WAIT s) until the 1-minute load average drops below half the CPU count.
limit="$(awk -v n="$(nproc)" 'BEGIN { print n / 2 }')"
deadline=$((SECONDS + max_wait))
while ((SECONDS < deadline)) && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$limit" 'BEGIN { exit !(l >= m) }'; do
  sleep 5
done
load="$(cut -d' ' -f1 /proc/loadavg)"

echo "run.sh: auditing $sites sites, $items items, $runs runs" >&2
# shellcheck disable=SC2086
/usr/bin/time -v -o "$work/time" java ${JAVA_OPTS:-} -cp "$cp" "$here/AuditBench.java" \
  --sites "$sites" --items "$items" --runs "$runs" --seed "$seed" >"$work/out"
rss_kb="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$work/time")"
wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { print $2 }' "$work/time")"

{
  echo "# Audit benchmark"
  echo
  echo "Written by \`bench/audit/run.sh\`. A cluster of $sites sites and about $items items (zh-CN,"
  echo "a quarter of the sites also partly in English; no external links), generated in memory by"
  echo "\`AuditBench.java\` and audited with the default rules as of 2026-11-16, $runs times in one JVM."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- Machine: $(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo) GiB memory"
  echo "- Java: $(java -version 2>&1 | head -n 1); options: ${JAVA_OPTS:-none}"
  echo "- Load average before the run: $load"
  echo
  cat "$work/out"
  echo "- whole process (JVM start, source compilation of the harness, generation, $runs audits, JSON): $wall wall, peak RSS $(awk -v k="$rss_kb" 'BEGIN { printf "%.0f", k / 1024 }') MB"
  echo
  echo "Reading a content folder of that size is the builder's cost, measured in bench/read-throughput."
} >"$here/results.md"
cat "$here/results.md"
