#!/usr/bin/env bash
# Cold wall time of `botforge build` on a project: one warm-up run, then N runs of a new process each.
# Usage: tools/time-build.sh [PROJECT] [RUNS]   (default: bots/acme-support, 10)
# Prints each run in milliseconds and the median. Uses the Release build of the CLI.
set -euo pipefail
cd "$(dirname "$0")/.."
project=${1:-bots/acme-support}
runs=${2:-10}
dotnet build src/BotForge.Cli -c Release --nologo -v q >/dev/null
cli=src/BotForge.Cli/bin/Release/net10.0/botforge.dll
out=$(mktemp -d)
dotnet "$cli" build "$project" --out "$out/dist" >/dev/null   # warm-up (disk cache)
times=()
for _ in $(seq "$runs"); do
  start=$(date +%s%N)
  dotnet "$cli" build "$project" --out "$out/dist" >/dev/null
  end=$(date +%s%N)
  times+=($(( (end - start) / 1000000 )))
done
rm -rf "$out"
printf 'runs (ms): %s\n' "${times[*]}"
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "median: %d ms over %d runs\n", m, NR}'
