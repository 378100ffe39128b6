"""Reads a JSON list of [pattern, text] pairs on stdin; prints a JSON list: for each, [start, end] of python3's first
match of the pattern in the text (re.search, no flags), or null when there is none."""
import json
import re
import sys

spans = []
for pattern, text in json.load(sys.stdin):
    match = re.search(pattern, text)
    spans.append([match.start(), match.end()] if match else None)
print(json.dumps(spans))
