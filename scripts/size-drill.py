#!/usr/bin/env python3
"""Size drill: how long a real service takes to answer very large articles, and whether a client that hangs up
releases the core its extraction was using.

  scripts/size-drill.py [--runs 3] [--only SHAPE]

It starts its own throwaway PostgreSQL (scripts/postgres.sh, in a temporary folder) and the API built in Release
(src/Timeline.Api/bin/Release/net10.0, built first), and stops both at the end.

Part 1 posts each shape (the seed articles of samples/articles grown to 1 MB as story text, shuffled words, HTML
paragraphs and one 500 KB run-on sentence; story text at 2 MB and just under the 5 MB body limit; one byte over it)
to POST /api/v1/extract and POST /api/v1/articles, --runs times each, and prints the answers, the median wall time
and the median processor time the API process spent. The rules: every answer is 200/201, 422 (over
Ingestion:ExtractionBudget) or 413 (too large), and the preview (extraction alone) answers within 2 s (median).
POST /api/v1/articles also stores the article and answers it with its events and their evidence; its times are shown.

Part 2 restarts the API with a ten-minute budget, so only the client can stop the work. It sends the largest article,
hangs up 0.3 s after the body is sent, and samples the API process's processor time (/proc/PID/stat) for a few
seconds: the rule is that from one second after the hang-up the process is back to idle (under 0.5 s of processor
time in the next four seconds). For comparison it prints what the same article costs when the client waits. Exit
code 1 when a rule is broken.
"""
import argparse
import glob
import http.client
import json
import os
import random
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "size-drill-key"
BODY_LIMIT = 5 * 1024 * 1024
TICKS = os.sysconf("SC_CLK_TCK")
LARGEST = "5 MB story text (body limit)"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=3, help="posts of each shape to each endpoint; the median is reported (default 3)")
    parser.add_argument("--only", default="", help="only the shapes whose name contains this")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="timeline-size-")
    os.chmod(work, 0o755)
    drill = Drill(work)
    try:
        return drill.run(args)
    finally:
        drill.stop()
        shutil.rmtree(work, ignore_errors=True)


