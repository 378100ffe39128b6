"""Reads a JSON list of [pattern, text] pairs on stdin; prints a JSON list: for each, [start, end] of the first match
of the pattern in the text as the platform's regex detector finds it (the `regex` library's search with its flags:
UNICODE | V0 | WORD, as chatbot_ner's RegexDetector compiles a pattern), or null when there is none."""
import json
import sys

import regex

FLAGS = regex.UNICODE | regex.V0 | regex.WORD
spans = []
for pattern, text in json.load(sys.stdin):
    match = regex.search(pattern, text, flags=FLAGS)
    spans.append([match.start(), match.end()] if match else None)
print(json.dumps(spans))
