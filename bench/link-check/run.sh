#!/usr/bin/env bash
# Link-check benchmark: how fast the audit's link checker (org.zhanqun.audit.link) checks the
# links of a published cluster.
#
# 1. Packages static-builder and cms-server/audit (offline, `package`, never `install`) and writes
#    the audit module's class path.
# 2. Publishes the demo cluster (content/, site-templates/, i18n/) with the builder's Main into
#    work/demo/public; with GENERATED=1 (default) also a generated cluster
#    (bench/cluster-generator, SITES=50 ITEMS=12000, as bench/build-vs-hugo) into work/generated.
# 3. Runs LinkCheckBench.java (a single-file program on that class path) on each: a first
#    (JIT-cold) check, then RUNS (5) checks in the same JVM: median/min/max, internal links/s.
#    External links are not checked: the bench machine has no network.
# Writes results.md next to this script.
#
# Usage: bench/link-check/run.sh                 (from anywhere)
#        RUNS=3 GENERATED=0 bench/link-check/run.sh
# Other settings: SITES (50), ITEMS (12000), SEED (42), WORK (bench/link-check/work),
# MAX_WAIT (60: seconds to wait for the load to drop before each measurement).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
generated="${GENERATED:-1}"
sites="${SITES:-50}"
items="${ITEMS:-12000}"
seed="${SEED:-42}"
work="${WORK:-$here/work}"
max_wait="${MAX_WAIT:-60}"
results="$here/results.md"

die() {
  echo "run.sh: $*" >&2
  exit 1
}

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"
command -v java >/dev/null || die "no java on PATH (JDK 17 needed)"

# Waits (up to MAX_WAIT s) until the 1-minute load average drops below half the CPU count.
cool_down() {
  local limit deadline=$((SECONDS + max_wait))
  limit="$(awk -v n="$(nproc)" 'BEGIN { print n / 2 }')"
  while ((SECONDS < deadline)) && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$limit" \
    'BEGIN { exit !(l >= m) }'; do
    sleep 5
  done
}

mkdir -p "$work"
echo "build: packaging static-builder and cms-server/audit (offline)" >&2
(cd "$root" && ./mvnw -o -q -pl cms-server/audit -am package dependency:build-classpath \
  -Dmdep.outputFile="$work/cp.txt" -DskipTests) >&2
audit_jar="$(ls "$root"/cms-server/audit/target/zhanqun-audit-*.jar | head -n 1)"
builder_jar="$(ls "$root"/static-builder/target/zhanqun-static-builder-*.jar | head -n 1)"
cp="$audit_jar:$(cat "$work/cp.txt")"
[[ "$cp" == *"$builder_jar"* ]] || cp="$cp:$builder_jar"

# publish <content> <output>: a full build with the builder's command line
publish() {
  rm -rf "$2" "$(dirname "$2")/.$(basename "$2").versions"
  mkdir -p "$(dirname "$2")"
  java -cp "$cp" org.zhanqun.builder.Main --content "$1" --templates "$root/site-templates" \
    --i18n "$root/i18n" --output "$2" --full -q >&2
}

# bench <content> <output>: prints LinkCheckBench's table
bench() {
  cool_down
  echo "load before: $(cut -d' ' -f1 /proc/loadavg)"
  echo
  java -cp "$cp" "$here/LinkCheckBench.java" --content "$1" --output "$2" --runs "$runs"
}

echo "demo: publishing content/" >&2
publish "$root/content" "$work/demo/public"
echo "demo: $runs checks" >&2
demo_out="$(bench "$root/content" "$work/demo/public")"

gen_out=""
gen_args=(--sites "$sites" --items "$items" --languages zh-CN,en --seed "$seed")
if [[ "$generated" == 1 ]]; then
  corpus="$work/generated/content"
  if [[ ! -f "$work/generated/args" || "$(cat "$work/generated/args")" != "${gen_args[*]}" ]]; then
    echo "generated: generating (${gen_args[*]})" >&2
    rm -rf "$work/generated"
    mkdir -p "$work/generated"
    java "$root/bench/cluster-generator/GenerateCluster.java" --out "$corpus" "${gen_args[@]}"
    echo "${gen_args[*]}" >"$work/generated/args"
  fi
  echo "generated: publishing" >&2
  publish "$corpus" "$work/generated/public"
  echo "generated: $runs checks" >&2
  gen_out="$(bench "$corpus" "$work/generated/public")"
fi

{
  echo "# Link-check benchmark"
  echo
  echo "Written by \`bench/link-check/run.sh\`. \`LinkCheckBench.java\` checks every link of a published"
  echo "cluster with \`org.zhanqun.audit.link.LinkChecker\` in one JVM, as the audit engine does: a first"
  echo "(JIT-cold) check, then $runs checks whose wall time (the report's own duration: walking the"
  echo "folder, parsing every HTML page with jsoup, resolving and looking up every link, sorting) gives"
  echo "the median, min and max. **Internal links only**: external checking is off because the bench"
  echo "machine has no network (the demo's external links, e.g. the ICP and public-security record"
  echo "sites, are counted as not checked)."
  echo
  echo "The machine is shared with other builds: before each measurement the script waits up to"
  echo "${max_wait} s for the load average to fall below half the CPU count and prints it; a load above"
  echo "the CPU count means other work competed for the CPUs, so take such figures as upper bounds."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- Machine: $(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo) GiB memory, Linux $(uname -r); shared with other builds"
  echo "- Java: $(java -version 2>&1 | head -n 1)"
  echo
  echo "## Demo cluster (content/)"
  echo
  echo "$demo_out"
  if [[ -n "$gen_out" ]]; then
    echo
    echo "## Generated cluster (\`GenerateCluster ${gen_args[*]}\`)"
    echo
    echo "$gen_out"
  fi
} >"$results"
echo "results: $results" >&2
cat "$results"
