"""Runs code nodes' scripts the way the platform's code editor does, for `botforge test` and `botforge chat`.

A warm interpreter: it imports what a run needs once, then runs one job per line of stdin, each in a fresh
process of its own (a fork of this one; a new interpreter where the system has no fork), so a run does not pay
for an interpreter's start and imports again, and no run sees another's state.

A job is one JSON object on one line:
  source, filename   the script's text and the name tracebacks show
  folder             the run's working folder (made empty for it; also its HOME and TMPDIR)
  body               the event body (a dict; passed to main() as the JSON string event['body'], as the platform does)
  answers            what the stand-in integration service answers, per action: {"create_case": {"status", "body",
                     "delay_seconds"}, "get_contact": {...}, "get_record": {...}}
  base_env           names of env variables that hold the service's base URL (pointed at the stand-in)
  http               null: the script's other HTTP requests go where they are addressed; else a list of answers
                     {"method" (or null: any), "url", "status", "body", "delay_seconds"}: every request made with
                     http.client (urllib's and requests' too) goes to the stand-in, which answers it with the first whose method and
                     URL (with or without its query, its parameters in any order) match, else 404; any other
                     connection is refused: nothing reaches the network
  time_limit         seconds main() may take (the platform's limit is 20)
The run's process ends with one JSON object as its last line of output: the value main() returned ("result"), or
"error" (an exception, a timeout), what the script printed ("printed"), and every request the stand-in received
("requests"). For each job this interpreter writes to stdout a header line "<bytes> <status>" (the run process's
exit code, or minus the signal that ended it) and then that many bytes: all the run process wrote to its stdout
and stderr, the report last. It exits when stdin ends.

The stand-in listens on 127.0.0.1 only, on a port the system picks. Standard library only.

Before the script runs (limits, given in the job as "limits"): the run's process leads a session of its own; resource
limits cap CPU time, memory and file size (not processes: RLIMIT_NPROC counts every process and thread of the user,
so on a desktop it would stop the run's own threads); an audit hook refuses to start a process, to fork, to read
/proc or /sys, and to write, remove or rename files outside the working folder the runner made for this run. The
kernel enforces the rest, for the run's process and everything it starts (sandbox()): no new privileges (no sudo),
and on Linux with Landlock (5.13 and newer), files readable only in the working folder, the system's directories
and Python's installation, writable only in the folder. So a script cannot read the environment of the processes
that started it (the user's shell and BotForge hold the user's secrets), nor the user's or the project's files,
even through ctypes, which goes around an audit hook. Without Landlock (another system, an older kernel) only the
audit hook stands, which stops honest mistakes and simple misuse, not a determined script.
Whatever is still running when the run's process ends is ended: this interpreter is, on Linux, the subreaper of
everything the runs start, and finds their processes through /proc.
"""
import contextlib
import io
import json
import linecache
import os
import signal
import subprocess
import sys
import threading
import time
import traceback
import types
from http.server import BaseHTTPRequestHandler, HTTPServer
from socketserver import TCPServer, ThreadingMixIn
from urllib.parse import parse_qsl, urlsplit

try:
    import ctypes
except ImportError:
    ctypes = None
try:
    import resource
except ImportError:
    resource = None

try:
    # requests' transport, where it is installed (the platform's executor has requests): imported once by the warm
    # interpreter, so that redirect() can send its connections to the stand-in too.
    import urllib3.connection as urllib3
except Exception:  # not installed, or an installation that does not import: requests cannot be used either
    urllib3 = None

# What the generated scripts import, loaded once here rather than in every run.
import http.client  # noqa: F401
import socket  # noqa: F401
import urllib.error  # noqa: F401
import urllib.request  # noqa: F401


class Server(ThreadingMixIn, HTTPServer):
    daemon_threads = True

    def server_bind(self):
        # HTTPServer's own looks the host's name up (socket.getfqdn): tens of milliseconds, for a name never used.
        TCPServer.server_bind(self)
        self.server_name, self.server_port = self.server_address[:2]


