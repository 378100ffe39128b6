#!/usr/bin/env python3
"""Writes the hostile-input corpus: tests/BotForge.Tests/Hostile/corpus/<case>/ is a project (some files broken on
purpose) and <case>/expect says what `botforge` must answer:

    command: validate | build          (build writes to a temporary --out, which must stay absent on failure)
    exit: 0 | 1 | 2
    codes: BF0107 BF0010 ...           (each must be reported; optional)

Run it after adding a case; the files it writes are committed (binary cases included), and HostileInputTests runs
every case with a time limit. Deterministic: the same script writes the same bytes.
"""
import os
import shutil

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus")
PROJECT = b"bot:\n  id: hostile\n  name: Hostile\n"
SAYS = b"[hi, hello, hey, good morning, good evening, howdy, greetings, hiya, hello there, morning]"
FLOW = b"nodes:\n  - id: GREET\n    start: true\n    end: true\n    user_says: " + SAYS + b"\n    bot_says: Hello!\n"
CASES = {}


def case(name, files, exit_code, codes=(), command="validate", project=True):
    all_files = {"botforge.yaml": PROJECT} if project else {}
    all_files.update(files)
    CASES[name] = (all_files, exit_code, codes, command)


def bomb(levels, width=10):
    lines = [b"x0: &a0 [" + b", ".join([b"lol"] * width) + b"]"]
    for i in range(1, levels):
        lines.append(b"x%d: &a%d [" % (i, i) + b", ".join([b"*a%d" % (i - 1)] * width) + b"]")
    return b"\n".join(lines) + b"\n"


# Limits: alias bombs, nesting, long values.
case("alias_bomb_lists", {"stories/main/flow.yaml": bomb(12) + FLOW}, 1, ["BF0107"])
case("alias_bomb_in_a_used_value", {"stories/main/flow.yaml": FLOW.replace(b"user_says: " + SAYS, b"user_says: *a9") .replace(b"nodes:", bomb(10) + b"nodes:")}, 1, ["BF0107"])
case("alias_bomb_mappings", {"stories/main/flow.yaml": b"m0: &m0 {a: x, b: x, c: x, d: x, e: x, f: x, g: x, h: x}\n" + b"".join(
    b"m%d: &m%d {a: *m%d, b: *m%d, c: *m%d, d: *m%d, e: *m%d, f: *m%d, g: *m%d, h: *m%d}\n" % ((i, i) + (i - 1,) * 8) for i in range(1, 9)) + FLOW}, 1, ["BF0107"])
case("alias_to_itself", {"stories/main/flow.yaml": b"loop: &a [1, *a]\n" + FLOW}, 1, ["BF0015"])
case("nesting_flow_lists", {"stories/main/flow.yaml": b"nodes: " + b"[" * 500 + b"]" * 500 + b"\n"}, 1, ["BF0014"])
case("nesting_block_mappings", {"stories/main/flow.yaml": b"".join(b"  " * i + b"k%d:\n" % i for i in range(120)) + b"  " * 120 + b"v: 1\n"}, 1, ["BF0014"])
case("value_too_long", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b"A" * 150_000)}, 1, ["BF0016"])
# A regex of 49,000 word boundaries: each is written out for .NET as the platform's regex library reads it (some
# 10,000 characters) only up to eight; past that .NET's own, so this stays small and quick (it once took a minute).
case("regex_of_many_word_boundaries", {
    "entities.yaml": b"entities:\n  - name: code\n    type: regex\n    pattern: '" + b"\\b" * 49_000 + b"ab'\n",
    "stories/main/flow.yaml": b"nodes:\n  - id: CODE\n    start: true\n    end: true\n    user_says: [check ab please, ab, my code is ab, code ab, the code ab, ab is my code, look up ab, find ab, ab please, is ab ok]\n"
                              b"    entities:\n      - entity: code\n        prompt: Code?\n    bot_says: { final: ok }\n"}, 0)
