#!/usr/bin/env python3
"""The BotForge benchmark suite: cold whole-CLI runs, and (with --stages) the in-process stage benchmarks.

    python3 tools/bench.py [--sizes 1000,10000,50000] [--runs 5] [--commands validate,build,test,diff] [--stages]
                           [--shipped-model]

CLI part: publishes the CLI the way the tool package ships it (ReadyToRun, framework-dependent; with
--shipped-model, with the compiled sentence model in models/ as ./botforge publishes it) into a temporary
folder, generates the synthetic bots (tools/make_synthetic_bot.py, 20 user says per node on average; cached in
$TMPDIR/botforge-bench, and made again when the generator changes, as a diff's edited copy is when its bot does),
then for the example bot and each size runs every command once to warm the disk cache and RUNS times more, each a new process, and reports the median wall time and the largest peak resident memory,
with the per-user schema cache warm (as the warm-up run left it) and turned off (BOTFORGE_CACHE_DIR=off).
`diff` compares each bot with a copy that has ten scattered edits (display names changed in ten sub-story files).
`validate-edit` and `test-edit` run `validate` and `test` on a copy of the example bot whose first user say each
run rewrites, as an author saving a change does: a new text to embed, so the sentence model is loaded every run
(from its compiled copy with the cache warm, from the package with it off; run without CI set, or the copy is
never compiled). It ends with the issue-8 targets, each marked met or not. Commands not built yet are listed as such.

--stages then runs the BenchmarkDotNet project tests/BotForge.Benchmarks (load, schema check, bind, rules, emit,
validate, in process after warm-up) at the same sizes; its table lands in
tests/BotForge.Benchmarks/BenchmarkDotNet.Artifacts/results/.
"""
import argparse
import hashlib
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CACHE = os.path.join(tempfile.gettempdir(), "botforge-bench")
EXAMPLE = os.path.join(REPO, "bots", "acme-support")


def run(argv, **kw):
    return subprocess.run(argv, check=True, **kw)


def publish(shipped_model):
    out = os.path.join(CACHE, "cli")
    shutil.rmtree(out, ignore_errors=True)
    rid = subprocess.run(["dotnet", "--info"], capture_output=True, text=True).stdout
    rid = next((line.split(":", 1)[1].strip() for line in rid.splitlines() if line.strip().startswith("RID:")), "linux-x64")
    run(["dotnet", "publish", os.path.join(REPO, "src", "BotForge.Cli"), "-c", "Release", "-r", rid, "--self-contained", "false",
         "-p:PublishReadyToRun=true", "-p:BotForgeShipCompiledModel=%s" % ("true" if shipped_model else "false"),
         "-o", out, "--nologo", "-v", "q"], stdout=subprocess.DEVNULL)
    return os.path.join(out, "botforge")


