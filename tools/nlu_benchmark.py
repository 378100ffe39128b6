#!/usr/bin/env python3
"""Intent-detection benchmark: builds bots of the CLINC150 shape and measures them with `botforge test --report`.

    nlu_benchmark.py [--suite assistant|helpdesk|soporte|assistance|sahayata|annai|annae|udhavi|bantuan|yardim|pomoshch|musaada|madad|all] [--out DIR] [--botforge CMD] [--scale N] [--typos] [--threshold T]
    nlu_benchmark.py --clinc data_full.json [--threshold T] [--out DIR] [--botforge CMD]
    nlu_benchmark.py --hint3 TRAIN.csv TEST.csv [--platform PREDS.csv] [--threshold T] [--out DIR] [--botforge CMD]

Each suite (tools/nlu_benchmark_data.py, text written for BotForge; assistant and helpdesk in English, soporte in
Spanish, assistance in French, sahayata in Hindi, annai in Japanese, annae in Korean, udhavi in Tamil, bantuan in Indonesian, yardim in Turkish, pomoshch in Russian, musaada in Arabic, madad in Hinglish: Hindi typed in Latin letters, in a bot declared in English) becomes a bot in its language with one start node per
intent, ~100 training examples each (user says), and tests/paraphrases.yaml holding held-out test queries
(`intents:`, phrasings the bot never saw) and out-of-scope queries (`none:`, which must get the bot-break
message). `--scale N` repeats the suite's intents N times under new names with new words in them, for a
150-intent bot of the benchmark's size (the timing case of docs/testing.md). `--typos` puts one slip in a word
of every test query, in-scope and out-of-scope (the platform corrects spelling before detection).

`--clinc FILE` runs the public benchmark itself instead of the suites: FILE is CLINC150's data file
(`data/data_full.json` of github.com/clinc/oos-eval, Larson et al., EMNLP 2019; not in this repository), or any
file of its shape (`train`, `test` and `oos_test` lists of `[text, intent]` pairs). The bot has one start node per
intent with its `train` examples as they are, duplicates included; `test` is the in-scope test set and
`oos_test` the out-of-scope one, as the paper's protocol has it (`val` and the `oos_*` training lists are not
used: the threshold is the bot's setting, `--threshold` to try others).

`--hint3 TRAIN TEST` runs one bot of HINT3 (Arora et al., "HINT3: Raising the bar for Intent Detection in the
Wild", EMNLP 2020 Insights workshop; github.com/hellohaptik/HINT3, under the Open Database License, so not in this
repository): the messages real users sent to three bots built on Haptik's platform, the platform this tool compiles
for. TRAIN and TEST are its `dataset/train/<bot>_train.csv` and `dataset/test/<bot>_test.csv` (`sentence,label`
rows; the test sets as first published, which `results/` was computed on: Curekart's is kept as
`dataset/v1/test/curekart_test.csv`, as a later version relabels some messages); the bot has one start node per
label of TRAIN with its sentences as they are, and TEST's rows labelled `NO_NODES_DETECTED` are the out-of-scope
messages, the others the in-scope ones. The repository's `results/`
holds each platform's figures on the same test sets (in-scope accuracy and out-of-scope recall at thresholds 0.1
to 0.9), Haptik's among them. `--platform PREDS` also compares the engine with one platform message by message:
PREDS is its `preds/<platform>_<bot>.csv` (each test message's predicted node and score, row for row the test set);
the engine's decision on each message (the node it takes it to at the bot's threshold, or a bot break), read from
`botforge chat --trace` with each message in a conversation of its own, is set against the platform's at each of its
thresholds 0.1 to 0.5: how many decisions are the same, how many of the in-scope messages the platform takes to their
node the engine takes there too, and how many of the out-of-scope ones it breaks on the engine breaks on as well.

For each bot it runs `botforge test --report` twice: cold (a fresh, empty cache folder: the model is loaded and
every text embedded) and warm (the same cache again), and prints in-scope accuracy, out-of-scope recall and the
wall times. Deterministic: the same arguments write the same bots.
"""
import argparse
import csv
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from nlu_benchmark_data import HELD_OUT, SUITE_LANGUAGES, SUITES  # noqa: E402

TRAIN_PER_INTENT = 100
TEST_PER_INTENT = 30
PREFIXES = ["", "", "", "", "hey ", "hi, ", "please ", "can you ", "i need to know ", "quick question: ", "ok so ", "umm "]
SUFFIXES = ["", "", "", "", "?", " please", " thanks", " asap", " for me", " now"]