# The header a redirected request carries: the scheme and host it was addressed to (see redirect()).
ADDRESSED = "X-BotForge-Addressed-To"


def same_url(written, url):
    """Whether a test's URL names the request's: as sent, without the query, or with the same query parameters in
    another order (a key's repeated values in theirs), as a server reads them."""
    if written in (url, url.split("?", 1)[0]):
        return True
    a, b = urlsplit(written), urlsplit(url)
    return bool(a.query) and (a.scheme, a.netloc, a.path) == (b.scheme, b.netloc, b.path) and parameters(a.query) == parameters(b.query)


def parameters(query):
    """A query's parameters by key (sorted; each key's values in their order), decoded."""
    return sorted(parse_qsl(query, keep_blank_values=True), key=lambda pair: pair[0])


def stubbed(stubs, method, url):
    """The first of the test's HTTP answers for this request: its method (when it names one) and its URL (same_url)."""
    for stub in stubs:
        if stub.get("method") and stub["method"].upper() != method:
            continue
        if stub.get("url") is not None and same_url(stub["url"], url):
            return stub
    return None


def serve(answers, requests, stubs):
    class Handler(BaseHTTPRequestHandler):
        def _handle(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length) if length else b""
            parts = urlsplit(self.path)
            query = dict(parse_qsl(parts.query, keep_blank_values=True))
            addressed = self.headers.get(ADDRESSED)
            if addressed is not None:
                # A request the script addressed elsewhere, answered from the test's http: answers.
                url = addressed + self.path
                answer = stubbed(stubs or [], self.command, url)
                requests.append({
                    "action": None,
                    "method": self.command,
                    "path": url,
                    "query": query,
                    "body": body.decode("utf-8", "replace"),
                    "answered": answer is not None,
                })
                self._answer(answer or {"status": 404, "body": {"error": "no http: answer for %s %s in this test" % (self.command, url)}})
                return
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
            self._answer(answers.get(action) if action else {"status": 404, "body": {"error": "no such endpoint"}})

        def _answer(self, answer):
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

        do_GET = do_POST = do_PUT = do_PATCH = do_DELETE = _handle

        def log_message(self, *args):
            pass

    server = Server(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def redirect(port):
    """
    Sends every connection http.client makes (urllib's too, and requests' through urllib3, the platform's executor
    has requests) to the stand-in on 127.0.0.1:port, in plain HTTP, each request carrying the scheme and host it was
    addressed to: nothing reaches the network (and confine()'s audit hook refuses any other connection).
    """
    def connect(self):
        self.sock = socket.create_connection(("127.0.0.1", port), self.timeout)
        # urllib3 warns of an unverified HTTPS request: there is nothing to verify, the stand-in answers for the address.
        self.is_verified = True

    def putrequest(self, method, url, *args, **kwargs):
        original_putrequest(self, method, url, *args, **kwargs)
        if (self.host, self.port) == ("127.0.0.1", port):
            return  # the stand-in integration service itself (the generated scripts' base URL)
        secure = isinstance(self, http.client.HTTPSConnection) or (urllib3 is not None and isinstance(self, urllib3.HTTPSConnection))
        scheme = "https" if secure else "http"
        host = "[%s]" % self.host if ":" in self.host else self.host
        if self.port not in (None, 443 if scheme == "https" else 80):
            host += ":%d" % self.port
        self.putheader(ADDRESSED, "%s://%s" % (scheme, host))

    original_putrequest = http.client.HTTPConnection.putrequest
    http.client.HTTPConnection.connect = connect
    http.client.HTTPSConnection.connect = connect
    http.client.HTTPConnection.putrequest = putrequest
    if urllib3 is not None:
        # urllib3's connections are http.client's with a connect() of their own (its putrequest() calls http.client's).
        urllib3.HTTPConnection.connect = connect
        urllib3.HTTPSConnection.connect = connect


# Landlock (Linux 5.13+): the file access rights a sandbox handles, by the ABI version that brought them.
LANDLOCK_FS_V1 = (1 << 13) - 1           # execute, write, read file, read dir, remove, make (char, dir, reg, sock, fifo, block, sym)
LANDLOCK_FS_REFER, LANDLOCK_FS_TRUNCATE = 1 << 13, 1 << 14
LANDLOCK_READ = 1 | 4 | 8                # execute, read file, read dir
LANDLOCK_FILE_ONLY = 1 | 2 | 4 | LANDLOCK_FS_TRUNCATE
# What a script may read besides its folder: the system's programs, libraries and settings (certificates, time
# zones, name resolution), and Python's own installation. Not /proc (the processes that started this one hold the
# user's environment, secrets among it), nor home folders, the project, /tmp or /var.
SYSTEM_READABLE = ["/usr", "/lib", "/lib32", "/lib64", "/bin", "/sbin", "/etc", "/run/systemd/resolve",
                   "/dev/urandom", "/dev/random", "/dev/zero"]


def sandbox(folder):
    """Confines this process and all it starts, by the kernel, before any thread of its own starts: no new
    privileges (no sudo, no setuid program), and on Linux with Landlock, files readable only in the working folder,
    the system's directories and Python's installation, and writable only in the folder (and /dev/null). Returns
    whether Landlock confines the files (False: a kernel without it, or another system)."""
    if not sys.platform.startswith("linux") or ctypes is None:
        return False
    libc = ctypes.CDLL(None, use_errno=True)
    libc.syscall.restype = ctypes.c_long
    try:
        if libc.prctl(38, 1, 0, 0, 0) != 0:  # PR_SET_NO_NEW_PRIVS
            return False
        abi = libc.syscall(ctypes.c_long(444), None, ctypes.c_size_t(0), ctypes.c_uint(1))  # landlock_create_ruleset: ABI version
    except (OSError, AttributeError):
        return False
    if abi < 1:
        return False
    handled = LANDLOCK_FS_V1 | (LANDLOCK_FS_REFER if abi >= 2 else 0) | (LANDLOCK_FS_TRUNCATE if abi >= 3 else 0)
    attr = ctypes.c_uint64(handled)  # struct landlock_ruleset_attr, its first field (a smaller struct is taken)
    ruleset = libc.syscall(ctypes.c_long(444), ctypes.byref(attr), ctypes.c_size_t(8), ctypes.c_uint(0))
    if ruleset < 0:
        return False

    class PathBeneath(ctypes.Structure):
        _pack_ = 1
        _fields_ = [("allowed_access", ctypes.c_uint64), ("parent_fd", ctypes.c_int32)]

    def allow(path, access):
        try:
            fd = os.open(path, os.O_PATH | os.O_CLOEXEC)
        except OSError:
            return
        try:
            if not os.path.isdir(path):
                access &= LANDLOCK_FILE_ONLY
            rule = PathBeneath(access & handled, fd)
            libc.syscall(ctypes.c_long(445), ctypes.c_int(ruleset), ctypes.c_int(1), ctypes.byref(rule), ctypes.c_uint32(0))
        finally:
            os.close(fd)

    try:
        allow(folder, handled)
        allow(os.devnull, 2 | 4 | LANDLOCK_FS_TRUNCATE)
        python = {sys.prefix, sys.exec_prefix, getattr(sys, "base_prefix", sys.prefix), getattr(sys, "base_exec_prefix", sys.exec_prefix)}
        python.update(p for p in sys.path if p and os.path.isabs(p))
        # The folders of the libraries this interpreter has loaded: where a module imported later finds its own (a
        # Python whose libraries live outside its prefix and the system's folders, as Homebrew's on Linux).
        # Only files that are there (not "/memfd:libffi (deleted)", whose folder would be the root).
        try:
            with open("/proc/self/maps") as maps:
                mapped = {line.split(None, 5)[5].strip() for line in maps if len(line.split(None, 5)) == 6}
            python.update(os.path.dirname(m) for m in mapped if m.startswith("/") and os.path.isfile(m))
        except OSError:
            pass
        # Never the root itself (a Python installed at "/" would open every file to the script).
        for path in SYSTEM_READABLE + sorted(p for p in python if p.rstrip("/")):
            allow(path, LANDLOCK_READ)
        return libc.syscall(ctypes.c_long(446), ctypes.c_int(ruleset), ctypes.c_uint32(0)) == 0  # landlock_restrict_self
    finally:
        os.close(ruleset)


def confine(limits, folder, stand_in=None):
    """
    Limits and refusals for the author's script (see the module's docstring). With stand_in (the port of the
    stand-in, when the test answers the script's requests), a connection to anywhere else is refused: requests made
    through http.client, urllib or requests reach the stand-in (redirect()), and one a library makes another way
    must not reach the network.
    """
    try:
        os.setsid()
    except OSError:
        pass
    try:
        for name, value in (("RLIMIT_CPU", limits.get("cpu_seconds")), ("RLIMIT_AS", limits.get("memory_bytes")),
                            ("RLIMIT_FSIZE", limits.get("file_bytes"))):
            if value and resource is not None and hasattr(resource, name):
                resource.setrlimit(getattr(resource, name), (int(value), int(value)))
    except (ValueError, OSError):
        pass

    root = os.path.realpath(folder) + os.sep
    refused_events = {"os.fork", "os.forkpty", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "subprocess.Popen", "pty.spawn"}

    def inside(path):
        try:
            return os.path.realpath(os.fsdecode(path)).startswith(root)
        except (TypeError, ValueError):
            return False

    def hook(event, args):
        if event in refused_events:
            raise PermissionError("BotForge runs code nodes without other processes (%s is refused)" % event)
        if event == "socket.connect" and stand_in is not None and len(args) > 1 and isinstance(args[1], tuple) \
                and tuple(args[1][:2]) != ("127.0.0.1", stand_in):
            raise PermissionError("BotForge's tests reach no network: the script connected to %s:%s another way than"
                                  " http.client, urllib or requests, whose requests the test's http: answers"
                                  % tuple(args[1][:2]))
        if event == "open" and args and isinstance(args[0], (str, bytes, os.PathLike)):
            if not inside(args[0]) and any(os.path.realpath(os.fsdecode(args[0])).startswith(p) for p in ("/proc/", "/sys/")):
                # Other processes' environments (the user's secrets): Landlock refuses them too, where there is one.
                raise PermissionError("BotForge lets a code node read no process's files (%s)" % os.fsdecode(args[0]))
            mode = args[1] if len(args) > 1 and isinstance(args[1], str) else ""
            flags = args[2] if len(args) > 2 and isinstance(args[2], int) else 0
            writes = any(c in mode for c in "wax+") or flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC)
            if writes and not inside(args[0]):
                raise PermissionError("BotForge lets a code node write only inside its working folder, not %s" % os.fsdecode(args[0]))
        if event in ("os.remove", "os.rename", "os.rmdir", "os.mkdir", "os.chmod", "os.symlink", "os.link", "shutil.rmtree") and args:
            if not all(inside(a) for a in args[:2] if isinstance(a, (str, bytes, os.PathLike))):
                raise PermissionError("BotForge lets a code node change files only inside its working folder")

    sys.addaudithook(hook)


