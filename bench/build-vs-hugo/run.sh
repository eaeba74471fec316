#!/usr/bin/env bash
# Build benchmark: Zhanqun's static-builder against Hugo on the same generated cluster.
#
# 1. Generates the corpus once with bench/cluster-generator (content/ for Zhanqun, a Hugo content
#    tree for Hugo: the same items, text and dates).
# 2. Hugo: RUNS cold full builds (`hugo --quiet` into a fresh folder with a fresh cache folder),
#    each under /usr/bin/time -v: median/min/max wall time, peak RSS, pages written.
# 3. Zhanqun: the same for `./zhanqun build --content <corpus> --output <fresh folder>` (cold, JVM
#    start included). Until the builder exists this part fails; the script says so and still
#    writes Hugo's figures.
# 4. Zhanqun warm rebuilds in one JVM: bench/build-vs-hugo/WarmRebuild.java.
# Writes results.md next to this script.
#
# Usage: bench/build-vs-hugo/run.sh                   (from anywhere; 5 runs each, ~50 sites/12,000 items)
#        RUNS=3 SITES=20 ITEMS=5000 bench/build-vs-hugo/run.sh
#        ONLY=hugo bench/build-vs-hugo/run.sh         (skip both Zhanqun parts)
#        ZHANQUN_SKIP_BUILD=1 bench/build-vs-hugo/run.sh   (never let ./zhanqun start a Maven build)
# Other settings: SEED (42), LANGUAGES (zh-CN,en), WORK (bench/build-vs-hugo/work), KEEP=1 keeps
# the build outputs, MAX_WAIT (60: seconds to wait for the load to drop before each run).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
runs="${RUNS:-5}"
sites="${SITES:-50}"
items="${ITEMS:-12000}"
seed="${SEED:-42}"
languages="${LANGUAGES:-zh-CN,en}"
work="${WORK:-$here/work}"
only="${ONLY:-}"
max_wait="${MAX_WAIT:-60}"
results="$here/results.md"
corpus="$work/corpus"

die() {
  echo "run.sh: $*" >&2
  exit 1
}

[[ "$runs" =~ ^[1-9][0-9]*$ ]] || die "RUNS must be a positive integer"
command -v java >/dev/null || die "no java on PATH (JDK 17 needed for the generator)"
command -v hugo >/dev/null || die "no hugo on PATH (Debian: apt-get install -y hugo)"
[[ -x /usr/bin/time ]] || die "/usr/bin/time (GNU time) is missing (Debian: apt-get install -y time)"
/usr/bin/time -v true 2>&1 | grep -q 'Maximum resident set size' || die "/usr/bin/time is not GNU time"

now_ns() { date +%s%N; }
mb() { awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }'; }

# Waits (up to MAX_WAIT s) until the 1-minute load average drops below half the CPU count.
cool_down() {
  local limit deadline=$((SECONDS + max_wait))
  limit="$(awk -v n="$(nproc)" 'BEGIN { print n / 2 }')"
  while ((SECONDS < deadline)) && awk -v l="$(cut -d' ' -f1 /proc/loadavg)" -v m="$limit" \
    'BEGIN { exit !(l >= m) }'; do
    sleep 5
  done
}

# stats <numbers...>: prints "median min max"
stats() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END {
    m = (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2
    printf "%.2f %.2f %.2f\n", m, v[1], v[NR] }'
}

# count_pages <dir>: prints "html feeds sitemaps bytes"; HTML pages exclude redirect stubs.
count_pages() {
  local dir="$1" html redirects feeds maps bytes
  # "$dir/": Zhanqun's output is a symbolic link to its current version.
  html="$(find "$dir/" -name '*.html' | wc -l)"
  redirects="$(grep -rl --include='*.html' 'http-equiv="refresh"' "$dir/" | wc -l || true)"
  feeds="$(find "$dir/" \( -name 'index.xml' -o -name 'feed.xml' -o -name 'atom.xml' -o -name 'cluster.xml' -o -name '*.atom' -o -name 'rss.xml' \) | wc -l)"
  maps="$(find "$dir/" \( -name 'sitemap*.xml' -o -path '*/sitemaps/*.xml' \) | wc -l)"
  bytes="$(du -sbL "$dir/" | cut -f1)"
  echo "$((html - redirects)) $feeds $maps $bytes"
}

