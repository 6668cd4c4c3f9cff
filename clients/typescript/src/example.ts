// A typed client of the Timeline API, generated from its OpenAPI document (openapi-typescript) and used
// through openapi-fetch: lists, filters and pages events. It compiles under tsc --strict with no casts, so a
// wrong parameter name, enum value or response field is a compile error.
//
//   node dist/src/example.js http://127.0.0.1:5080
import createClient from "openapi-fetch";
import type { components, paths } from "../generated/timeline.js";

type Event = components["schemas"]["EventResponse"];
type EventType = Event["type"];

const baseUrl = process.argv[2] ?? process.env["TIMELINE_URL"] ?? "http://127.0.0.1:5080";
const client = createClient<paths>({ baseUrl });

function describe(event: Event): string {
  const date = event.date ?? "undated";
  const people = event.participants.map((p) => p.name).join(", ");
  return `${date} [${event.type}] ${event.title} (${people}; ${event.sourceCount} source(s))`;
}

async function firstPage(): Promise<Event[]> {
  const { data, error } = await client.GET("/api/v1/events", { params: { query: { limit: 5 } } });
  if (error !== undefined) {
    throw new Error(`listing failed: ${JSON.stringify(error)}`);
  }
  return data.items;
}

async function filtered(types: EventType[], from: string): Promise<Event[]> {
  const { data, error } = await client.GET("/api/v1/events", {
    params: { query: { type: types, from, order: "desc", limit: 50 } },
  });
  if (error !== undefined) {
    throw new Error(`filtering failed: ${JSON.stringify(error)}`);
  }
  return data.items;
}

async function everyEvent(pageSize: number): Promise<Event[]> {
  const all: Event[] = [];
  let cursor: string | null = null;
  do {
    const query: { limit: number; cursor?: string } = cursor === null ? { limit: pageSize } : { limit: pageSize, cursor };
    const { data, error } = await client.GET("/api/v1/events", { params: { query } });
    if (error !== undefined) {
      throw new Error(`paging failed: ${JSON.stringify(error)}`);
    }
    all.push(...data.items);
    cursor = data.nextCursor;
  } while (cursor !== null);
  return all;
}

async function badFilterIsAProblem(): Promise<string[]> {
  const { error, response } = await client.GET("/api/v1/events", { params: { query: { limit: 0 } } });
  if (error === undefined || response.status !== 400) {
    throw new Error(`limit=0 should be refused, got ${response.status}`);
  }
  return Object.keys(error.errors ?? {});
}

const page = await firstPage();
console.log(`first page: ${page.length} event(s)`);
page.forEach((event) => console.log(`  ${describe(event)}`));

const calls = await filtered(["call", "meeting"], "2025-01");
console.log(`calls and meetings since 2025-01, newest first: ${calls.length}`);
calls.forEach((event) => console.log(`  ${describe(event)}`));
if (calls.some((event) => event.type !== "call" && event.type !== "meeting")) {
  throw new Error("the type filter let another type through");
}

const all = await everyEvent(2);
const ids = new Set(all.map((event) => event.id));
console.log(`paged through ${all.length} event(s) two at a time, ${ids.size} distinct`);
if (ids.size !== all.length || all.length === 0) {
  throw new Error("pages repeated an event or the timeline is empty");
}

console.log(`limit=0 is refused naming: ${(await badFilterIsAProblem()).join(", ")}`);