# Escapes: each `$${` looks for the '}' of a placeholder written as text (BF2019); a text of them with no '}', or
# with one far away, must stay linear.
case("escapes_without_a_close", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b'"' + b"$${" * 33_000 + b'"')}, 0)
case("escapes_before_a_far_close", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b'"' + b"$${" * 33_000 + b'entity.x}"')}, 0)
# A text cut at 30,000 commas inside { }: one diagnostic, worked out once.
case("flow_text_cut_at_many_commas", {"tests/t.yaml": b"conversations:\n  - name: x\n    turns:\n      - user: hi\n        expect: { says: " + b"".join(b"w%d, " % i for i in range(30_000)) + b"end }\n"}, 1, ["BF0101"])
case("key_too_long", {"stories/main/flow.yaml": FLOW + b"  " + b"k" * 120_000 + b": 1\n"}, 1, ["BF0010"])   # YAML caps implicit keys at 1,024 characters

# Encoding.
case("utf8_bom", {"stories/main/flow.yaml": b"\xef\xbb\xbf" + FLOW}, 0)
case("crlf_line_ends", {"botforge.yaml": PROJECT.replace(b"\n", b"\r\n"), "stories/main/flow.yaml": FLOW.replace(b"\n", b"\r\n")}, 0)
case("cr_only_line_ends", {"stories/main/flow.yaml": FLOW.replace(b"\n", b"\r")}, 0)
case("tab_indentation", {"stories/main/flow.yaml": FLOW.replace(b"    start", b"\tstart")}, 1, ["BF0010"])
case("invalid_utf8_byte", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b"Hel\xfflo!")}, 2, ["BF0004"])
case("overlong_utf8", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b"Hel\xc0\xaflo!")}, 2, ["BF0004"])
case("utf16_file", {"stories/main/flow.yaml": b"\xff\xfe" + FLOW.decode().encode("utf-16-le")}, 2, ["BF0004"])
case("nul_byte_in_text", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b"Hel\x00lo!")}, 1, ["BF0010"])
case("control_characters", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b"Hel\x07\x1blo!")}, 1, ["BF0010"])
case("binary_png", {"faq.yaml": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10" + bytes(range(256)), "stories/main/flow.yaml": FLOW}, 2, ["BF0004"])
case("c_source_not_yaml", {"stories/main/flow.yaml": b"#include <stdio.h>\nint main(void) { printf(\"%d\", 1); return 0; }\n"}, 1)
case("json_syntax_is_yaml", {"stories/main/flow.yaml": b'{"nodes": [{"id": "GREET", "start": true, "end": true, "user_says": ' + SAYS.replace(b"[", b'["').replace(b"]", b'"]').replace(b", ", b'", "') + b', "bot_says": "Hello!"}]}\n'}, 0)
case("empty_file", {"stories/main/flow.yaml": b""}, 1, ["BF0007"])
case("comments_only", {"stories/main/flow.yaml": b"# nothing here\n# at all\n"}, 1, ["BF0007"])
case("whitespace_only", {"stories/main/flow.yaml": b"   \n\n\t\n"}, 1)

# YAML structure.
case("two_documents", {"stories/main/flow.yaml": FLOW + b"---\nnodes: []\n"}, 1, ["BF0013"])
case("duplicate_keys", {"stories/main/flow.yaml": FLOW.replace(b"    end: true\n", b"    end: true\n    end: false\n")}, 1, ["BF0011"])
case("list_as_key", {"stories/main/flow.yaml": FLOW + b"? [a, b]\n: c\n"}, 1, ["BF0012"])
case("merge_key", {"stories/main/flow.yaml": b"base: &b {start: true}\nnodes:\n  - <<: *b\n    id: GREET\n"}, 1, ["BF0101"])
case("root_is_a_list", {"stories/main/flow.yaml": b"- a\n- b\n"}, 1, ["BF0103"])
case("root_is_a_scalar", {"stories/main/flow.yaml": b"just text\n"}, 1, ["BF0103"])
case("unclosed_flow", {"stories/main/flow.yaml": b"nodes: [{id: GREET, start: true\n"}, 1, ["BF0010"])
case("tag_not_a_uri", {"stories/main/flow.yaml": b" !![\n"}, 1, ["BF0010"])   # found by fuzzing: YamlDotNet threw ArgumentException
case("unclosed_quote", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b'"Hello!')}, 1, ["BF0010"])
case("huge_number", {"botforge.yaml": PROJECT + b"integrations:\n  salesforce:\n    base_url: https://x.example.com\n    username: u\n    client_id: c\n    private_key: k\n    timeout_seconds: 1e999\n", "stories/main/flow.yaml": FLOW}, 1)
# Found by fuzzing: a hexadecimal (or octal) integer beyond 64 bits was turned into a number by a parser that
# reads decimal only, and the schema check threw.
case("hex_number_beyond_64_bits", {"botforge.yaml": PROJECT + b"integrations:\n  salesforce:\n    base_url: https://x.example.com\n    username: u\n    client_id: c\n    private_key: k\n    timeout_seconds: 0xAAAAAAAAAAAAAAAAAAA\n", "stories/main/flow.yaml": FLOW}, 1)
# A word tagged as a number (!!float abc) went to a number parser, which threw.
case("number_tag_on_a_word", {"botforge.yaml": PROJECT + b"integrations:\n  salesforce:\n    base_url: https://x.example.com\n    username: u\n    client_id: c\n    private_key: k\n    timeout_seconds: !!float abc\n", "stories/main/flow.yaml": FLOW}, 1)
# A lint setting out of its range was reported by the schema check and still used: BF2006 threw on a similarity of -1.
case("similarity_out_of_range", {"botforge.yaml": PROJECT + b"lint: { near_duplicate_similarity: -1, min_user_says: -3 }\n", "stories/main/flow.yaml": FLOW}, 1, ["BF0106"])
case("homoglyph_id", {"stories/main/flow.yaml": FLOW.replace(b"GREET", "GR\u0415ET".encode())}, 1, ["BF0104"])
# Found by fuzzing: a flow list item "a b: c" is a map, read as a text per language, and a text with no known
# language left nothing to read in the rules that take a text's first translation (BF2013, BF2009).
case("text_map_without_a_language", {"stories/main/flow.yaml": FLOW.replace(b"    end: true\n", b"")
     .replace(b"    bot_says: Hello!\n", b"    bot_says:\n      - text: Pick one\n        quick_replies: [Raise a ticket text: now, Menu]\n")}, 1, ["BF0216"])