def end_descendants():
    """Ends every process this one started (with the subreaper, daemons too), reading /proc where there is one. Run
    by the warm interpreter once a run's process has ended: the run's own process cannot read /proc (sandbox). Read
    again until none is left running: one may have started another between the reading and its end."""
    for attempt in range(100):
        found = descendants()
        if not found:
            return
        if attempt:
            time.sleep(0.01)  # a killed process takes a moment to end
        for pid in found:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        reap()


def descendants():
    """The processes below this one that have not ended, from /proc (none where there is no /proc). A process that
    ends while /proc is read is passed over: any other process of the machine may, at any time."""
    try:
        entries = [int(entry) for entry in os.listdir("/proc") if entry.isdigit()]
    except OSError:
        return set()
    parents, ended = {}, set()
    for pid in entries:
        try:
            with open("/proc/%d/stat" % pid) as stat:
                fields = stat.read().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        parents[pid] = int(fields[1])
        if fields[0] in ("Z", "X"):
            ended.add(pid)
    found, frontier = set(), {os.getpid()}
    while frontier:
        frontier = {pid for pid, parent in parents.items() if parent in frontier and pid not in found}
        found |= frontier
    return found - ended


def run(job):
    """Runs one job in this process, which it then belongs to; returns the report's text."""
    folder = job["folder"]
    del sys.argv[1:]  # the script sees no mode argument of this program
    os.chdir(folder)
    os.environ["HOME"] = os.environ["TMPDIR"] = folder
    # Before the stand-in's thread starts: a thread started earlier would not be confined, and the script could
    # have it run code of its own.
    sandbox(folder)
    # Tracebacks show the script's lines from its text: its file may be out of the sandbox's reach.
    linecache.cache[job["filename"]] = (len(job["source"]), None, job["source"].splitlines(True), job["filename"])
    requests = []
    stubs = job.get("http")
    server = serve(job.get("answers") or {}, requests, stubs)
    body = job["body"]
    env = body.setdefault("env_variables", {})
    for name in job.get("base_env") or []:
        env[name] = "http://127.0.0.1:%d" % server.server_address[1]
    if stubs is not None:
        redirect(server.server_address[1])

    printed = io.StringIO()
    outcome = {}
    confine(job.get("limits") or {}, folder, server.server_address[1] if stubs is not None else None)

    def call():
        try:
            module = types.ModuleType("code_node")
            module.__file__ = job["filename"]
            with contextlib.redirect_stdout(printed), contextlib.redirect_stderr(printed):
                exec(compile(job["source"], job["filename"], "exec"), module.__dict__)
                outcome["result"] = module.main({"body": json.dumps(body)}, {})
        except BaseException as error:
            outcome["error"] = traceback.format_exc(limit=-3)
            if isinstance(error, ImportError) and getattr(error, "name", None):
                # The platform's executor has more than the standard library (requests among it): a module this
                # machine's python3 lacks fails the test where the platform would run the script.
                package = error.name.split(".")[0]
                outcome["error"] = outcome["error"].rstrip("\n") + (
                    " (this machine's python3 lacks it; if the platform's executor has it, as it has requests, install"
                    " it here, e.g. Debian's python3-%s, so the test runs the script as the platform does)\n" % package)

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
        where = not_json(report.get("result"), "")
        report["result"] = repr(report.get("result"))
        report["error"] = "main() returned a value that is not JSON" + (": " + where if where else "")
        text = json.dumps(report)
    return text


