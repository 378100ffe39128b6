#!/usr/bin/env bash
# How long a generated script takes to fail on a dead endpoint: connection refused (nobody listening on a
# 127.0.0.1 port) and, with SILENT=1, a peer that accepts and never answers (ends at timeout_seconds).
# Usage: tools/time-dead-endpoint.sh [RUNS]   (builds bots/acme-support into a temporary folder first)
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-20}"
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
dotnet run --project src/BotForge.Cli -c Release -- build bots/acme-support --out "$out/dist" >/dev/null
python3 - "$out/dist/scripts/CREATE_CASE.py" "$runs" "${SILENT:-0}" <<'PY'
import json, socket, statistics, subprocess, sys
script, runs, silent = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "1"
event = {"entities": {n: [{"entity_value": "x"}] for n in ("person_name", "email", "issue_type", "issue_description")},
         "env_variables": {"SF_USERNAME": "u", "SF_CLIENT_ID": "c", "SF_PRIVATE_KEY": "k"}}
listener = None
if silent:
    listener = socket.socket(); listener.bind(("127.0.0.1", 0)); listener.listen(64)
    port = listener.getsockname()[1]
else:
    s = socket.socket(); s.bind(("127.0.0.1", 0)); port = s.getsockname()[1]; s.close()
event["env_variables"]["SF_BASE_URL"] = "http://127.0.0.1:%d" % port
harness = "tests/BotForge.Tests/Support/python/harness.py"
cases = "".join(json.dumps({"script": script, "event": event, "base_env": "none"}) + "\n" for _ in range(runs))
out = subprocess.run([sys.executable, harness], input=cases.encode(), capture_output=True, check=True).stdout.decode()
reports = [json.loads(line) for line in out.splitlines()]
times = sorted(r["elapsed"] for r in reports)
errors = {json.loads(r["result"]["body"])["error"] for r in reports}
print("%s: %d runs, median %.1f ms, max %.1f ms; error: %s" % ("silent peer" if silent else "connection refused",
      runs, statistics.median(times) * 1000, times[-1] * 1000, "; ".join(sorted(errors))))
PY
