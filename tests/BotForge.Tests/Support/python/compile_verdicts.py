"""Reads a JSON list of source snippets on stdin; prints a JSON list: true where python3's compile() accepts the snippet."""
import json
import sys

verdicts = []
for source in json.load(sys.stdin):
    try:
        compile(source, "snippet", "exec")
        verdicts.append(True)
    except SyntaxError:
        verdicts.append(False)
print(json.dumps(verdicts))
