#!/usr/bin/env python3
"""Sends thousands of hostile or malformed requests to a running Timeline service over real HTTP and checks that
none is answered 5xx and every 4xx is problem+json with a title and a detail or errors.

  scripts/barrage.py --api http://127.0.0.1:5080 --key timeline-dev-key [--count 3000] [--seed 1]

Besides the cases of tests/Timeline.Api.Tests/BadInput (which run in-process), it sends what only a real socket can:
NUL and raw bytes in paths, invalid percent-encoding, and random mutations (bytes flipped, cut, repeated) of valid
bodies and query strings. Answers Kestrel gives before the application sees the request (a request line or header
it cannot parse: 400/414/431 with an empty body) are counted apart; they are not the application's to shape.
Writes it makes are real: point it at a throwaway service. Exit code 1 when any answer breaks the rules.
"""
import argparse
import http.client
import json
import random
import socket
import sys
import time
import urllib.parse
from collections import Counter

STORY = "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken on Monday in Beijing."
FIELDS = ["url", "title", "publisher", "publishedAt", "language", "text", "html"]
HOSTILE_VALUES = [
    "", " ", "\u0000", "a\u0000b", "\u0001\u001b", "\ud800", "\udfff", "\u202e", "\ufeff", "%00", "%", "%zz", "'", "\"",
    "\\", "<script>", "' OR 1=1 --", "${jndi:ldap://x}", "../../etc/passwd", "\n", "\r\n", "x" * 5000, "é" * 3000,
    "9999-12-31", "0001-01-01", "1899-12-31", "2025-02-30", "-1", "0", "99999999999999999999", "1e309", "NaN", "true",
    "null", "[]", "{}", "😀" * 100, "a&b=c", "a#b", "a?b", "\t", "2025-06", "2025", "call", "wang-yi",
]
PARAMS = {
    "/api/v1/events": ["from", "to", "type", "actor", "topic", "q", "publisher", "articleId", "limit", "order", "cursor"],
    "/api/v1/articles": ["limit", "cursor"],
    "/api/v1/actors": ["kind", "q", "active"],
    "/api/v1/events/facets": ["from", "to", "type", "actor", "q"],
    "/api/v1/events/export": ["from", "to", "type", "format"],
    "/api/v1/events/feed": ["type", "actor"],
}
PATHS = [
    "/", "/nope", "/api", "/api/v1", "/api/v1/events/not-a-guid", "/api/v1/events/00000000-0000-0000-0000-000000000000",
    "/api/v1/articles/zzz", "/api/v1/actors/%00", "/api/v1/actors/a%00b", "/api/v1/actors/%ff%fe", "/%00",
    "/api/v1/events/%2e%2e/%2e%2e/etc/passwd", "/api/v1/actors/" + "a" * 4000, "/api/v1/events?%zz=1", "/swagger/../x",
    "/api/v1/events/%", "/api/v1/actors/%c0%ae%c0%ae", "/api/v1/EVENTS", "/api//v1//events", "/health/ready/x",
]
METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS", "TRACE", "PROPFIND", "FOO"]
CONTENT_TYPES = [
    "application/json", "text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-ndjson",
    "application/json; charset=utf-16", "", "application/json, text/plain", "*/*", "application/problem+json",
]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", required=True, help="base URL of a running service, e.g. http://127.0.0.1:5080")
    parser.add_argument("--key", required=True, help="a writer key of that service")
    parser.add_argument("--count", type=int, default=3000, help="random requests after the fixed ones (default 3000)")
    parser.add_argument("--seed", type=int, default=1, help="random seed, so a run can be repeated (default 1)")
    args = parser.parse_args()
    target = urllib.parse.urlsplit(args.api)
    rng = random.Random(args.seed)
    barrage = Barrage(target.hostname, target.port or 80, args.key)
    for request in fixed_requests():
        barrage.send(*request)
    for _ in range(args.count):
        barrage.send(*random_request(rng))
    return barrage.report()


