#!/usr/bin/env bash
# Fuzzes YAML reading, the schema check, binding, the rules and the test files' binding with AFL++ and SharpFuzz,
# through a sub-story file, botforge.yaml, faq.yaml, entities.yaml or a conversation test file.
# Usage: tools/fuzz.sh [SECONDS=600] [OUT=/tmp/botforge-fuzz]
# Needs afl-fuzz (Debian: apt-get install afl++) and the SharpFuzz instrumenter, which this script installs as a
# local .NET tool. Seeds: the example bot's files (its tests too) and the hostile corpus's flows. Findings land in OUT/findings/default/
# crashes (an exception escaped: a bug) and hangs; replay one with the uninstrumented harness (the instrumented one
# in OUT/bin needs AFL's shared memory and fails at once without it):
#   dotnet build tests/BotForge.Fuzz -c Release
#   dotnet tests/BotForge.Fuzz/bin/Release/net10.0/BotForge.Fuzz.dll OUT/findings/default/crashes/id:...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-600}"; out="${2:-/tmp/botforge-fuzz}"
command -v afl-fuzz >/dev/null || { echo "afl-fuzz not found: apt-get install afl++"; exit 2; }
# It deletes and remakes OUT/bin and OUT/seeds: only in a folder it made (marked), or a new or empty one.
if [ -d "$out" ] && [ ! -f "$out/.botforge-fuzz" ] && [ -n "$(ls -A "$out")" ]; then
  echo "$out holds files tools/fuzz.sh did not make: name a new folder"; exit 2
fi
mkdir -p "$out" && touch "$out/.botforge-fuzz"
[ -x "$out/tool/sharpfuzz" ] || dotnet tool install --tool-path "$out/tool" SharpFuzz.CommandLine --version 2.3.0 >/dev/null
rm -rf "${out:?}/bin" && dotnet publish tests/BotForge.Fuzz -c Release -o "$out/bin" --nologo -v q >/dev/null
for dll in BotForge.Core.dll YamlDotNet.dll; do "$out/tool/sharpfuzz" "$out/bin/$dll" >/dev/null; done

rm -rf "${out:?}/seeds" && mkdir -p "$out/seeds"
i=0
for f in bots/acme-support/stories/*/*.yaml tests/BotForge.Tests/Hostile/corpus/*/stories/main/flow.yaml; do
  # Only valid UTF-8 seeds: the harness drops others before any instrumented code runs, which AFL refuses.
  [ -f "$f" ] && [ "$(stat -c %s "$f")" -lt 65536 ] && iconv -f UTF-8 -t UTF-8 "$f" >/dev/null 2>&1 && cp "$f" "$out/seeds/seed_$((i++)).yaml"
done
# The other files an input can stand for, marked by their first line (tests/BotForge.Fuzz/Program.cs).
for name in botforge.yaml faq.yaml entities.yaml; do
  { echo "# $name"; cat "bots/acme-support/$name"; } > "$out/seeds/seed_$((i++)).yaml"
done
{ echo "# tests/t.yaml"; cat bots/acme-support/tests/conversations.yaml; } > "$out/seeds/seed_$((i++)).yaml"

export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1
resume=(-i "$out/seeds"); [ -d "$out/findings/default/queue" ] && resume=(-i -)
afl-fuzz "${resume[@]}" -o "$out/findings" -t 10000 -m none -V "$seconds" -- dotnet "$out/bin/BotForge.Fuzz.dll" | tail -n 30
count() { find "$out/findings/default/$1" -maxdepth 1 -name 'id*' 2>/dev/null | wc -l; }
echo "crashes: $(count crashes), hangs: $(count hangs)"
grep -E 'run_time|execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs|bitmap_cvg' "$out/findings/default/fuzzer_stats" || true