def expand(seed):
    """Every text `{a|b}` choices make (nested choices allowed), in a fixed order."""
    match = re.search(r"\{([^{}]*)\}", seed)
    if not match:
        return [re.sub(r"\s+", " ", seed).strip()]
    out = []
    for choice in match.group(1).split("|"):
        out.extend(expand(seed[:match.start()] + choice + seed[match.end():]))
    return out


def sample(seeds, count, rng, prefixes=PREFIXES, suffixes=SUFFIXES):
    # Round-robin over the seeds, so no seed with many choices dominates.
    picked, seen = [], set()
    per_seed = [sorted({p + text + s for text in expand(seed) for p in prefixes for s in suffixes}) for seed in seeds]
    for texts in per_seed:
        rng.shuffle(texts)
    i = 0
    while len(picked) < count and any(per_seed):
        texts = per_seed[i % len(per_seed)]
        if texts:
            text = texts.pop()
            if text.rstrip("?") not in seen:
                seen.add(text.rstrip("?"))
                picked.append(text)
        i += 1
    return picked


def typo(text, rng):
    """The text with one slip in one of its words of five letters or more (chosen by RNG): two inner letters
    swapped, an inner letter dropped or doubled, or one changed to its neighbour on the keyboard. Unchanged
    when it has no such word."""
    words = [m for m in re.finditer(r"[a-z]{5,}", text)]
    if not words:
        return text
    m = words[rng.randrange(len(words))]
    w = m.group(0)
    i = rng.randrange(1, len(w) - 2)
    kind = rng.randrange(4)
    if kind == 0:
        w = w[:i] + w[i + 1] + w[i] + w[i + 2:]
    elif kind == 1:
        w = w[:i] + w[i + 1:]
    elif kind == 2:
        w = w[:i] + w[i] + w[i:]
    else:
        rows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]
        row = next((r for r in rows if w[i] in r), None)
        if row is None:
            return text
        j = row.index(w[i])
        w = w[:i] + row[j - 1 if j > 0 else j + 1] + w[i + 1:]
    return text[:m.start()] + w + text[m.end():]


FILLER = ["alpha", "nova", "delta", "orbit", "cedar", "harbor", "summit", "meadow", "quartz", "ember"]


def scaled(intents, oos, scale):
    """The suite's intents `scale` times; copy k > 0 names its intents `NAME_k` and brands each seed with a
    word of its own ("... with nova"), so copies are distinguishable only by that word (a harder, bigger bot)."""
    if scale == 1:
        return intents, oos
    out = {}
    for k in range(scale):
        for name, seeds in intents.items():
            if k == 0:
                out[name] = seeds
            else:
                brand = FILLER[(k - 1) % len(FILLER)] + ("" if k <= len(FILLER) else str(k))
                out["%s_%d" % (name, k)] = ["%s with %s" % (s, brand) for s in seeds]
    return out, oos


def write_bot(folder, name, intents, oos, typos=False, settings=""):
    """The suite's bot: ~100 training examples and 30 held-out test queries per intent, sampled from its seeds."""
    language, prefixes, suffixes = SUITE_LANGUAGES.get(name, ("en", PREFIXES, SUFFIXES))
    rng = random.Random(name)
    slips = random.Random(name + " typos")
    train, tests = {}, {}
    for intent in sorted(intents):
        seeds = intents[intent]
        train[intent] = sample(seeds[:-HELD_OUT], TRAIN_PER_INTENT, rng, prefixes, suffixes)
        seen = {t.rstrip("?") for t in train[intent]}
        test = [t for t in sample(seeds[-HELD_OUT:], TEST_PER_INTENT * 2, rng, prefixes, suffixes) if t.rstrip("?") not in seen][:TEST_PER_INTENT]
        tests[intent] = [typo(t, slips) for t in test] if typos else test
    none = [typo(t, slips) if typos else t for t in oos]
    return write_examples(folder, name, language, train, tests, none, settings)


