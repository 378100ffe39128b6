"""Runs one generated code-editor script against a loopback stand-in for the integration service.

Reads JSON cases from stdin, one per line:
  script   path of the .py file under test
  event    the platform event body (a dict; sent to main() as a JSON string, as the platform does)
  answer   what the stub answers: {"status": 201, "body": "...", "delay": 0, "headers": {}}
  base_env name of the env variable to point at the stub (its value is replaced)
  refuse   true: point the base URL at a port nobody listens on
  check_syntax  true: also ast.parse the script with feature_version=(3, 6)
  raw_event  when set, passed to main() as the whole event instead (malformed-event cases)
Writes one JSON report line per case to stdout: the script's return value, the requests the stub received, the
wall time of main(), and whatever the script itself printed (it should print nothing).

The stub listens on 127.0.0.1 only.
"""
import ast
import contextlib
import importlib.util
import io
import json
import socket
import sys
import threading
import time
import traceback
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qsl, urlsplit


def serve(answer, requests):
    class Handler(BaseHTTPRequestHandler):
        def _handle(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            requests.append({
                "method": self.command,
                "path": parts.path,
                "query": parse_qsl(parts.query, keep_blank_values=True),
                "raw_query": parts.query,
                "headers": {k.lower(): v for k, v in self.headers.items()},
                "body": body.decode("utf-8", "replace"),
            })
            time.sleep(answer.get("delay", 0))
            payload = answer.get("body", "").encode("utf-8")
            try:
                self.send_response(answer.get("status", 200))
                for name, value in answer.get("headers", {}).items():
                    self.send_header(name, value)
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_GET = do_POST = do_PUT = _handle

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def run_case(case):
    source = open(case["script"], encoding="utf-8").read()
    if case.get("check_syntax"):
        ast.parse(source, filename=case["script"], feature_version=(3, 6))

    requests = []
    server = None
    event = case["event"]
    env = event.setdefault("env_variables", {})
    if case.get("refuse"):
        env[case["base_env"]] = "http://127.0.0.1:%d" % closed_port()
    elif "answer" in case:
        server = serve(case["answer"], requests)
        env[case["base_env"]] = "http://127.0.0.1:%d" % server.server_address[1]

    spec = importlib.util.spec_from_file_location("script_under_test", case["script"])
    module = importlib.util.module_from_spec(spec)
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
        spec.loader.exec_module(module)
        started = time.monotonic()
        result = module.main(case["raw_event"] if case.get("raw_event") is not None else {"body": json.dumps(event)}, None)
        elapsed = time.monotonic() - started

    if server is not None:
        # Stop accepting; a handler still sleeping (timeout cases) is a daemon thread and dies with us.
        threading.Thread(target=server.shutdown, daemon=True).start()
    return {"result": result, "requests": requests, "elapsed": elapsed, "printed": printed.getvalue()}


def main():
    # One case per line on stdin, one report per line on stdout: one interpreter serves a whole test class.
    for line in sys.stdin:
        if line.strip():
            try:
                report = run_case(json.loads(line))
            except Exception:  # the script raised, or does not parse: the test shows why
                report = {"harness_error": traceback.format_exc()}
            sys.stdout.write(json.dumps(report) + "\n")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