class Barrage:
    def __init__(self, host, port, key):
        self.host, self.port, self.key = host, port, key
        self.statuses = Counter()
        self.server_level = Counter()
        self.failures = []
        self.sent = 0
        self.slowest = (0.0, "")

    def send(self, name, method, path, body=None, content_type="application/json", with_key=True, headers=None):
        self.sent += 1
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}:{self.port}", "Connection: close"]
        if with_key:
            lines.append(f"X-Api-Key: {self.key}")
        if body is not None:
            if content_type:
                lines.append(f"Content-Type: {content_type}")
            lines.append(f"Content-Length: {len(body)}")
        lines += [f"{k}: {v}" for k, v in (headers or [])]
        raw = ("\r\n".join(lines) + "\r\n\r\n").encode("utf-8", "surrogatepass") + (body or b"")
        started = time.monotonic()
        try:
            status, response_headers, payload = self.exchange(raw, method)
        except (OSError, ValueError, http.client.HTTPException) as error:
            self.failures.append(f"{name}: no answer ({error})")
            return
        elapsed = time.monotonic() - started
        if elapsed > self.slowest[0]:
            self.slowest = (elapsed, name)
        self.statuses[status // 100 * 100] += 1
        self.check(name, method, status, response_headers, payload)

    def exchange(self, raw, method):
        with socket.create_connection((self.host, self.port), timeout=60) as connection:
            connection.sendall(raw)
            response = http.client.HTTPResponse(connection, method=method)
            response.begin()
            payload = response.read()
            return response.status, {k.lower(): v for k, v in response.getheaders()}, payload

    def check(self, name, method, status, headers, payload):
        if status >= 500:
            self.failures.append(f"{name}: {status} {payload[:300]!r}")
            return
        if status < 400 or method == "HEAD":
            return
        if not payload and headers.get("server") == "Kestrel" and status in (400, 414, 431):
            self.server_level[status] += 1
            return
        if not headers.get("content-type", "").startswith("application/problem+json"):
            self.failures.append(f"{name}: {status} not problem+json ({headers.get('content-type')}): {payload[:200]!r}")
            return
        try:
            problem = json.loads(payload)
        except ValueError:
            self.failures.append(f"{name}: {status} problem is not JSON: {payload[:200]!r}")
            return
        if problem.get("status") != status or not problem.get("title") or not (problem.get("detail") or problem.get("errors")):
            self.failures.append(f"{name}: {status} problem names no reason: {payload[:300]!r}")

    def report(self):
        print(f"{self.sent} requests: " + ", ".join(f"{k}xx {v}".replace("00xx", "xx") for k, v in sorted(self.statuses.items())))
        if self.server_level:
            print("rejected by Kestrel before the application (empty body): "
                  + ", ".join(f"{k}: {v}" for k, v in sorted(self.server_level.items())))
        print(f"slowest answer: {self.slowest[0]:.2f} s ({self.slowest[1]})")
        print(f"{len(self.failures)} answers break the rules (5xx, or a 4xx without problem details)")
        for failure in self.failures[:50]:
            print("  " + failure)
        return 1 if self.failures else 0


def body(**fields):
    return json.dumps(fields, ensure_ascii=False).encode("utf-8", "surrogatepass")


def fixed_requests():
    yield "title with NUL", "POST", "/api/v1/articles", body(title="a\u0000b", text=STORY)
    yield "NUL in text", "POST", "/api/v1/articles", body(text=STORY + "\u0000")
    yield "NUL in url", "POST", "/api/v1/articles", body(text=STORY, url="https://e.org/a\u0000")
    yield "2,800-character url", "POST", "/api/v1/articles", body(text=STORY, url="https://e.org/" + "".join(random.Random(2).choices("abcdefghijklmnopqrstuvwxyz0123456789", k=2800)))
    yield "publishedAt 9999", "POST", "/api/v1/articles", body(text=STORY, publishedAt="9999-06-15")
    yield "publishedAt 0001", "POST", "/api/v1/articles", body(text=STORY, publishedAt="0001-01-01")
    yield "page date 0001", "POST", "/api/v1/articles", body(html=f"<meta property='article:published_time' content='0001-01-01'><p>{STORY}</p>")
    yield "from=9999-12", "GET", "/api/v1/events?from=9999-12"
    yield "q with NUL", "GET", "/api/v1/events?q=a%00b"
    yield "actors q with NUL", "GET", "/api/v1/actors?q=a%00b"
    yield "actor x200", "GET", "/api/v1/events?" + "&".join(["actor=wang-yi"] * 200)
    yield "limit=abc", "GET", "/api/v1/events?limit=abc"
    yield "limit huge", "GET", "/api/v1/events?limit=99999999999"
    yield "active=yes", "GET", "/api/v1/actors?active=yes"
    yield "text/plain without key", "POST", "/api/v1/articles", b"x", "text/plain", False
    yield "from after to", "GET", "/api/v1/events?from=2025-06&to=2025-05"
    yield "nested divs", "POST", "/api/v1/articles", body(html="<div>" * 200_000 + STORY)
    yield "invalid UTF-8", "POST", "/api/v1/articles", b'{"text": "\xff\xfe"}'
    yield "deep JSON", "POST", "/api/v1/articles", b"[" * 100_000 + b"]" * 100_000
    for path in PATHS:
        yield f"GET {path[:60]}", "GET", path
    for method in METHODS:
        for path in ["/api/v1/articles", "/api/v1/events", "/health/ready"]:
            yield f"{method} {path}", method, path, body(text=STORY) if method in ("POST", "PUT", "PATCH") else None


def random_request(rng):
    kind = rng.choice(["body", "body", "body", "query", "query", "path", "method", "headers"])
    if kind == "body":
        return mutated_body(rng)
    if kind == "query":
        path = rng.choice(list(PARAMS))
        pairs = [(rng.choice(PARAMS[path] + ["zz", "limit", "q"]), rng.choice(HOSTILE_VALUES)) for _ in range(rng.randint(1, 6))]
        query = "&".join(f"{urllib.parse.quote(k)}={urllib.parse.quote(v, safe='', errors='surrogatepass')}" for k, v in pairs)
        return f"query {query[:80]}", "GET", f"{path}?{query}"
    if kind == "path":
        segment = urllib.parse.quote(rng.choice(HOSTILE_VALUES), safe="", errors="surrogatepass")
        return f"path {segment[:60]}", rng.choice(["GET", "DELETE"]), rng.choice(["/api/v1/actors/", "/api/v1/events/", "/api/v1/articles/"]) + segment
    if kind == "method":
        method = rng.choice(METHODS)
        path = rng.choice(["/api/v1/articles", "/api/v1/articles/batch", "/api/v1/extract", "/api/v1/events", "/api/v1/actors"])
        return f"{method} {path}", method, path, body(text=STORY) if rng.random() < 0.5 else None, rng.choice(CONTENT_TYPES), rng.random() < 0.7
    headers = [(rng.choice(["Accept", "Accept-Encoding", "If-None-Match", "If-Modified-Since", "Origin", "Range", "Content-Encoding"]),
                rng.choice(["text/html", "*/*", "gzip;q=x", "\"x\"", "yesterday", "https://evil.example", "bytes=0-1", "br", "x" * 3000]))]
    return f"headers {headers}", "GET", rng.choice(["/api/v1/events", "/api/v1/actors", "/nope"]), None, None, True, headers


def mutated_body(rng):
    fields = {"text": f"{STORY} {rng.random()}"}
    for _ in range(rng.randint(0, 4)):
        field = rng.choice(FIELDS)
        fields[field] = rng.choice(HOSTILE_VALUES + [42, True, None, [], {}, 1.5])
    raw = body(**fields)
    mutation = rng.choice(["none", "none", "cut", "flip", "repeat", "insert"])
    if mutation == "cut":
        raw = raw[: rng.randint(0, len(raw))]
    elif mutation == "flip" and raw:
        position = rng.randrange(len(raw))
        raw = raw[:position] + bytes([rng.randrange(256)]) + raw[position + 1:]
    elif mutation == "repeat":
        raw = raw * rng.randint(2, 5)
    elif mutation == "insert":
        position = rng.randrange(len(raw) + 1)
        raw = raw[:position] + rng.choice([b"\x00", b"\xff", b"{", b"\"", b"\\u0000", b"[" * 100]) + raw[position:]
    path = rng.choice(["/api/v1/articles", "/api/v1/articles", "/api/v1/extract", "/api/v1/articles/batch"])
    if path.endswith("batch") and rng.random() < 0.7:
        raw = b"[" + raw + b"]"
    return f"body {mutation} {raw[:60]!r}", "POST", path, raw, rng.choice(CONTENT_TYPES[:3] + ["application/json"] * 4), rng.random() < 0.9


if __name__ == "__main__":
    sys.exit(main())