def write_examples(folder, name, language, train, tests, oos, settings=""):
    """A bot with one start node per intent of `train` (its examples as user says, an end node), and
    tests/paraphrases.yaml with `tests` (intent -> queries) under `intents:` and `oos` under `none:`.
    `settings` is added to botforge.yaml as it is (YAML)."""
    os.makedirs(os.path.join(folder, "stories", "intents"))
    os.makedirs(os.path.join(folder, "tests"))
    with open(os.path.join(folder, "botforge.yaml"), "w", encoding="utf-8") as f:
        f.write("bot:\n  id: %s\n  name: NLU benchmark %s\n  partner: botforge\n  languages: [%s]\n" % (name, name, language))
        f.write("business:\n  bot_break_message: Sorry, I can't help with that.\n")
        f.write(settings)
    with open(os.path.join(folder, "stories", "intents", "all.yaml"), "w", encoding="utf-8") as f:
        f.write("name: All intents\nnodes:\n")
        for intent in sorted(train):
            f.write("  - id: %s\n    name: %s\n    start: true\n    user_says:\n" % (intent.upper(), intent.replace("_", " ").capitalize()))
            f.writelines("      - %s\n" % json.dumps(t) for t in train[intent])
            f.write("    bot_says: [%s]\n    end: true\n" % json.dumps("(" + intent + ")"))
    with open(os.path.join(folder, "tests", "paraphrases.yaml"), "w", encoding="utf-8") as f:
        f.write("intents:\n")
        for intent in sorted(tests, key=str.upper):
            f.write("  %s:\n" % intent.upper())
            f.writelines("    - %s\n" % json.dumps(t) for t in tests[intent])
        f.write("  none:\n")
        f.writelines("    - %s\n" % json.dumps(t) for t in oos)
    return sum(len(v) for v in tests.values()), len(oos)


def write_clinc(folder, path, settings=""):
    """The CLINC150 bot (see --clinc) from the benchmark's data file at `path`."""
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    missing = [key for key in ("train", "test", "oos_test") if not isinstance(data.get(key), list)]
    if missing:
        raise SystemExit("%s: no %s list: is this CLINC150's data_full.json?" % (path, " or ".join(missing)))
    train, tests = {}, {}
    for text, intent in data["train"]:
        train.setdefault(intent, []).append(text)
    for text, intent in data["test"]:
        if intent not in train:
            raise SystemExit("%s: test query %r is of intent %r, which has no training examples" % (path, text, intent))
        tests.setdefault(intent, []).append(text)
    # The same text under two intents is in the benchmark (a few of its labels disagree); the bot keeps both, as
    # the protocol trains on every example, so the rule that refuses such a bot is turned off for it.
    lint = "lint:\n  rules:\n    duplicate-user-says: off\n"
    counts = write_examples(folder, "clinc150", "en", train, tests, [text for text, _ in data["oos_test"]], lint + settings)
    return len(train), counts


def hint3_name(train_path):
    """The bot's id for a HINT3 training file: hint3_sofmattress for sofmattress_train.csv."""
    stem = os.path.basename(train_path).lower()
    stem = stem[:-len("_train.csv")] if stem.endswith("_train.csv") else os.path.splitext(stem)[0]
    return "hint3_" + (re.sub(r"[^a-z0-9]+", "_", stem).strip("_") or "bot")