# measure <label> <output dir> <command...>: one cold run under /usr/bin/time -v.
# Appends "label|run|seconds|peak RSS KB|exit|load" to $work/runs.txt.
measure() {
  local label="$1" out="$2" run="$3" log start end status secs rss load
  shift 3
  rm -rf "$out" "$(dirname "$out")/.$(basename "$out").versions" "$work/cache"
  mkdir -p "$work/cache" "$work/logs"
  log="$work/logs/$label-$run"
  cool_down
  sync
  load="$(cut -d' ' -f1 /proc/loadavg)"
  start="$(now_ns)"
  status=0
  /usr/bin/time -v -o "$log.time" "$@" >"$log.out" 2>&1 || status=$?
  end="$(now_ns)"
  secs="$(awk -v ns="$((end - start))" 'BEGIN { printf "%.3f", ns / 1e9 }')"
  rss="$(awk -F': ' '/Maximum resident set size/ { print $2 }' "$log.time")"
  echo "$label|$run|$secs|${rss:-0}|$status|$load" >>"$work/runs.txt"
  printf '  %-8s run %d: %6.2f s, peak RSS %5s MB, exit %d, load before %s\n' \
    "$label" "$run" "$secs" "$(mb "${rss:-0}")" "$status" "$load" >&2
  return "$status"
}

