"""Runs one code node's script the way the platform's code editor does, for `botforge test` and `botforge chat`.

Reads one JSON object from stdin:
  source, filename   the script's text and the name tracebacks show
  body               the event body (a dict; passed to main() as the JSON string event['body'], as the platform does)
  answers            what the stand-in integration service answers, per action: {"create_case": {"status", "body",
                     "delay_seconds"}, "get_contact": {...}, "get_record": {...}}
  base_env           names of env variables that hold the service's base URL (pointed at the stand-in)
  time_limit         seconds main() may take (the platform's limit is 20)
Writes one JSON object to stdout: the value main() returned ("result"), or "error" (an exception, a timeout),
what the script printed ("printed"), and every request the stand-in received ("requests").

The stand-in listens on 127.0.0.1 only, on a port the system picks. Standard library only.
"""
import contextlib
import io
import json
import sys
import threading
import time
import traceback
import types
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import ThreadingMixIn
from urllib.parse import parse_qsl, urlsplit


class Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True


def serve(answers, requests):
    class Handler(BaseHTTPRequestHandler):
        def _handle(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            if "/salesforce/create" in parts.path:
                action = "create_case"
            elif "/salesforce/get_data" in parts.path:
                # A Contact read is answered as get_contact, any other object as get_record.
                action = "get_contact" if query.get("object_type") == "Contact" else "get_record"
            else:
                action = None
            requests.append({
                "action": action,
                "method": self.command,
                "path": parts.path,
                "query": query,
                "body": body.decode("utf-8", "replace"),
            })
            answer = answers.get(action) if action else {"status": 404, "body": {"error": "no such endpoint"}}
            time.sleep(float(answer.get("delay_seconds") or 0))
            payload = answer.get("body", "")
            payload = (payload if isinstance(payload, str) else json.dumps(payload)).encode("utf-8")
            try:
                self.send_response(int(answer["status"]))
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)
            except (BrokenPipeError, ConnectionResetError):
                pass

        do_GET = do_POST = do_PUT = do_PATCH = _handle

        def log_message(self, *args):
            pass

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def main():
    job = json.loads(sys.stdin.read())
    requests = []
    server = serve(job.get("answers") or {}, requests)
    body = job["body"]
    env = body.setdefault("env_variables", {})
    for name in job.get("base_env") or []:
        env[name] = "http://127.0.0.1:%d" % server.server_address[1]

    printed = io.StringIO()
    outcome = {}

    def call():
        try:
            module = types.ModuleType("code_node")
            module.__file__ = job["filename"]
            with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
                exec(compile(job["source"], job["filename"], "exec"), module.__dict__)
                outcome["result"] = module.main({"body": json.dumps(body)}, {})
        except BaseException:
            outcome["error"] = traceback.format_exc(limit=-3)

    worker = threading.Thread(target=call, daemon=True)
    worker.start()
    worker.join(float(job.get("time_limit") or 20))
    if worker.is_alive():
        outcome = {"error": "main() did not return within %s seconds (the platform's limit)" % job.get("time_limit", 20)}
    # No server.shutdown(): it waits for the serving loop's poll; the process exits and takes the thread with it.
    report = {"printed": printed.getvalue(), "requests": requests}
    report.update(outcome)
    try:
        text = json.dumps(report)
    except (TypeError, ValueError):
        report["result"] = repr(report.get("result"))
        report["error"] = "main() returned a value that is not JSON"
        text = json.dumps(report)
    sys.stdout.write(text)
    sys.stdout.flush()


main()
