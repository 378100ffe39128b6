#!/usr/bin/env bash
# The whole test suite, with everything it needs: the README's test command, and what .ci/run runs.
# Installs what is missing (Debian packages: python3 for the generated scripts, python3-requests, python3-yaml, python3-regex and
# python3-jsonschema for checks against other readers, graphviz for `dot`, jq for the CI workflow's comment step,
# nodejs and npm for the Mermaid check and the LSP client, util-linux's setpriv to run a test as another user; their
# locked npm packages), then runs `dotnet test`.
# Extra arguments go to `dotnet test` (e.g. --filter Diff).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v dotnet >/dev/null || { echo "the .NET SDK is required (see global.json)" >&2; exit 1; }

missing=()
command -v python3 >/dev/null || missing+=(python3)
# Run as root, a test runs code nodes as the user nobody (setpriv), with the system's Python (not one under /root).
if [ "$(id -u)" -eq 0 ]; then
  [ -x /usr/bin/python3 ] || missing+=(python3)
  command -v setpriv >/dev/null || missing+=(util-linux)
fi
command -v dot >/dev/null || missing+=(graphviz)
command -v jq >/dev/null || missing+=(jq)
command -v node >/dev/null || missing+=(nodejs)
command -v npm >/dev/null || missing+=(npm)
# PyYAML: a test reads the YAML we ship with a YAML 1.1 parser, as other tools will.
python3 -c "import yaml" 2>/dev/null || /usr/bin/python3 -c "import yaml" 2>/dev/null || missing+=(python3-yaml)
# The regex library: the platform's regex detector matches patterns with it, and a test checks the engine against it.
python3 -c "import regex" 2>/dev/null || /usr/bin/python3 -c "import regex" 2>/dev/null || missing+=(python3-regex)
# requests, which the platform's executor has: a test runs a hand-written script that orders with it against the stand-in.
python3 -c "import requests" 2>/dev/null || /usr/bin/python3 -c "import requests" 2>/dev/null || missing+=(python3-requests)
# jsonschema, the JSON Schema reference implementation: a test checks that it reads our schemas as the compiler does.
python3 -c "import jsonschema" 2>/dev/null || /usr/bin/python3 -c "import jsonschema" 2>/dev/null || missing+=(python3-jsonschema)
if [ ${#missing[@]} -gt 0 ]; then
  sudo_=""; [ "$(id -u)" -ne 0 ] && sudo_="sudo"
  echo "tools/test.sh: installing ${missing[*]} (Debian packages, with apt-get; needed by the tests)" >&2
  $sudo_ apt-get update -qq && $sudo_ apt-get install -y -qq "${missing[@]}" >/dev/null
fi
if [ ! -d tools/mermaid-check/node_modules/mermaid ]; then
  echo "tools/test.sh: installing the Mermaid checker's locked npm packages into tools/mermaid-check/node_modules (npm ci)" >&2
  (cd tools/mermaid-check && npm ci --no-audit --no-fund --loglevel=error)
fi
if [ ! -d tools/lsp-client/node_modules/vscode-languageserver-protocol ] || [ ! -d tools/lsp-client/node_modules/yaml-language-server ]; then
  echo "tools/test.sh: installing the LSP test client's locked npm packages (and yaml-language-server) into tools/lsp-client/node_modules (npm ci)" >&2
  (cd tools/lsp-client && npm ci --no-audit --no-fund --loglevel=error)
fi

dotnet test BotForge.sln --nologo -c Release "$@"
