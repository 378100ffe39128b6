"""Reads a JSON list of [pattern, text] pairs on stdin; prints a JSON list: for each, [start, end] of the first match
of the pattern in the text as the platform's regex detector finds it (the `regex` library's search with its flags:
UNICODE | V1 | WORD, as chatbot_ner's RegexDetector compiles a pattern), null when there is none, or "error" when the
library does not compile the pattern. With --detector, the first match of finditer that is neither empty nor only
white space, the only ones the detector keeps."""
import json
import sys
import warnings

import regex

warnings.simplefilter("ignore")  # the library warns of a possible nested set in version 0; the detector uses version 1
FLAGS = regex.UNICODE | regex.V1 | regex.WORD


def first(pattern, text):
    if "--detector" not in sys.argv:
        return regex.search(pattern, text, flags=FLAGS)
    return next((m for m in regex.finditer(pattern, text, flags=FLAGS) if m.group(0).strip()), None)


spans = []
for pattern, text in json.load(sys.stdin):
    try:
        match = first(pattern, text)
    except (regex.error, ValueError):  # ValueError: flags the library holds incompatible
        spans.append("error")
        continue
    spans.append([match.start(), match.end()] if match else None)
print(json.dumps(spans))
