#!/usr/bin/env bash
# Times the whole test command of the README (what .ci/run runs) on a fresh clone of a commit.
# Usage: bench/verify-time/run.sh [commit] [folder]   (folder must not be under /tmp: see results.md)
set -euo pipefail
commit="${1:-HEAD}"
folder="${2:-$PWD/../verify-time-clone}"
repo="$(git rev-parse --show-toplevel)"
rm -rf "$folder"
git clone -q "$repo" "$folder"
cd "$folder"
git checkout -q "$commit"
start=$(date +%s)
ZHANQUN_BROWSER_TESTS=required ./mvnw -B -ntp verify > verify.log 2>&1
status=$?
end=$(date +%s)
echo "commit $(git rev-parse --short HEAD) status $status seconds $((end - start))"
grep -E "Reactor Summary" -A 14 verify.log | sed 's/^\[INFO\] //'
