#!/usr/bin/env bash
# Proofreading benchmark (issue #16): (a) proofread ITEMS generated items of about CHARS characters
# of government text with planted errors (title, summary, a tag and a body; parallel streams),
# RUNS times in one JVM; (b) the cost of one check of a 10,000-character body, p50/p99 over
# 20,000 runs after 3,000 warm-up runs. The harness is ProofreadingBench in the module's test
# sources; the dictionary is the built-in lists and the demo cluster's content/proofreading.yaml.
# Writes results.md next to this script.
#
# Usage: bench/proofreading/run.sh                 (from anywhere)
#        ITEMS=10000 RUNS=2 bench/proofreading/run.sh
# Other settings: CHARS (2000), SEED (42), MAX_WAIT (120: seconds to wait for the load to drop), JAVA_OPTS.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
items="${ITEMS:-100000}"
chars="${CHARS:-2000}"
runs="${RUNS:-3}"
seed="${SEED:-42}"
max_wait="${MAX_WAIT:-120}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

command -v java >/dev/null || { echo "run.sh: no java on PATH" >&2; exit 1; }

# Compile the module and its tests into target/ (no install), then the class path.
echo "run.sh: compiling the proofreading module" >&2
(cd "$root" && ./mvnw -q -o -pl static-builder/proofreading -am test-compile -Dspotless.check.skip=true \
  && ./mvnw -q -o -pl static-builder/proofreading dependency:build-classpath -Dmdep.outputFile="$work/cp.txt") >&2
module="$root/static-builder/proofreading"
cp="$module/target/test-classes:$module/target/classes:$root/static-builder/content-model/target/classes:$(cat "$work/cp.txt")"

# Wait (up to MAX_WAIT s) until the 1-minute load average drops below half the CPU count.
limit="$(awk -v n="$(nproc)" 'BEGIN { print n / 2 }')"
deadline=$((SECONDS + max_wait))
while ((SECONDS < deadline)) && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$limit" 'BEGIN { exit !(l >= m) }'; do
  sleep 5
done
load="$(cut -d' ' -f1 /proc/loadavg)"

echo "run.sh: proofreading $items items of about $chars characters, $runs runs" >&2
# shellcheck disable=SC2086
java ${JAVA_OPTS:-} -cp "$cp" org.zhanqun.proofreading.ProofreadingBench \
  --items "$items" --chars "$chars" --runs "$runs" --seed "$seed" \
  --operator-file "$root/content/proofreading.yaml" >"$work/out"

{
  echo "# Proofreading benchmark"
  echo
  echo "Written by \`bench/proofreading/run.sh\` (harness: \`ProofreadingBench\` in"
  echo "static-builder/proofreading's test sources). Targets (issue #16): (a) 100,000 items of about"
  echo "2,000 characters in under 10 s; (b) p99 under 5 ms for one check of a 10,000-character body."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- Machine: $(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo) GiB memory, shared with other work"
  echo "- Java: $(java -version 2>&1 | head -n 1); options: ${JAVA_OPTS:-none}"
  echo "- Load average before the run: $load"
  echo "- Items: $items, average body about $chars characters (uniform from $((chars / 4)) to $((chars / 4 + chars * 3 / 2))), seed $seed, $runs runs"
  echo
  cat "$work/out"
} >"$here/results.md"
cat "$here/results.md"