# summary <label>: prints "median min max peakRssKB" over the label's successful runs.
summary() {
  local label="$1" times rss
  mapfile -t times < <(awk -F'|' -v l="$label" '$1 == l && $5 == 0 { print $3 }' "$work/runs.txt")
  ((${#times[@]} > 0)) || return 1
  rss="$(awk -F'|' -v l="$label" '$1 == l && $5 == 0 && $4 > m { m = $4 } END { print m + 0 }' "$work/runs.txt")"
  echo "$(stats "${times[@]}") $rss"
}

mkdir -p "$work/logs"
: >"$work/runs.txt"

# --- corpus (deterministic: regenerated only when the arguments change) -------------------------
gen_args=(--sites "$sites" --items "$items" --languages "$languages" --seed "$seed")
if [[ -f "$corpus/args" && "$(cat "$corpus/args")" == "${gen_args[*]}" \
  && -f "$corpus/content/cluster.yaml" && -d "$corpus/hugo/content" ]]; then
  echo "corpus: reusing $corpus (${gen_args[*]})" >&2
  gen_secs="$(cat "$corpus/seconds" 2>/dev/null || echo '?')"
else
  echo "corpus: generating (${gen_args[*]})" >&2
  rm -rf "$corpus"
  mkdir -p "$corpus"
  start="$(now_ns)"
  java "$root/bench/cluster-generator/GenerateCluster.java" --out "$corpus/content" \
    --hugo-out "$corpus/hugo" "${gen_args[@]}"
  gen_secs="$(awk -v ns="$(($(now_ns) - start))" 'BEGIN { printf "%.1f", ns / 1e9 }')"
  echo "$gen_secs" >"$corpus/seconds"
  echo "${gen_args[*]}" >"$corpus/args"
fi
source_files="$(find "$corpus/content" -name '*.md' | wc -l)"
form_files="$(find "$corpus/content" -path '*/files/*' -type f | wc -l)"
corpus_mb="$(du -sb "$corpus/content" | awk '{ printf "%.1f", $1 / 1e6 }')"

# --- Hugo ----------------------------------------------------------------------------------------
hugo_version="$(hugo version | sed 's/ BuildDate.*//')"
echo "hugo: $runs cold builds ($hugo_version)" >&2
hugo_ok=1
for ((i = 1; i <= runs; i++)); do
  measure hugo "$work/out-hugo" "$i" hugo --quiet --source "$corpus/hugo" \
    --config "$here/site/hugo.toml" --themesDir "$here/site/themes" \
    --destination "$work/out-hugo" --cacheDir "$work/cache" || {
    hugo_ok=0
    echo "hugo failed; see $work/logs/hugo-$i.out" >&2
    break
  }
done
hugo_line=""
if ((hugo_ok)) && hugo_line="$(summary hugo)"; then
  read -r hugo_pages hugo_feeds hugo_maps hugo_bytes < <(count_pages "$work/out-hugo")
fi

# --- Zhanqun: cold builds --------------------------------------------------------------------------
# ############################################################################################
# ## ZHANQUN SECTION. Needs `./zhanqun build --content <dir> --output <dir>` (issue #4).     ##
# ## The first call runs outside the measurement so that ./zhanqun can rebuild its jar      ##
# ## (Maven) if sources changed; the measured runs set ZHANQUN_SKIP_BUILD=1.                ##
# ############################################################################################
zq_status="skipped (ONLY=$only)"
zq_line=""
if [[ "$only" != hugo ]]; then
  echo "zhanqun: checking that './zhanqun --help' lists a build command" >&2
  # (picocli answers `zhanqun build --help` with the top-level usage and exit 0 when there is no
  # build command, so the check reads the command list instead)
  zq_help_status=0
  "$root/zhanqun" --help >"$work/logs/zhanqun-check.out" 2>&1 || zq_help_status=$?
  if ((zq_help_status != 0)); then
    zq_status="NOT AVAILABLE: './zhanqun --help' exited $zq_help_status: $(grep -v '^\s*$' "$work/logs/zhanqun-check.out" | head -n 1 | cut -c1-160)"
    echo "zhanqun: $zq_status" >&2
  elif ! grep -Eq '^\s+build(\s|$)' "$work/logs/zhanqun-check.out"; then
    zq_status="NOT AVAILABLE: './zhanqun --help' lists no build command yet (static-builder CLI, issue #4)"
    echo "zhanqun: $zq_status" >&2
    echo "zhanqun: the builder is not there yet; Hugo's figures are written anyway" >&2
  else
    echo "zhanqun: $runs cold builds" >&2
    zq_status="ok"
    for ((i = 1; i <= runs; i++)); do
      measure zhanqun "$work/out-zhanqun" "$i" env ZHANQUN_SKIP_BUILD=1 "$root/zhanqun" build \
        --content "$corpus/content" --output "$work/out-zhanqun" || {
        zq_status="FAILED: run $i exited non-zero ($(grep -v '^\s*$' "$work/logs/zhanqun-$i.out" | head -n 1 | cut -c1-120)); see $work/logs/zhanqun-$i.out"
        echo "zhanqun: $zq_status" >&2
        tail -n 20 "$work/logs/zhanqun-$i.out" >&2 || true
        break
      }
    done
    if [[ "$zq_status" == ok ]] && zq_line="$(summary zhanqun)"; then
      read -r zq_pages zq_feeds zq_maps zq_bytes < <(count_pages "$work/out-zhanqun")
    fi
  fi
fi

# --- Zhanqun: warm rebuild (in-process harness, added by the lead) ---------------------------
# ## WARM REBUILD: bench/build-vs-hugo/WarmRebuild.java builds again and again in one JVM, as   ##
# ## the content server does: warm full builds, no-op rebuilds, one changed item.             ##
warm_cp="${WARM_CP:-$root/cms-server/launcher/target/lib/*}"
warm_status="skipped (ONLY=$only)"
warm_output=""
if [[ "$only" != hugo ]]; then
  if compgen -G "$root/cms-server/launcher/target/lib/zhanqun-static-builder-*.jar" >/dev/null || [[ -n "${WARM_CP:-}" ]]; then
    echo "zhanqun: warm rebuilds in one JVM" >&2
    rm -rf "$work/out-warm" "$work/.out-warm.versions"
    cool_down
    if warm_output="$(java -cp "$warm_cp" "$here/WarmRebuild.java" --content "$corpus/content" \
      --templates "$root/site-templates" --i18n "$root/i18n" \
      --output "$work/out-warm" --runs "$runs" 2>&1)"; then
      warm_status="ok"
    else
      warm_status="FAILED (exit $?)"
    fi
  else
    warm_status="skipped: the static builder is not built (run ./zhanqun --help once)"
    echo "zhanqun: $warm_status" >&2
  fi
fi

# --- results.md ----------------------------------------------------------------------------------
row() { # row <name> <summary line> <pages>
  local name="$1" med min max rss pages="$3"
  read -r med min max rss <<<"$2"
  printf '| %s | %s | %s | %s | %s | %s | %s |' "$name" "$med" "$min" "$max" "$pages" \
    "$(awk -v p="$pages" -v s="$med" 'BEGIN { printf "%.0f", p / s }')" "$(mb "$rss")"
}
{
  echo "# Build benchmark: Zhanqun static-builder vs Hugo"
  echo
  echo "Written by \`bench/build-vs-hugo/run.sh\` (see README.md). Cold full builds of the same"
  echo "generated cluster; wall time from starting the command to its exit (for Zhanqun the JVM"
  echo "start is included), peak RSS from \`/usr/bin/time -v\`, $runs runs each."
  echo
  echo "- Date: $(date -u '+%Y-%m-%d %H:%M UTC'), commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo '?')"
  echo "- Machine: $(nproc) CPUs ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f", $2 / 1048576 }' /proc/meminfo) GiB memory, Linux $(uname -r)"
  echo "- Hugo: $hugo_version"
  echo "- Java: $(java -version 2>&1 | head -n 1)"
  echo "- Corpus: \`GenerateCluster ${gen_args[*]}\`: $source_files item files, $form_files form files, $corpus_mb MB (generated in $gen_secs s)"
  echo
  echo "| builder | wall median (s) | min (s) | max (s) | HTML pages | pages/s (median) | peak RSS (MB) |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  if [[ -n "$hugo_line" ]]; then
    row "Hugo ${hugo_version#hugo v}" "$hugo_line" "$hugo_pages"
    echo
  else
    echo "| Hugo | failed | | | | | |"
  fi
  if [[ -n "$zq_line" ]]; then
    row "Zhanqun (cold)" "$zq_line" "$zq_pages"
    echo
  else
    echo "| Zhanqun (cold) | — | — | — | — | — | — |"
  fi
  echo
  if [[ -n "$zq_line" && -n "$hugo_line" ]]; then
    read -r zm _ _ zr <<<"$zq_line"
    read -r hm _ _ hr <<<"$hugo_line"
    echo "**Ratio Zhanqun/Hugo:** wall time (median) $(awk -v a="$zm" -v b="$hm" 'BEGIN { printf "%.2f", a / b }')×," \
      "peak RSS $(awk -v a="$zr" -v b="$hr" 'BEGIN { printf "%.2f", a / b }')×," \
      "HTML pages $zq_pages vs $hugo_pages."
  else
    echo "**Ratio Zhanqun/Hugo:** not available. Zhanqun: $zq_status"
  fi
  echo
  echo "Other output files: Hugo ${hugo_feeds:-?} feeds (RSS 2.0, one per site and language), ${hugo_maps:-?} sitemap files" \
    "(index + one per language, with hreflang alternates), $(awk -v b="${hugo_bytes:-0}" 'BEGIN { printf "%.0f", b / 1e6 }') MB in all."
  if [[ -n "$zq_line" ]]; then
    echo "Zhanqun ${zq_feeds:-?} feeds, ${zq_maps:-?} sitemap files, $(awk -v b="${zq_bytes:-0}" 'BEGIN { printf "%.0f", b / 1e6 }') MB in all."
  fi
  echo
  echo "## Warm rebuild (Zhanqun, in-process)"
  echo
  echo "Status: $warm_status"
  if [[ -n "$warm_output" ]]; then
    echo
    echo '```'
    echo "$warm_output"
    echo '```'
  fi
  echo
  echo "## Runs"
  echo
  echo "| builder | run | wall (s) | peak RSS (MB) | exit | load average before |"
  echo "|---|---:|---:|---:|---:|---:|"
  while IFS='|' read -r label run secs rss status load; do
    echo "| $label | $run | $secs | $(mb "$rss") | $status | $load |"
  done <"$work/runs.txt"
  echo
  echo "Before each run the script waits (up to ${max_wait} s) for the load average to fall below half"
  echo "the CPU count; a high figure in the last column means other work competed for the CPUs."
} >"$results"

if [[ "${KEEP:-}" != 1 ]]; then
  rm -rf "$work/out-hugo" "$work/out-zhanqun" "$work/out-warm" "$work/cache"
fi
echo "results: $results" >&2
cat "$results"
if [[ "$only" != hugo && "$zq_status" != ok ]]; then
  echo "run.sh: the Zhanqun part did not run: $zq_status" >&2
fi
