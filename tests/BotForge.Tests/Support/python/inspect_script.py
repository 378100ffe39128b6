"""Reads generated scripts as syntax trees, never running them.

For each path given: parses with feature_version=(3, 6) (the platform's oldest Python),
and reports the modules imported, the top-level functions, and the value of every
top-level constant (NAME = literal) through ast.literal_eval. Prints one JSON object.
"""
import ast
import json
import sys


def inspect(path):
    source = open(path, encoding="utf-8").read()
    tree = ast.parse(source, filename=path, feature_version=(3, 6))
    imports = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            imports.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            imports.append(node.module)
    constants = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                constants[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                pass
    functions = [n.name for n in tree.body if isinstance(n, ast.FunctionDef)]
    main = next(n for n in tree.body if isinstance(n, ast.FunctionDef) and n.name == "main")
    return {
        "imports": sorted(set(imports)),
        "functions": functions,
        "main_args": [a.arg for a in main.args.args],
        "constants": constants,
    }


print(json.dumps({path: inspect(path) for path in sys.argv[1:]}))