def not_json(value, path, depth=0):
    """Where in value the first part json.dumps cannot write is, and what it is; None when there is none."""
    if depth > 100:
        return None
    if isinstance(value, dict):
        for key, item in value.items():
            if not (key is None or isinstance(key, (str, int, float, bool))):
                return "%s has a key of type %s" % ("its " + path if path else "it", type(key).__name__)
            found = not_json(item, "%s[%r]" % (path, key), depth + 1)
            if found:
                return found
        return None
    if isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            found = not_json(item, "%s[%d]" % (path, index), depth + 1)
            if found:
                return found
        return None
    if value is None or isinstance(value, (str, int, float, bool)):
        return None
    return "%s is %s" % ("its " + path if path else "it", type(value).__name__)


def exit_code(status):
    """os.waitpid's status as the exit code, or minus the signal that ended the process."""
    return -os.WTERMSIG(status) if os.WIFSIGNALED(status) else os.WEXITSTATUS(status)


def forked(job):
    """Runs the job in a child process; returns all it wrote and how it ended."""
    readable, writable = os.pipe()
    pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(readable)
            nothing = os.open(os.devnull, os.O_RDONLY)
            os.dup2(nothing, 0)
            os.dup2(writable, 1)
            os.dup2(writable, 2)
            os.close(nothing)
            os.close(writable)
            sys.stdin = open(os.devnull)
            report = b"\n" + run(job).encode("utf-8") + b"\n"
            # Straight to the pipe: sys.stdout may still be the script's, redirected by a main() that timed out.
            while report:
                report = report[os.write(1, report):]
            code = 0
        except BaseException:
            traceback.print_exc(file=sys.__stderr__)
            sys.__stderr__.flush()
        finally:
            # Never back into the loop below, nor through this interpreter's exit handlers: the child ends here.
            os._exit(code)
    os.close(writable)
    return finish(os.fdopen(readable, "rb"), lambda: exit_code(os.waitpid(pid, 0)[1]))


