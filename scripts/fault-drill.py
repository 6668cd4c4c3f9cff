#!/usr/bin/env python3
"""Fault drill: writers post articles without pause to a real service while the drill kills the API with SIGKILL,
stops PostgreSQL abruptly (pg_ctl -m immediate) and freezes it (SIGSTOP), and restarts each. At the end every
article the service acknowledged (200/201 with an id) must still be readable: nothing acknowledged is lost.

  scripts/fault-drill.py [--writers 4] [--seconds 4]

It starts its own throwaway PostgreSQL (scripts/postgres.sh, in a temporary folder) and the API built in Release
(src/Timeline.Api/bin/Release/net10.0, built first), and stops both at the end. It prints what each phase measured:
how fast the API answered 503 with Retry-After while PostgreSQL was stopped, how fast /health/ready answered while it
was frozen, and how long the service took to work again. Exit code 1 when a rule is broken.
"""
import argparse
import http.client
import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KEY = "drill-key"
TEXT = ("Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken on Monday in Beijing. "
        "The two sides held talks on trade and Taiwan, officials said. Drill article {n}.")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--writers", type=int, default=4, help="concurrent writers (default 4)")
    parser.add_argument("--seconds", type=float, default=4, help="how long each fault and each calm lasts (default 4)")
    args = parser.parse_args()
    work = tempfile.mkdtemp(prefix="timeline-drill-")
    os.chmod(work, 0o755)
    drill = Drill(work, args)
    try:
        return drill.run()
    finally:
        drill.stop()
        shutil.rmtree(work, ignore_errors=True)