def generator_stamp():
    """What the synthetic bots in the cache were made by: the generator's own bytes, hashed."""
    with open(os.path.join(REPO, "tools", "make_synthetic_bot.py"), "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


def bot(nodes):
    """The synthetic bot of NODES nodes, made again (with its edited copy) when the generator changed since it was cached."""
    root = os.path.join(CACHE, "bot-%d" % nodes)
    stamp = os.path.join(CACHE, "bot-%d.generator" % nodes)
    current = generator_stamp()
    made = open(stamp).read().strip() if os.path.exists(stamp) else None
    if made != current or not os.path.exists(os.path.join(root, "botforge.yaml")):
        for folder in (root, root + "-edited"):
            shutil.rmtree(folder, ignore_errors=True)
        run([sys.executable, os.path.join(REPO, "tools", "make_synthetic_bot.py"), root, "--nodes", str(nodes)], stdout=subprocess.DEVNULL)
        with open(stamp, "w") as f:
            f.write(current + "\n")
    return root


def tree_stamp(project):
    """The project's files (but its build output), their paths and bytes, hashed: what an edited copy was made from."""
    paths = []
    for folder, folders, names in os.walk(project):
        folders[:] = [d for d in folders if d != "dist"]
        paths += [os.path.join(folder, name) for name in names]
    digest = hashlib.sha256()
    for path in sorted(paths):
        digest.update(os.path.relpath(path, project).encode() + b"\0")
        with open(path, "rb") as f:
            digest.update(f.read())
    return digest.hexdigest()


def edited(project):
    """A copy of PROJECT (in the bench cache) with ten scattered edits: in ten evenly spaced sub-story files, the
    sub-story renamed and a user say added to the first node."""
    root = os.path.join(CACHE, os.path.basename(project.rstrip("/")) + "-edited")
    stamp, current = root + ".source", tree_stamp(project)
    if os.path.exists(os.path.join(root, "botforge.yaml")) and os.path.exists(stamp) and open(stamp).read().strip() == current:
        return root
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(project, root, ignore=shutil.ignore_patterns("dist"))
    files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(os.path.join(root, "stories"))
                   for name in names if name.endswith(".yaml"))
    for n, path in enumerate(files[:: max(1, len(files) // 10)][:10]):
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        name = next(i for i, line in enumerate(lines) if line.startswith("name:"))
        lines[name] = lines[name].rstrip() + " (renamed)"
        say = next(i for i, line in enumerate(lines) if line.startswith("      - "))
        lines.insert(say + 1, "      - benchmark edit number %d for the diff" % n)
        with open(path, "w", encoding="utf-8") as f:
            f.write("\n".join(lines))
    with open(stamp, "w") as f:
        f.write(current + "\n")
    return root


def live_example():
    """A fresh copy of the example bot (in the bench cache) for the runs after an edit."""
    root = os.path.join(CACHE, "acme-support-live")
    shutil.rmtree(root, ignore_errors=True)
    shutil.copytree(EXAMPLE, root, ignore=shutil.ignore_patterns("dist"))
    return root


def edit_first_user_say(project, counter=[0]):
    """Rewrites the first user say of the first sub-story file that has one: a text no cache holds yet."""
    counter[0] += 1
    files = sorted(os.path.join(folder, name) for folder, _, names in os.walk(os.path.join(project, "stories"))
                   for name in names if name.endswith(".yaml"))
    for path in files:
        with open(path, encoding="utf-8") as f:
            lines = f.read().split("\n")
        at = next((i + 1 for i, line in enumerate(lines[:-1]) if line.strip() == "user_says:" and lines[i + 1].lstrip().startswith("- ")), None)
        if at is not None:
            indent = lines[at][: len(lines[at]) - len(lines[at].lstrip())]
            lines[at] = "%s- benchmark edit %d %d" % (indent, os.getpid(), counter[0])
            with open(path, "w", encoding="utf-8") as f:
                f.write("\n".join(lines))
            return
    raise SystemExit("no user say to edit in %s" % project)


def measure(argv, runs, env, before=None, warmups=1):
    """Median wall seconds and the largest peak RSS (MB) over RUNS new processes, after WARMUPS runs (BEFORE runs first each time)."""
    def once():
        if before is not None:
            before()
        start = time.perf_counter()
        process = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=env)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
        code = os.waitstatus_to_exitcode(status)
        if code not in (0, 1):
            raise SystemExit("%s exited with %d" % (" ".join(argv), code))
        return wall, usage.ru_maxrss / 1024
    for _ in range(warmups):
        once()
    samples = [once() for _ in range(runs)]
    return statistics.median(s[0] for s in samples), max(s[1] for s in samples)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1000,10000,50000")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--commands", default="validate,build,test,diff", help="the commands to measure (also validate-edit, test-edit)")
    parser.add_argument("--stages", action="store_true", help="also run the BenchmarkDotNet stage benchmarks")
    parser.add_argument("--shipped-model", action="store_true", help="publish with the compiled sentence model, as ./botforge does")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]

    cli = publish(args.shipped_model)
    out = os.path.join(CACHE, "out")
    help_text = subprocess.run([cli, "--help"], capture_output=True, text=True).stdout
    commands = {
        "validate": lambda project: [cli, "validate", project],
        "build": lambda project: [cli, "build", project, "--out", out],
        "test": lambda project: [cli, "test", project],
        "diff": lambda project: [cli, "diff", project, edited(project), "--format", "markdown"],
        "validate-edit": lambda project: [cli, "validate", project],
        "test-edit": lambda project: [cli, "test", project],
    }
    after_edit = {"validate-edit": "validate", "test-edit": "test"}
    commands = {name: argv for name, argv in commands.items() if name in args.commands.split(",")}
    available = {name for name in commands if ("\n  %s " % after_edit.get(name, name)) in help_text}

    print("machine: %s, %d cores, %s; .NET %s; python %s" % (platform.machine(), os.cpu_count(), platform.platform(),
          subprocess.run(["dotnet", "--version"], capture_output=True, text=True).stdout.strip(), platform.python_version()))
    print("command: python3 tools/bench.py --sizes %s --runs %d --commands %s%s" % (args.sizes, args.runs, args.commands,
                                                                                 " --shipped-model" if args.shipped_model else ""))
    print()
    print("| bot | nodes | user says | command | schema cache | median wall | peak memory |")
    print("|---|---:|---:|---|---|---:|---:|")
    # "warm": the per-user schema cache as left by the warm-up run (a developer's machine); "off": every file
    # schema-checked (a fresh CI runner).
    cache_dir = os.path.join(CACHE, "schema-cache")
    shutil.rmtree(cache_dir, ignore_errors=True)
    modes = {"warm": dict(os.environ, BOTFORGE_CACHE_DIR=cache_dir), "off": dict(os.environ, BOTFORGE_CACHE_DIR="off")}
    results = {}
    projects = [("example (acme-support)", 0, EXAMPLE)] + [("synthetic", n, bot(n)) for n in sizes]
    for label, nodes, project in projects:
        says = count_user_says(project)
        graph_nodes = count_nodes(project)
        for name, argv in commands.items():
            if name not in available or (name in after_edit and nodes != 0):
                continue
            for mode, env in modes.items():
                if name in after_edit:
                    # The example bot only: an author's save, on a copy whose first user say each run rewrites.
                    live = live_example()
                    # Two warm-ups: the first may find the cache empty, the second then compiles the model into it.
                    wall, peak = measure(argv(live), args.runs, env, before=lambda: edit_first_user_say(live), warmups=2)
                    shown = "`%s` after an edit" % after_edit[name]
                else:
                    wall, peak = measure(argv(project), args.runs, env)
                    shown = "`%s`" % name
                results[(nodes, name, mode)] = (wall, peak)
                print("| %s | %s | %s | %s | %s | %s | %.0f MB |" % (label, "{:,}".format(graph_nodes), "{:,}".format(says), shown, mode,
                      ("%.0f ms" % (wall * 1000)) if wall < 1 else ("%.2f s" % wall), peak), flush=True)
    missing = [name for name in commands if name not in available]
    if missing:
        print("\nnot measured (the command does not exist yet): %s" % ", ".join(missing))

    print("\n| target | figure | met |")
    print("|---|---|---|")
    def target(text, value, ok):
        print("| %s | %s | %s |" % (text, value, "yes" if ok else "**no**"))
    for mode in modes:
        if (0, "build", mode) in results:
            wall = results[(0, "build", mode)][0]
            target("example bot builds cold in under 300 ms (cache %s)" % mode, "%.0f ms" % (wall * 1000), wall < 0.3)
        if (10000, "validate", mode) in results:
            wall = results[(10000, "validate", mode)][0]
            target("10,000 nodes: validate under 4 s (cache %s)" % mode, "%.2f s" % wall, wall < 4)
        if (10000, "build", mode) in results:
            wall = results[(10000, "build", mode)][0]
            target("10,000 nodes: build under 5 s (cache %s)" % mode, "%.2f s" % wall, wall < 5)
        if (10000, "diff", mode) in results:
            wall = results[(10000, "diff", mode)][0]
            target("10,000 nodes: diff of two versions under 3 s (cache %s)" % mode, "%.2f s" % wall, wall < 3)
    peaks = [v[1] for k, v in results.items() if k[0] == 10000]
    if peaks:
        target("10,000 nodes: under 1 GB peak memory", "%.0f MB" % max(peaks), max(peaks) < 1024)
    for name in sorted(available):
        for mode in modes:
            for small, large in ((1000, 10000), (10000, 50000)):
                if (small, name, mode) in results and (large, name, mode) in results:
                    ratio = results[(large, name, mode)][0] / results[(small, name, mode)][0]
                    allowed = 1.2 * large / small
                    target("`%s` (cache %s): %sx the nodes costs at most %.0fx the time" % (name, mode, large // small, allowed),
                           "%.1fx" % ratio, ratio <= allowed)

    if args.stages:
        env = dict(os.environ, BOTFORGE_BENCH_NODES=args.sizes)
        run(["dotnet", "run", "-c", "Release", "--project", os.path.join(REPO, "tests", "BotForge.Benchmarks"), "--", "--filter", "*"],
            env=env, cwd=os.path.join(REPO, "tests", "BotForge.Benchmarks"))


def count_nodes(project):
    """Nodes of the conversation graph: '- id:' entries of the sub-story files."""
    total = 0
    for folder, _, files in os.walk(os.path.join(project, "stories")):
        for name in files:
            if name.endswith((".yaml", ".yml")):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    total += sum(1 for line in f if line.lstrip().startswith("- id:"))
    return total


def count_user_says(project):
    """User says lines in a project's YAML (node and connection phrases, FAQ questions), for the table."""
    total = 0
    for folder, _, files in os.walk(project):
        if os.sep + "dist" in folder:
            continue
        for name in files:
            if name.endswith((".yaml", ".yml")):
                with open(os.path.join(folder, name), encoding="utf-8") as f:
                    block = False
                    for line in f:
                        stripped = line.strip()
                        if stripped.startswith(("user_says:", "questions:")):
                            rest = stripped.split(":", 1)[1].strip()
                            if rest.startswith("["):
                                total += len([p for p in rest.strip("[]").split(",") if p.strip()])
                                block = False
                            else:
                                block = True
                        elif block and stripped.startswith("- "):
                            total += 1
                        elif block:
                            block = False
    return total


if __name__ == "__main__":
    main()
