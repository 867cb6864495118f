#!/usr/bin/env bash
# Start-up time of `lode -c ':help'` next to `sqlite3 :memory: 'select 1'`: median of N runs.
# Uses hyperfine when installed, otherwise a plain loop. Build first: scripts/lode --version.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lode="${LODE:-$root/.build/release/lode}"
runs="${RUNS:-10}"
export HOME="$(mktemp -d)" XDG_STATE_HOME="$HOME/state" NO_COLOR=1
trap 'rm -rf "$HOME"' EXIT
if command -v hyperfine >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
  hyperfine -N --warmup 2 --runs "$runs" --export-json "$HOME/times.json" \
    "$lode -c :help" "sqlite3 :memory: 'select 1'" >&2
  python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%-45s median %.1f ms (%d runs)" % (r["command"], r["median"] * 1000, len(r["times"])))
' "$HOME/times.json"
  exit 0
fi
median() { # command… → median wall time in milliseconds
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
    times+=($(( (end - start) / 1000000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
}
printf 'lode -c :help               %s ms (median of %s)\n' "$(median "$lode" -c :help)" "$runs"
printf "sqlite3 :memory: 'select 1' %s ms (median of %s)\n" "$(median sqlite3 :memory: 'select 1')" "$runs"