class Drill:
    def __init__(self, work, args):
        self.work, self.args = work, args
        self.data = os.path.join(work, "postgres")
        self.api = None
        self.port = free_port()
        self.acknowledged = set()
        self.outcomes = {}
        self.lock = threading.Lock()
        self.running = True
        self.failures = []
        self.counter = 0

    def run(self):
        log("building the API (Release)")
        subprocess.run(["dotnet", "build", os.path.join(ROOT, "src/Timeline.Api"), "-c", "Release", "-nologo", "-v", "quiet"], check=True,
                       stdout=subprocess.DEVNULL)
        self.connection = subprocess.run([os.path.join(ROOT, "scripts/postgres.sh"), "start", self.data], check=True,
                                         capture_output=True, text=True).stdout.strip().splitlines()[-1]
        self.start_api()
        writers = [threading.Thread(target=self.write, daemon=True) for _ in range(self.args.writers)]
        for writer in writers:
            writer.start()
        calm = self.args.seconds
        time.sleep(calm)

        log("phase 1: SIGKILL the API while it ingests, then start it again")
        before = len(self.acknowledged)
        os.killpg(self.api.pid, signal.SIGKILL)
        self.api.wait()
        time.sleep(1)
        started = time.monotonic()
        self.start_api()
        log(f"  restarted and ready in {time.monotonic() - started:.1f} s; {before} writes acknowledged before the kill")
        time.sleep(calm)

        log("phase 2: PostgreSQL stopped abruptly (pg_ctl -m immediate), then started")
        self.pg_ctl("stop", "-m", "immediate")
        read = self.timed("GET", "/api/v1/events")
        write = self.timed("POST", "/api/v1/articles", {"url": "https://drill.example/outage", "text": TEXT.format(n="outage")})
        ready = self.timed("GET", "/health/ready")
        log(f"  while stopped: read {read[0]} in {read[1] * 1000:.0f} ms (Retry-After {read[2]}), "
            f"write {write[0]} in {write[1] * 1000:.0f} ms (Retry-After {write[2]}), ready {ready[0]} in {ready[1] * 1000:.0f} ms")
        self.expect(read[0] == 503 and read[2] and read[1] < 1, f"read while stopped: {read}")
        self.expect(write[0] == 503 and write[2] and write[1] < 1, f"write while stopped: {write}")
        self.expect(ready[0] == 503 and ready[1] < 2, f"readiness while stopped: {ready}")
        time.sleep(calm)
        # Same port as before (remembered in the data folder), so the running API's connection string still fits.
        subprocess.run([os.path.join(ROOT, "scripts/postgres.sh"), "start", self.data], check=True, capture_output=True)
        log(f"  working again {self.until_ok():.2f} s after PostgreSQL was back (no API restart)")
        time.sleep(calm)

        log("phase 3: PostgreSQL frozen (SIGSTOP to the server and its processes), then thawed")
        frozen = self.server_processes()
        for pid in frozen:
            os.kill(pid, signal.SIGSTOP)
        try:
            ready = self.timed("GET", "/health/ready")
            read = self.timed("GET", "/api/v1/events")
            log(f"  while frozen: ready {ready[0]} in {ready[1] * 1000:.0f} ms, read {read[0]} in {read[1] * 1000:.0f} ms")
            self.expect(ready[0] == 503 and ready[1] < 2, f"readiness while frozen: {ready}")
            self.expect(read[0] == 503, f"read while frozen: {read}")
        finally:
            for pid in frozen:
                os.kill(pid, signal.SIGCONT)
        log(f"  working again {self.until_ok():.2f} s after the thaw")
        time.sleep(calm)

        self.running = False
        for writer in writers:
            writer.join()
        return self.verify()

    def write(self):
        client = None
        while self.running:
            with self.lock:
                self.counter += 1
                n = self.counter
            body = {"url": f"https://drill.example/{n}", "publishedAt": "2023-06-20", "text": TEXT.format(n=n)}
            status, _, payload = request("POST", self.port, "/api/v1/articles", body, KEY)
            with self.lock:
                self.outcomes[status] = self.outcomes.get(status, 0) + 1
                if status in (200, 201):
                    self.acknowledged.add(json.loads(payload)["id"])
                elif status not in (0, 503):
                    self.failures.append(f"a write answered {status}: {payload[:200]!r}")
            if status in (0, 503):
                time.sleep(0.2)

    def verify(self):
        lost = [i for i in sorted(self.acknowledged) if request("GET", self.port, f"/api/v1/articles/{i}")[0] != 200]
        log(f"writes: {dict(sorted(self.outcomes.items()))} (0 = no connection: the API was down)")
        log(f"{len(self.acknowledged)} writes acknowledged, {len(lost)} lost")
        self.expect(not lost, f"lost acknowledged articles: {lost[:10]}")
        for failure in self.failures:
            log("FAILED: " + failure)
        return 1 if self.failures else 0

    def start_api(self):
        environment = dict(os.environ, ConnectionStrings__Timeline=self.connection, Ingestion__ApiKeys__0=KEY,
                           RateLimiting__WritesPerMinute="0", Serilog__MinimumLevel__Default="Warning")
        dll = os.path.join(ROOT, "src/Timeline.Api/bin/Release/net10.0/Timeline.Api.dll")
        self.api = subprocess.Popen(["dotnet", dll, "--urls", f"http://127.0.0.1:{self.port}"], env=environment, cwd=ROOT,
                                    stdout=open(os.path.join(self.work, "api.log"), "a"), stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + 120
        while request("GET", self.port, "/health/ready")[0] != 200:
            if time.monotonic() > deadline or self.api.poll() is not None:
                raise SystemExit("the API did not become ready; see " + os.path.join(self.work, "api.log"))
            time.sleep(0.2)

    def until_ok(self):
        started = time.monotonic()
        while request("GET", self.port, "/api/v1/events")[0] != 200:
            if time.monotonic() - started > 60:
                self.expect(False, "not working again within 60 s")
                break
            time.sleep(0.05)
        return time.monotonic() - started

    def timed(self, method, path, body=None):
        started = time.monotonic()
        status, headers, _ = request(method, self.port, path, body, KEY)
        return status, time.monotonic() - started, headers.get("retry-after")

    def pg_ctl(self, *arguments):
        binaries = subprocess.run([os.path.join(ROOT, "scripts/postgres.sh"), "bindir"], check=True, capture_output=True, text=True).stdout.strip().splitlines()[-1]
        command = [os.path.join(binaries, "pg_ctl"), "-D", os.path.join(self.data, "pgdata"), *arguments]
        if os.geteuid() == 0:
            command = ["runuser", "-u", "postgres", "--", *command]
        subprocess.run(command, check=True, stdout=subprocess.DEVNULL)

    def server_processes(self):
        with open(os.path.join(self.data, "pgdata", "postmaster.pid")) as pid_file:
            postmaster = int(pid_file.readline())
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(postmaster)], capture_output=True, text=True).stdout.split()
        return [postmaster, *map(int, children)]

    def expect(self, condition, message):
        if not condition:
            self.failures.append(message)

    def stop(self):
        self.running = False
        if self.api and self.api.poll() is None:
            os.killpg(self.api.pid, signal.SIGTERM)
            self.api.wait(timeout=30)
        subprocess.run([os.path.join(ROOT, "scripts/postgres.sh"), "stop", self.data], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def request(method, port, path, body=None, key=None):
    """(status, headers, payload); status 0 when nothing answered."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        headers = {"Content-Type": "application/json"} if body is not None else {}
        if key:
            headers["X-Api-Key"] = key
        connection.request(method, path, json.dumps(body) if body is not None else None, headers)
        response = connection.getresponse()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    except (OSError, http.client.HTTPException):
        return 0, {}, b""
    finally:
        connection.close()


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def log(message):
    print(f"[drill] {message}", flush=True)


if __name__ == "__main__":
    sys.exit(main())
