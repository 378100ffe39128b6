"""Reads a JSON list of [pattern, text] pairs on stdin; prints a JSON list: for each, [start, end] of the first match
of the pattern in the text as the platform's regex detector finds it (the `regex` library's search with its flags:
UNICODE | V1 | WORD, as chatbot_ner's RegexDetector compiles a pattern), null when there is none, or "error" when the
library does not compile the pattern."""
import json
import sys
import warnings

import regex

warnings.simplefilter("ignore")  # the library warns of a possible nested set in version 0; the detector uses version 1
FLAGS = regex.UNICODE | regex.V1 | regex.WORD
spans = []
for pattern, text in json.load(sys.stdin):
    try:
        match = regex.search(pattern, text, flags=FLAGS)
    except regex.error:
        spans.append("error")
        continue
    spans.append([match.start(), match.end()] if match else None)
print(json.dumps(spans))