case("taskbox_title_without_a_language", {"botforge.yaml": PROJECT + b"taskbox:\n  tasks:\n    - title: {xx: Raise a ticket}\n      user_says: raise a new ticket\n",
     "stories/main/flow.yaml": FLOW}, 1, ["BF0216"])
case("unknown_key_typo", {"stories/main/flow.yaml": FLOW.replace(b"user_says", b"usr_says")}, 1, ["BF0101"])

# Paths and layout.
case("no_project_file", {"stories/main/flow.yaml": FLOW}, 2, ["BF0002"], project=False)
case("stray_yaml_file", {"notes.yaml": b"a: 1\n", "stories/main/flow.yaml": FLOW}, 1, ["BF0005"])
case("script_dotdot_escape", {"stories/main/flow.yaml": FLOW.replace(b"    end: true\n", b"    next: [{to: CODE}]\n") + b"  - id: CODE\n    type: code\n    script: ../../../../../etc/passwd\n    outputs: [status]\n"}, 1, ["BF0215"])
case("script_absolute_path", {"stories/main/flow.yaml": FLOW.replace(b"    end: true\n", b"    next: [{to: CODE}]\n") + b"  - id: CODE\n    type: code\n    script: /etc/passwd\n    outputs: [status]\n"}, 1, ["BF0215"])

