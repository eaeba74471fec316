#!/usr/bin/env bash
# Search benchmark: starts the Zhanqun Solr node (its own JVM, as in embedded mode) on a free port
# with a scratch solr home, indexes generated items and runs the mixed query set from 8 clients.
# Needs a build of cms-server/solr-node (./mvnw -pl cms-server/solr-node -am package -DskipTests).
# Usage: bench/search/run.sh [items=100000] [seconds=30]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
node="$here/../../cms-server/solr-node/target"
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
echo "Solr node $(grep -o 'ready at .*' "$work/solr.log"); $(nproc) cores, $(java -version 2>&1 | head -1)"
java -cp "$node/lib/*" "$here/SearchBench.java" "http://127.0.0.1:$port/solr" "$items" "$seconds"