class Drill:
    def __init__(self, work):
        self.work = work
        self.data = os.path.join(work, "postgres")
        self.api = None
        self.port = free_port()
        self.failures = []
        self.counter = 0

    def run(self, args):
        log("building the API (Release)")
        subprocess.run(["dotnet", "build", os.path.join(ROOT, "src/Timeline.Api"), "-c", "Release", "-nologo", "-v", "quiet"], check=True,
                       stdout=subprocess.DEVNULL)
        self.connection = subprocess.run([os.path.join(ROOT, "scripts/postgres.sh"), "start", self.data], check=True,
                                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
        shapes = [s for s in build_shapes() if args.only.lower() in s[0].lower()]

        self.start_api()
        log(f"part 1: median of {args.runs} posts per shape and endpoint (load average {load()})")
        log("  answers, median wall time and median processor time of the API process per request")
        log(f"  {'shape':<34}{'body':>9}  {'POST /api/v1/extract':<34}{'POST /api/v1/articles':<34}")
        for name, field, content in shapes:
            cells = []
            for path in ("/api/v1/extract", "/api/v1/articles"):
                answers = [self.timed_post(path, field, content) for _ in range(args.runs)]
                seconds = statistics.median(a[1] for a in answers)
                cpu = statistics.median(a[3] for a in answers)
                statuses = "/".join(sorted({str(a[0]) for a in answers}))
                cells.append(f"{statuses} in {seconds:.2f} s (cpu {cpu:.2f} s)")
                for status, elapsed, size, _ in answers:
                    self.expect(status in (200, 201, 413, 422), f"{name} to {path} answered {status}")
                self.expect(seconds < 2 or path != "/api/v1/extract", f"{name} to {path}: median {seconds:.2f} s")
            log(f"  {name:<34}{answers[0][2] / 1e6:>7.2f} MB  {cells[0]:<34}{cells[1]:<34}")
        log(f"  (load average {load()})")

        log("part 2: a client hangs up 0.3 s into a large article (budget ten minutes, so only the hang-up can stop it)")
        self.restart_api(ExtractionBudget="00:10:00")
        name, field, content = next(s for s in build_shapes() if s[0] == LARGEST)
        body = json.dumps({field: content}, ensure_ascii=False).encode()
        # Twice: the first run after a start also pays for compiling the code (tiered JIT, partly on other threads).
        for _ in range(2):
            waited_before = self.cpu_seconds()
            started = time.monotonic()
            status = post(self.port, "/api/v1/extract", body)[0]
            waited = self.cpu_seconds() - waited_before
            log(f"  {name}, client waits: {status} in {time.monotonic() - started:.2f} s, {waited:.2f} s of processor time")
        for path in ("/api/v1/extract", "/api/v1/articles"):
            if path == "/api/v1/articles":
                body = json.dumps({"url": self.next_url(), field: content}, ensure_ascii=False).encode()
            idle = self.cpu_seconds()
            time.sleep(2)
            before = self.cpu_seconds()
            log(f"  idle: {before - idle:.2f} s of processor time in 2 s")
            hang_up(self.port, path, body)
            at_hang_up = self.cpu_seconds()
            samples = []
            for _ in range(10):
                time.sleep(0.5)
                samples.append(self.cpu_seconds() - at_hang_up)
            first, rest = samples[1], samples[-1] - samples[1]
            log(f"  {path}, client hangs up: {at_hang_up - before:.2f} s of processor time until the hang-up, "
                f"{first:.2f} s in the first second after it, {rest:.2f} s in the four seconds after that "
                f"(cumulative every 0.5 s: {', '.join(f'{s:.2f}' for s in samples)})")
            self.expect(rest < 0.5, f"{path}: the process used {rest:.2f} s of processor time from 1 to 5 s after the client left")
        for failure in self.failures:
            log("FAILED: " + failure)
        return 1 if self.failures else 0

    def timed_post(self, path, field, content):
        fields = {field: content}
        if path == "/api/v1/articles":
            fields = {"url": self.next_url(), **fields}
        body = json.dumps(fields, ensure_ascii=False).encode()
        cpu = self.cpu_seconds()
        started = time.monotonic()
        status = post(self.port, path, body)[0]
        return status, time.monotonic() - started, len(body), self.cpu_seconds() - cpu

    def next_url(self):
        self.counter += 1
        return f"https://size-drill.example/{self.counter}"

    def cpu_seconds(self):
        """The API process's user + system processor time (/proc/PID/stat fields 14 and 15)."""
        with open(f"/proc/{self.api.pid}/stat") as stat:
            fields = stat.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) / TICKS

    def start_api(self, **ingestion):
        environment = dict(os.environ, ConnectionStrings__Timeline=self.connection, Ingestion__ApiKeys__0=KEY,
                           RateLimiting__WritesPerMinute="0", RateLimiting__PreviewsPerMinute="0",
                           Serilog__MinimumLevel__Default="Warning",
                           **{f"Ingestion__{k}": v for k, v in ingestion.items()})
        dll = os.path.join(ROOT, "src/Timeline.Api/bin/Release/net10.0/Timeline.Api.dll")
        # exec: the process started is the API itself, so /proc/PID/stat is its processor time.
        self.api = subprocess.Popen(["dotnet", dll, "--urls", f"http://127.0.0.1:{self.port}"], env=environment, cwd=ROOT,
                                    stdout=open(os.path.join(self.work, "api.log"), "a"), stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 120
        while get(self.port, "/health/ready") != 200:
            if time.monotonic() > deadline or self.api.poll() is not None:
                raise SystemExit("the API did not become ready; see " + os.path.join(self.work, "api.log"))
            time.sleep(0.2)

    def restart_api(self, **ingestion):
        os.killpg(self.api.pid, signal.SIGTERM)
        self.api.wait(timeout=30)
        self.start_api(**ingestion)

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)

    def stop(self):
        if self.api and self.api.poll() is None:
            os.killpg(self.api.pid, signal.SIGTERM)
            self.api.wait(timeout=30)
        subprocess.run([os.path.join(ROOT, "scripts/postgres.sh"), "stop", self.data], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def build_shapes():
    """(name, field, content): the shapes of benchmarks/Timeline.Benchmarks/ScalingRun.cs, from the same seed articles."""
    texts = [json.load(open(f, encoding="utf-8"))["text"] for f in sorted(glob.glob(os.path.join(ROOT, "samples/articles/*.json")))]
    lines = [line.strip() for text in texts for line in text.split("\n") if line.strip()]
    words = [word for text in texts for word in text.split()]

    def story(size, line_break):
        parts, length, i = [], 0, 0
        while length < size:
            part = f"Update {i // len(lines)}: {lines[i % len(lines)]}{line_break}"
            parts.append(part)
            length += len(part.encode())
            i += 1
        return "".join(parts).encode()[:size].decode(errors="ignore")

    def shuffled(size):
        rng = random.Random(1)
        parts, length = [], 0
        while length < size:
            word = words[rng.randrange(len(words))] + " "
            parts.append(word)
            length += len(word.encode())
        return "".join(parts).encode()[:size].decode(errors="ignore")

    def paragraphs(size):
        body = "".join(f"<p>{p}</p>" for p in story(size - 200, "\n").split("\n"))
        return "<html><head><title>t</title></head><body><article>" + body + "</article></body></html>"

    def run_on(size):
        return story(size, " ").replace(".", ",").replace("?", ",").replace("!", ",")

    def under_limit(build):
        """The largest text of this shape whose body (with a url) fits in the body limit."""
        size = BODY_LIMIT
        while True:
            text = build(size)
            body = json.dumps({"url": "https://size-drill.example/000000", "text": text}, ensure_ascii=False).encode()
            if len(body) <= BODY_LIMIT:
                return text
            size -= len(body) - BODY_LIMIT + 16

    mb = 1_000_000
    return [
        ("1 MB story text", "text", story(mb, "\n")),
        ("1 MB shuffled words", "text", shuffled(mb)),
        ("1 MB of <p>", "html", paragraphs(mb)),
        ("500 KB run-on sentence", "text", run_on(mb // 2)),
        ("2 MB story text", "text", story(2 * mb, "\n")),
        (LARGEST, "text", under_limit(lambda size: story(size, "\n"))),
        ("5 MB shuffled words (body limit)", "text", under_limit(shuffled)),
        ("over the body limit", "text", story(BODY_LIMIT + 1, "\n")),
    ]


def post(port, path, body):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=300)
    try:
        connection.request("POST", path, body, {"Content-Type": "application/json", "X-Api-Key": KEY})
        response = connection.getresponse()
        return response.status, response.read()
    except (OSError, http.client.HTTPException):
        return 0, b""
    finally:
        connection.close()


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path)
        return connection.getresponse().status
    except (OSError, http.client.HTTPException):
        return 0
    finally:
        connection.close()


def hang_up(port, path, body):
    """Sends the whole request, waits 0.3 s and closes the connection without reading the answer (RST, like a killed client)."""
    with socket.create_connection(("127.0.0.1", port)) as client:
        head = (f"POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nX-Api-Key: {KEY}\r\n"
                f"Content-Length: {len(body)}\r\n\r\n").encode()
        client.sendall(head + body)
        time.sleep(0.3)
        client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00")


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def load():
    return " ".join(open("/proc/loadavg").read().split()[:3])


def log(message):
    print(f"[size] {message}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
