#!/usr/bin/env python3
"""Captures the response examples of the OpenAPI document from a running service that holds the sample articles.

    scripts/run.sh                                   # in another terminal: the service with samples/articles loaded
    scripts/openapi-examples.py [BASE_URL]           # default http://127.0.0.1:5080; writer key from TIMELINE_API_KEY

Writes src/Timeline.Api/Infrastructure/OpenApi/examples.json: real answers, with long lists cut to a few items.
Run it again when a response shape changes (the OpenAPI lint checks every example against its schema).
"""
import json
import os
import pathlib
import sys
import urllib.parse
import urllib.request

BASE = (sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:5080").rstrip("/")
ROOT = pathlib.Path(__file__).resolve().parent.parent
OUT = ROOT / "src/Timeline.Api/Infrastructure/OpenApi/examples.json"
SAMPLE = ROOT / "samples/articles/001_901c893cc3c0e6c7.json"


def get(path, accept="application/json", raw=False):
    request = urllib.request.Request(BASE + path, headers={"Accept": accept})
    with urllib.request.urlopen(request) as response:
        body = response.read().decode("utf-8-sig")
    return body if raw else json.loads(body)


def post(path, body):
    headers = {"Content-Type": "application/json", "X-Api-Key": os.environ.get("TIMELINE_API_KEY", "timeline-dev-key")}
    request = urllib.request.Request(BASE + path, data=body.encode(), headers=headers, method="POST")
    with urllib.request.urlopen(request) as response:
        return json.loads(response.read())


def cut(items, n):
    return items[:n]


calls = get("/api/v1/events?type=call&actor=ma-zhaoxu")["items"]
call = calls[0]
page = {"items": [call], "nextCursor": get("/api/v1/events?type=call&limit=1")["nextCursor"]}
articles = get("/api/v1/articles?limit=2")
article_id = call["sources"][0]["articleId"]
article = get(f"/api/v1/articles/{article_id}")
article["events"] = [e for e in article["events"] if e["id"] == call["id"]]
facets = get("/api/v1/events/facets?limit=3")
facets["types"] = cut(facets["types"], 3)
facets["years"] = cut(facets["years"], 3)
facets["months"] = cut(facets["months"], 3)
actors = cut(get("/api/v1/actors?active=true"), 3)
preview = post("/api/v1/extract", SAMPLE.read_text())
preview["events"] = [e for e in preview["events"] if e["type"] == "call"][:1]
preview["actors"] = cut(preview["actors"], 3)
one = "type=call&actor=ma-zhaoxu"
timelinejs = get(f"/api/v1/events/export?format=timelinejs&{one}")
# The sample is stored already (unchanged) and the second item has no text (rejected): the batch stores nothing new.
batch = post("/api/v1/articles/batch", "[" + SAMPLE.read_text() + ', {"title": "No text"}]')

examples = {
    "ListEvents": {"200": page},
    "GetEvent": {"200": call},
    "EventFacets": {"200": facets},
    "ExportEvents": {
        "200": {
            "application/json": timelinejs,
            "text/csv": get(f"/api/v1/events/export?format=csv&{one}", raw=True),
            "text/calendar": get(f"/api/v1/events/export?format=ics&{one}", raw=True),
        }
    },
    "EventFeed": {"200": get(f"/api/v1/events/feed?limit=1&{one}", accept="application/atom+xml", raw=True)},
    "ListArticles": {"200": articles},
    "GetArticle": {"200": article},
    "IngestArticle": {"201": article, "200": article},
    "ListActors": {"200": actors},
    "GetActor": {"200": get("/api/v1/actors/ma-zhaoxu")},
    "PreviewExtraction": {"200": preview},
    "IngestArticleBatch": {"200": batch},
}
OUT.write_text(json.dumps(examples, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
print(f"wrote {OUT.relative_to(ROOT)} from {BASE}")
