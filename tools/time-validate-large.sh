#!/usr/bin/env bash
# Wall time and peak memory of `botforge validate` on a synthetic bot (tools/make_synthetic_bot.py):
# tools/time-validate-large.sh [SUB_STORIES=2500] [USER_SAYS=80] [RUNS=3]  — defaults: 10,000 nodes, 200,000 user says.
set -euo pipefail
cd "$(dirname "$0")/.."
subs="${1:-2500}"; says="${2:-80}"; runs="${3:-3}"
dir="$(mktemp -d)"; trap 'rm -rf "$dir"' EXIT
python3 tools/make_synthetic_bot.py "$dir/bot" "$subs" "$says"
dotnet build src/BotForge.Cli -c Release -v q --nologo >/dev/null
cli=src/BotForge.Cli/bin/Release/net10.0/botforge.dll
dotnet "$cli" validate "$dir/bot" >/dev/null 2>&1 || true   # warm-up (disk cache)
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e s wall, %M KB peak" dotnet "$cli" validate "$dir/bot" 2>&1 >/dev/null | tail -1
done
