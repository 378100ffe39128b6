"""Reads a JSON list of regex patterns on stdin; prints a JSON list: true where python3's re compiles the pattern
without error or warning (warnings are made errors: Python 3.6 to 3.10 only warn about some syntax later versions reject)."""
import json
import re
import sys
import warnings

warnings.simplefilter("error")
verdicts = []
for pattern in json.load(sys.stdin):
    try:
        re.compile(pattern)
        verdicts.append(True)
    except (re.error, Warning):
        verdicts.append(False)
print(json.dumps(verdicts))
