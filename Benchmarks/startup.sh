#!/usr/bin/env bash
# Start-up time of lode next to `sqlite3 :memory: 'select 1'`: median of N runs each of
# `lode -c ':help'`, `lode -c '500bn * 50%'`, `lode -c 'quotes | count'` (seed corpus from
# the per-build cache, as after the first run) and the same with LODE_NO_CACHE=1 (seeds
# extracted afresh). Budget: within 1.5x of sqlite3. Uses hyperfine when installed
# (apt-get install hyperfine), otherwise a plain loop. Build first: scripts/lode --version.
#
# Wall-clock times are noisy on a shared machine; CALLGRIND=1 prints instead the number of
# instructions each run executes (valgrind's callgrind, repeatable under any load), and
# FAULTS=1 the median number of minor page faults (/usr/bin/time's %R, steady under load).
# lode is measured through a copy without debug info, which valgrind cannot read in this
# binary.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
lode="${LODE:-$root/.build/release/lode}"
runs="${RUNS:-30}"
export HOME="$(mktemp -d)" XDG_STATE_HOME="" XDG_CACHE_HOME="" NO_COLOR=1
trap 'rm -rf "$HOME"' EXIT
lines=(':help' '500bn * 50%' 'quotes | count')
"$lode" -c 'quotes | count' >/dev/null # fills the seed cache
if [ -n "${CALLGRIND:-}" ]; then
  instructions() { # command… → instructions executed
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$@" 2>&1 >/dev/null |
      awk '/I *refs:/ {print $NF}'
  }
  stripped="$HOME/lode"
  strip -g -o "$stripped" "$lode"
  cd "$root" # the copy finds the checkout's plugins/ from here, as the real binary does
  for l in "${lines[@]}"; do
    printf "%-52s %12s instructions\n" "lode -c '$l'" "$(instructions "$stripped" -c "$l")"
  done
  printf "%-52s %12s instructions\n" "sqlite3 :memory: 'select 1'" \
    "$(instructions sqlite3 :memory: 'select 1')"
  exit 0
fi
if [ -n "${FAULTS:-}" ]; then
  faults() { # command… → median minor page faults of $runs runs
    for _ in $(seq "$runs"); do
      /usr/bin/time -o "$HOME/faults" -f %R "$@" >/dev/null 2>&1
      tail -1 "$HOME/faults"
    done | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'
  }
  for l in "${lines[@]}"; do
    printf "%-52s %6s minor page faults\n" "lode -c '$l'" "$(faults "$lode" -c "$l")"
  done
  printf "%-52s %6s minor page faults\n" "sqlite3 :memory: 'select 1'" "$(faults sqlite3 :memory: 'select 1')"
  exit 0
fi
if command -v hyperfine >/dev/null 2>&1 && command -v python3 >/dev/null 2>&1; then
  commands=()
  for l in "${lines[@]}"; do commands+=("$lode -c '$l'"); done
  commands+=("env LODE_NO_CACHE=1 $lode -c 'quotes | count'" "sqlite3 :memory: 'select 1'")
  hyperfine -N --warmup 3 --runs "$runs" --export-json "$HOME/times.json" "${commands[@]}" >/dev/null 2>&1
  python3 -c '
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    name = r["command"].replace(sys.argv[2], "lode")
    print("%-52s median %5.1f ms  (user %.1f, sys %.1f; %d runs)" % (
        name, r["median"] * 1000, r["user"] * 1000, r["system"] * 1000, len(r["times"])))
' "$HOME/times.json" "$lode"
  exit 0
fi
median() { # command… → median wall time in milliseconds (one decimal)
  local times=()
  for _ in $(seq "$runs"); do
    local start end
    start=$(date +%s%N); "$@" >/dev/null; end=$(date +%s%N)
    times+=($(( (end - start) / 100000 )))
  done
  printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=a[int((NR+1)/2)]; printf "%d.%d", m/10, m%10}'
}
for l in "${lines[@]}"; do
  printf "%-52s median %5s ms (%s runs)\n" "lode -c '$l'" "$(median "$lode" -c "$l")" "$runs"
done
printf "%-52s median %5s ms (%s runs)\n" "LODE_NO_CACHE=1 lode -c 'quotes | count'" \
  "$(median env LODE_NO_CACHE=1 "$lode" -c 'quotes | count')" "$runs"
printf "%-52s median %5s ms (%s runs)\n" "sqlite3 :memory: 'select 1'" \
  "$(median sqlite3 :memory: 'select 1')" "$runs"
