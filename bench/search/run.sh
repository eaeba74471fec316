#!/usr/bin/env bash
# Search benchmark: starts the Zhanqun Solr node (its own JVM, as in embedded mode) on a free port
# with a scratch solr home, indexes generated items, waits until the node is idle (the merges of
# the new segments done, as on a live index), then runs the mixed query set from 8 clients through
# the server's SolrGateway. Needs a build: ./mvnw -o install -DskipTests (the Solr node's jar and
# libraries, the server's classes).
# Usage: bench/search/run.sh [items=100000] [seconds=30]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node="$here/../../cms-server/solr-node/target"
classes="$here/../../cms-server/app/target/classes"
items="${1:-100000}"
seconds="${2:-30}"
work="$here/work"
rm -rf "$work" && mkdir -p "$work"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
java -Xmx1g -Dsolr.log.dir="$work" -cp "$node/zhanqun-solr-node.jar:$node/lib/*" \
  org.zhanqun.solrnode.SolrNodeMain "$port" "$work/solr" > "$work/solr.log" 2>&1 &
pid=$!
trap 'kill -TERM $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT
for _ in $(seq 1 240); do grep -q 'ready at' "$work/solr.log" && break; sleep 0.5; done
echo "Solr node $(grep -o 'ready at .*' "$work/solr.log"); $(nproc) cores, $(java -version 2>&1 | head -1), load $(cut -d' ' -f1-3 /proc/loadavg)"
bench=(java -cp "$node/lib/*:$classes" "$here/SearchBench.java")
"${bench[@]}" index "http://127.0.0.1:$port/solr" "$items"

# idle: the node used less than 5 % of a core for 3 seconds in a row
cpu() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
ticks="$(getconf CLK_TCK)"; quiet=0; waited=0; last="$(cpu)"
while [ "$quiet" -lt 3 ] && [ "$waited" -lt 300 ]; do
  sleep 1; waited=$((waited + 1)); now="$(cpu)"
  if [ $((now - last)) -lt $((ticks / 20)) ]; then quiet=$((quiet + 1)); else quiet=0; fi
  last="$now"
done
echo "node idle after ${waited} s (merges of the new segments); load $(cut -d' ' -f1-3 /proc/loadavg)"
# searches that hardly repeat (Solr's result caches do not help), after 60 s of warm-up (the node
# has only indexed so far: its query code is not compiled yet); then 200 that come round often
"${bench[@]}" query "http://127.0.0.1:$port/solr" "$items" "$seconds" 20000 60
"${bench[@]}" query "http://127.0.0.1:$port/solr" "$items" "$seconds" 200 10
