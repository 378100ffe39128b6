#!/usr/bin/env python3
"""Writes src/BotForge.Core/Python/stdlib-modules.txt: the top-level module names of Python's standard library.

Hand-written code-node scripts may import these (and the platform's `requests`); anything else is
flagged, because the platform runs the script file alone. Needs Python 3.10+ (sys.stdlib_module_names);
modules that existed in 3.6 but were removed later are added so older-style scripts are not flagged.
Modules newer than 3.6 stay in the list: the script check reports them itself, naming the version (BF0224).
"""
import pathlib
import sys

REMOVED_SINCE_3_6 = ["_dummy_thread", "binhex", "dummy_threading", "formatter", "macpath", "parser", "symbol"]

names = sorted(set(sys.stdlib_module_names) | set(REMOVED_SINCE_3_6))
target = pathlib.Path(__file__).resolve().parent.parent / "src" / "BotForge.Core" / "Python" / "stdlib-modules.txt"
target.write_text("".join(name + "\n" for name in names), encoding="utf-8", newline="\n")
print("wrote %d module names to %s" % (len(names), target))