# Text that must stay data in every output.
case("formula_in_faq_answer", {"stories/main/flow.yaml": FLOW, "faq.yaml": b"faq:\n  - id: EVIL\n    questions: [what is this, tell me more, how does it work]\n    answer: \"=HYPERLINK(\\\"http://example.com\\\",\\\"click\\\")\"\n"}, 0, command="build")
case("markup_in_names", {"stories/main/flow.yaml": FLOW.replace(b"Hello!", b"\"<script>alert(1)</script> `x` | ] --> $ {x}\"").replace(b"    start: true\n", b"    name: \"</b>|]-->`\\u0000`\"\n    start: true\n")}, 0, command="build")
case("python_breakers_in_action_fields", {
    "botforge.yaml": PROJECT + b"env:\n  U: { secret: true }\nintegrations:\n  salesforce:\n    base_url: https://x.example.com\n    username: ${env.U}\n    client_id: ${env.U}\n    private_key: ${env.U}\n",
    "stories/main/flow.yaml": FLOW.replace(b"    end: true\n", b"    next: [{to: CASE}]\n") + b"  - id: CASE\n    type: code\n    action:\n      salesforce.create_case:\n        subject: \"\\\"\\\"\\\" + __import__('os').system('id') + '''\\n$ {x}\\u2028\"\n    next:\n      - to: DONE\n        when: status == true\n      - to: DONE\n        when: status == false\n  - id: DONE\n    type: output\n    end: true\n    bot_says: Done.\n"}, 0, command="build")
case("graph_cycles", {"stories/main/flow.yaml": b"nodes:\n" + b"".join(
    b"  - id: N%d\n    start: %s\n    user_says: [%s]\n    bot_says: node %d\n    next:\n      - to: N%d\n        user_says: [go on %d, next %d]\n      - to: N%d\n        user_says: [back %d]\n" % (
        i, b"true" if i == 0 else b"false", b", ".join(b"phrase %d %d" % (i, k) for k in range(10)), i, (i + 1) % 30, i, i, (i + 29) % 30, i) for i in range(30))}, 0)


def main():
    shutil.rmtree(OUT, ignore_errors=True)
    os.makedirs(OUT)
    with open(os.path.join(OUT, ".gitattributes"), "w", newline="\n") as f:
        f.write("# Hostile inputs are stored byte for byte: no line-end conversion, no diff as text.\n* -text -diff\nexpect text eol=lf\n")
    for name, (files, exit_code, codes, command) in sorted(CASES.items()):
        folder = os.path.join(OUT, name)
        for path, content in files.items():
            full = os.path.join(folder, path)
            os.makedirs(os.path.dirname(full), exist_ok=True)
            with open(full, "wb") as f:
                f.write(content)
        with open(os.path.join(folder, "expect"), "w", newline="\n") as f:
            f.write("command: %s\nexit: %d\n" % (command, exit_code))
            if codes:
                f.write("codes: %s\n" % " ".join(codes))
    # A symbolic link leading out of the project, for a script and for a source file.
    for name, link, target in [("script_symlink_outside", "scripts/evil.py", "/etc/hostname"), ("yaml_symlink_outside", "stories/main/other.yaml", "/etc/hostname")]:
        folder = os.path.join(OUT, name)
        os.makedirs(os.path.dirname(os.path.join(folder, link)), exist_ok=True)
        with open(os.path.join(folder, "botforge.yaml"), "wb") as f:
            f.write(PROJECT)
        flow = FLOW if name != "script_symlink_outside" else FLOW.replace(b"    end: true\n", b"    next: [{to: CODE}]\n") + b"  - id: CODE\n    type: code\n    script: scripts/evil.py\n    outputs: [status]\n"
        os.makedirs(os.path.join(folder, "stories", "main"), exist_ok=True)
        with open(os.path.join(folder, "stories", "main", "flow.yaml"), "wb") as f:
            f.write(flow)
        os.symlink(target, os.path.join(folder, link))
        with open(os.path.join(folder, "expect"), "w", newline="\n") as f:
            f.write("command: validate\nexit: %d\ncodes: %s\n" % (1 if name == "script_symlink_outside" else 2, "BF0215" if name == "script_symlink_outside" else "BF0003"))
    print("%d cases in %s" % (len(CASES) + 2, OUT))


if __name__ == "__main__":
    main()