def hint3_rows(path, columns=("sentence", "label")):
    """The rows of a HINT3 CSV file, as tuples of the named columns."""
    with open(path, encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames is None or not set(columns) <= set(reader.fieldnames):
            raise SystemExit("%s: no %s header: is this a HINT3 CSV file?" % (path, ",".join(columns)))
        return [tuple(row[c] for c in columns) for row in reader]


def write_hint3(folder, train_path, test_path, settings=""):
    """A HINT3 bot (see --hint3) from its training and test CSV files."""
    train, tests, oos = {}, {}, []
    for text, intent in hint3_rows(train_path):
        train.setdefault(intent, []).append(text)
    for text, intent in hint3_rows(test_path):
        if intent == "NO_NODES_DETECTED":
            oos.append(text)
        elif intent not in train:
            raise SystemExit("%s: test message %r is of label %r, which %s has no sentence of" % (test_path, text, intent, train_path))
        else:
            tests.setdefault(intent, []).append(text)
    # The bots' own training data repeats some sentences, as the benchmark has them; the bot keeps every one.
    lint = "lint:\n  rules:\n    duplicate-user-says: off\n"
    return len(train), write_examples(folder, hint3_name(train_path), "en", train, tests, oos, lint + settings)


def platform_predictions(path, test_path):
    """A platform's decision on each message of a HINT3 test set: its `preds/<platform>_<bot>.csv` (columns
    sentence, label, predicted_node, predicted_node_score), row for row the test set's messages."""
    predicted = hint3_rows(path, ("sentence", "label", "predicted_node", "predicted_node_score"))
    messages = hint3_rows(test_path)
    for i, ((text, label, _, _), (sentence, expected)) in enumerate(zip(predicted, messages)):
        if (text, label) != (sentence, expected):
            raise SystemExit("%s: row %d is %r (%s), where %s has %r (%s): the predictions are not of that test set" % (path, i + 2, text, label, test_path, sentence, expected))
    if len(predicted) != len(messages):
        raise SystemExit("%s: %d rows, where %s has %d messages" % (path, len(predicted), test_path, len(messages)))
    return [(label, node, float(score)) for _, label, node, score in predicted]


CHAT_COMMANDS = ("/quit", "/reset", "/attach")


def engine_decisions(botforge, folder, messages, cache):
    """The node the engine takes each message to, each in a conversation of its own (None: the bot breaks; False:
    not sent, a message `botforge chat` reads as a command), from `botforge chat --trace`."""
    lines = [" ".join(m.split()) for m in messages]
    sent = [line for line in lines if line and not line.startswith(CHAT_COMMANDS)]
    done = subprocess.run(botforge + ["chat", folder, "--trace"], input="".join(line + "\n/reset\n" for line in sent) + "/quit\n",
                          env=dict(os.environ, BOTFORGE_CACHE_DIR=cache), capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("botforge chat failed on %s (exit %d): %s" % (folder, done.returncode, done.stderr[-2000:]))
    # A conversation ends where the chat says it starts a new one, on a line of its own (not a message echoed so).
    conversations = re.split(r"^\(new conversation\)\n", done.stdout, flags=re.M)[:len(sent)]
    understood = [re.findall(r"^\s+understood: (?:start node (\S+) .*|.*)$", c, re.M) for c in conversations]
    if len(understood) != len(sent) or any(len(u) != 1 for u in understood):
        raise SystemExit("botforge chat on %s: %d conversations understood, where %d messages were sent" % (folder, len(understood), len(sent)))
    decisions = iter(u[0] or None for u in understood)
    return [None if not line else False if line.startswith(CHAT_COMMANDS) else next(decisions) for line in lines]


def agreement(engine, platform):
    """Rows of how often the engine decides as the platform does, at each of the platform's thresholds."""
    rows = []
    for threshold in (0.1, 0.2, 0.3, 0.4, 0.5):
        pairs = [(ours, node if score >= threshold else None, label) for ours, (label, node, score) in zip(engine, platform) if ours is not False]
        right = [p for p in pairs if p[2] != "NO_NODES_DETECTED" and p[1] == p[2]]
        broken = [p for p in pairs if p[2] == "NO_NODES_DETECTED" and p[1] is None]
        pct = lambda part, whole: "%d/%d = %.1f%%" % (part, whole, 100.0 * part / whole) if whole else "n/a"
        rows.append("| %.1f | %s | %s | %s |" % (threshold, pct(sum(p[0] == p[1] for p in pairs), len(pairs)),
                                               pct(sum(p[0] == p[1] for p in right), len(right)), pct(sum(p[0] is None for p in broken), len(broken))))
    return rows


def run(botforge, folder, cache):
    env = dict(os.environ, BOTFORGE_CACHE_DIR=cache)
    started = time.monotonic()
    done = subprocess.run(botforge + ["test", folder, "--report"], env=env, capture_output=True, text=True)
    elapsed = time.monotonic() - started
    if done.returncode not in (0,):
        sys.stderr.write(done.stdout[-2000:] + done.stderr[-2000:])
        raise SystemExit("botforge test --report failed on %s (exit %d)" % (folder, done.returncode))
    figures = {}
    for key, pattern in (("in_scope", r"held-out paraphrases: (\d+)/(\d+)"), ("oos", r"out-of-scope messages[^:]*: (\d+)/(\d+)"),
                         ("loo", r"cross-validated[^:]*: (\d+)/(\d+)")):
        m = re.search(pattern, done.stdout)
        figures[key] = (int(m.group(1)), int(m.group(2))) if m else None
    return figures, elapsed, done.stdout


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--suite", default="all", choices=["all"] + sorted(SUITES))
    parser.add_argument("--out", help="write the bots here (kept); default: a temporary folder")
    parser.add_argument("--botforge", default=os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "botforge"))
    parser.add_argument("--scale", type=int, default=1)
    parser.add_argument("--write-only", action="store_true", help="write the bots and stop")
    parser.add_argument("--show", action="store_true", help="print the report of each bot")
    parser.add_argument("--typos", action="store_true", help="one slip in a word of every test query (swapped, dropped, doubled or mistyped letter)")
    parser.add_argument("--threshold", type=float, help="the bots' nlu threshold (default: the bot's default)")
    parser.add_argument("--clinc", metavar="FILE", help="run CLINC150 from its data file (data_full.json) instead of the suites")
    parser.add_argument("--hint3", nargs=2, metavar=("TRAIN", "TEST"), help="run a HINT3 bot from its train and test CSV files instead of the suites")
    parser.add_argument("--platform", metavar="PREDS", help="with --hint3: a platform's predictions on TEST (HINT3's preds/<platform>_<bot>.csv), to say how often the engine decides as it does")
    args = parser.parse_args()
    if args.platform and not args.hint3:
        parser.error("--platform needs --hint3")
    platform = platform_predictions(args.platform, args.hint3[1]) if args.platform else None
    out = args.out or tempfile.mkdtemp(prefix="botforge-nlu-")
    settings = "" if args.threshold is None else "nlu:\n  threshold: %s\n" % args.threshold
    if args.clinc:
        bots = [("clinc150", lambda folder: write_clinc(folder, args.clinc, settings))]
    elif args.hint3:
        bots = [(hint3_name(args.hint3[0]), lambda folder: write_hint3(folder, *args.hint3, settings))]
    else:
        def suite(name):
            intents, oos = scaled(*SUITES[name], args.scale)
            return lambda folder: (len(intents), write_bot(folder, name, intents, oos, args.typos, settings))
        bots = [(name + ("" if args.scale == 1 else "-x%d" % args.scale) + ("-typos" if args.typos else ""), suite(name))
                for name in (sorted(SUITES) if args.suite == "all" else [args.suite])]
    rows = []
    for name, write in bots:
        folder = os.path.join(out, name)
        marker = os.path.join(folder, ".nlu-benchmark")
        if os.path.exists(folder):
            # Written again only where this tool wrote it before: --out names any folder.
            if not os.path.exists(marker):
                raise SystemExit("%s exists and was not written by this tool: name another --out" % folder)
            shutil.rmtree(folder)
        count, (tests, none) = write(folder)
        open(marker, "w").close()
        if args.write_only:
            print("wrote %s: %d intents, %d test queries, %d out-of-scope" % (folder, count, tests, none))
            continue
        cache = tempfile.mkdtemp(prefix="botforge-nlu-cache-")
        try:
            cold, cold_s, _ = run([args.botforge], folder, cache)
            warm, warm_s, report = run([args.botforge], folder, cache)
            if platform:
                engine = engine_decisions([args.botforge], folder, [text for text, _ in hint3_rows(args.hint3[1])], cache)
        finally:
            shutil.rmtree(cache, ignore_errors=True)
        if args.show:
            print(report)
        if cold != warm:
            raise SystemExit("cold and warm runs decided differently on %s: %s / %s" % (name, cold, warm))
        rows.append((name, count, warm, cold_s, warm_s))
    if rows:
        print("| bot | intents | in-scope accuracy | out-of-scope recall | cross-validated (user says) | cold | warm |")
        print("|---|---|---|---|---|---|---|")
        for name, count, f, cold_s, warm_s in rows:
            pct = lambda p: "%d/%d = %.1f%%" % (p[0], p[1], 100.0 * p[0] / p[1]) if p else "n/a"
            print("| %s | %d | %s | %s | %s | %.1f s | %.1f s |" % (name, count, pct(f["in_scope"]), pct(f["oos"]), pct(f["loo"]), cold_s, warm_s))
    if platform and rows:
        print()
        print("Against %s, message by message (the engine at the bot's threshold; not sent: %d):" % (args.platform, engine.count(False)))
        print()
        print("| platform's threshold | the same decision | in scope, taken right by the platform: the engine takes it there | out of scope, broken by the platform: the engine breaks |")
        print("|---|---|---|---|")
        for row in agreement(engine, platform):
            print(row)
    if not args.out and not args.write_only:
        shutil.rmtree(out, ignore_errors=True)


if __name__ == "__main__":
    main()