def finish(stream, wait):
    """All a run's process and what it started write to stream, and its exit code (wait()): read while the run goes
    on (a run that writes more than the pipe holds must not wait for this process); once the process has ended,
    what it left running (this interpreter is their subreaper) is ended, as it would hold the pipe open."""
    collected = {}
    reader = threading.Thread(target=lambda: collected.update(output=collect(stream)), daemon=True)
    reader.start()
    code = wait()
    end_descendants()
    reader.join()
    stream.close()
    reap()
    return collected.get("output", b""), code


def reap():
    """Collects the exit of every ended child (the descendants end_descendants ended), so none stays a zombie."""
    while True:
        try:
            if os.waitpid(-1, os.WNOHANG)[0] == 0:
                return
        except ChildProcessError:
            return


# The most of a run's output kept (its end, where the report is): a script writing without end cannot fill memory.
MAX_OUTPUT = 64 << 20


def collect(stream):
    """All a stream gives, or its last MAX_OUTPUT bytes after a line that says how much was dropped."""
    kept = bytearray()
    dropped = 0
    for chunk in iter(lambda: stream.read(65536), b""):
        kept += chunk
        if len(kept) > 2 * MAX_OUTPUT:
            dropped += len(kept) - MAX_OUTPUT
            del kept[:-MAX_OUTPUT]
    if len(kept) > MAX_OUTPUT:
        dropped += len(kept) - MAX_OUTPUT
        del kept[:-MAX_OUTPUT]
    return (b"[%d bytes of output dropped]\n" % dropped if dropped else b"") + bytes(kept)


