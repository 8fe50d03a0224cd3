"""Runs build/bin/reader-clean, one process per page, in a small thread pool."""
import concurrent.futures
import json
import subprocess
import time

kPageTimeoutSeconds = 60   # a page that takes longer is a hang, reported as such


class CliResult:
    __slots__ = ("rc", "stdout", "stderr", "seconds", "timed_out")

    def __init__(self, rc, stdout, stderr, seconds, timed_out=False):
        self.rc = rc
        self.stdout = stdout
        self.stderr = stderr
        self.seconds = seconds
        self.timed_out = timed_out

    @property
    def crashed(self):
        """Anything but 'result' (0) or 'unusable input' (1) is a failure."""
        return self.timed_out or self.rc not in (0, 1)

    def text(self):
        return self.stdout.decode("utf-8", errors="replace") if self.rc == 0 else ""

    def json(self):
        """The parsed --format json object, or {} (with .rc/.stderr explaining)."""
        if self.rc != 0:
            return {}
        try:
            obj = json.loads(self.stdout.decode("utf-8", errors="replace"))
        except ValueError:
            return {}
        return obj if isinstance(obj, dict) else {}

    def problem(self):
        if self.timed_out:
            return f"timeout after {kPageTimeoutSeconds}s"
        if self.rc == 0:
            return ""
        msg = self.stderr.decode("utf-8", errors="replace").strip().splitlines()
        return f"exit {self.rc}: {msg[0] if msg else ''}"


def run_one(cli, args, path):
    """path: a file, or a callable returning the page's bytes (fed on stdin,
    for pages stored compressed)."""
    start = time.monotonic()
    data = path() if callable(path) else None
    target = "-" if callable(path) else str(path)
    try:
        p = subprocess.run([cli] + list(args) + [target], capture_output=True,
                           input=data, timeout=kPageTimeoutSeconds)
    except subprocess.TimeoutExpired:
        return CliResult(-1, b"", b"", time.monotonic() - start, timed_out=True)
    return CliResult(p.returncode, p.stdout, p.stderr, time.monotonic() - start)


def run_many(cli, jobs, workers):
    """jobs: list of (args, path or bytes loader). Returns CliResults in the same order."""
    with concurrent.futures.ThreadPoolExecutor(max_workers=workers) as pool:
        return list(pool.map(lambda j: run_one(cli, j[0], j[1]), jobs))