def spawned(line):
    """The job in a new interpreter, in this program's one-job mode: where the system has no fork (Windows)."""
    if not hasattr(sys, "orig_argv"):
        return b"running code nodes without fork needs Python 3.10 or newer\n", 1
    # The command line this interpreter was started with (its -c program included), in the one-job mode.
    process = subprocess.Popen([sys.executable] + sys.orig_argv[1:-1] + ["one"], stdin=subprocess.PIPE,
                               stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    process.stdin.write(line)
    process.stdin.close()
    return finish(process.stdout, lambda: process.wait())


def main():
    """Modes, the program's last argument: "warm" (C#'s, a fork per job where the system can, else a new
    interpreter), "spawn" (always a new interpreter), "one" (run the one job on stdin in this process)."""
    mode = sys.argv[-1]
    jobs = sys.stdin.buffer
    out = sys.stdout.buffer
    if mode == "one":
        text = run(json.loads(jobs.readline().decode("utf-8")))
        # Through the buffer taken before the run: sys.stdout may still be the script's, as in forked().
        out.write(b"\n" + text.encode("utf-8") + b"\n")
        out.flush()
        return
    fork = mode == "warm" and hasattr(os, "fork")
    if sys.platform.startswith("linux") and ctypes is not None:
        # What a run's process leaves running when it ends comes here, to be ended (forked()).
        try:
            ctypes.CDLL(None, use_errno=True).prctl(36, 1, 0, 0, 0)  # PR_SET_CHILD_SUBREAPER
        except (OSError, AttributeError):
            pass
    for line in iter(jobs.readline, b""):
        output, code = forked(json.loads(line.decode("utf-8"))) if fork else spawned(line)
        out.write(b"%d %d\n" % (len(output), code))
        out.write(output)
        out.flush()


main()
