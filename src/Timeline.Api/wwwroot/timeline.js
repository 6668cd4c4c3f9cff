// The timeline page: reads the filters from the address, asks the API for events and facet counts, and draws
// them grouped by year. No framework and nothing from other sites: it must work on a machine with no network.
"use strict";

const form = document.getElementById("filters");
const list = document.getElementById("events");
const summary = document.getElementById("summary");
const more = document.getElementById("more");
const error = document.getElementById("error");
const FILTERS = ["from", "to", "type", "actor", "q", "publisher"];
let nextCursor = null;
let lastYear = null;

function filterQuery() {
  const query = new URLSearchParams();
  for (const name of FILTERS) {
    const value = form.elements[name].value.trim();
    if (value) query.set(name, value);
  }
  return query;
}

function element(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

async function getJson(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) {
    const reasons = body.errors ? Object.entries(body.errors).map(([name, messages]) => `${name}: ${messages.join(" ")}`) : [body.detail || body.title];
    throw new Error(reasons.join("; "));
  }
  return body;
}

function describeDate(event) {
  if (!event.date) return "undated";
  const [year, month, day] = event.date.split("-").map(Number);
  const options = { timeZone: "UTC", year: "numeric" };
  if (month) options.month = "long";
  if (day) options.day = "numeric";
  return new Date(Date.UTC(year, (month || 1) - 1, day || 1)).toLocaleDateString("en-US", options);
}

function drawEvent(event) {
  const year = event.date ? event.date.slice(0, 4) : "Undated";
  if (year !== lastYear) {
    list.append(element("li", "year", year));
    lastYear = year;
  }
  const item = element("li", "event");
  item.dataset.id = event.id;
  item.append(...describeEvent(event));
  list.append(item);
}

// The parts of an event's entry that a correction can change; the editing script redraws them after one.
function describeEvent(event) {
  const parts = [];
  const heading = element("p");
  heading.append(element("span", "when", describeDate(event)), element("span", "type", event.type.replace("_", " ")));
  if (event.status && event.status !== "extracted") {
    const badge = element("span", `status status-${event.status}`, event.status);
    badge.title = event.status === "verified" ? "Checked by an editor" : event.status === "added" ? "Added by an editor" : "Corrected by an editor";
    heading.append(badge);
  }
  parts.push(heading, element("h2", null, event.title));
  for (const correction of event.corrections || []) {
    if (correction.machine !== null && correction.machine !== undefined) {
      parts.push(element("p", "machine", `${correction.field} as extracted: ${typeof correction.machine === "string" ? correction.machine : JSON.stringify(correction.machine)}`));
    }
  }
  const people = event.participants.map((p) => (p.role ? `${p.name} (${p.role})` : p.name));
  if (people.length) parts.push(element("p", "who", people.join(" · ")));
  if (event.location) parts.push(element("p", "where", event.location));
  const sources = element("details");
  const count = event.sourceCount === 1 ? "1 source" : `${event.sourceCount} sources`;
  sources.append(element("summary", null, `${count}, ${event.publisherCount === 1 ? "1 publisher" : `${event.publisherCount} publishers`}`));
  for (const source of event.sources) {
    const cite = element("p");
    const name = [source.publisher, source.title].filter(Boolean).join(": ") || "Article";
    if (source.url && /^https?:\/\//.test(source.url)) {
      const link = element("a", null, name);
      link.href = source.url;
      link.rel = "noopener noreferrer";
      cite.append(link);
    } else {
      cite.append(name);
    }
    if (source.publishedAt) cite.append(` (${source.publishedAt})`);
    sources.append(cite, element("blockquote", null, source.evidence));
  }
  parts.push(sources);
  if (window.timelineEditing) parts.push(...window.timelineEditing.controls(event));
  return parts;
}

function drawFacets(facets) {
  summary.replaceChildren(element("strong", null, `${facets.total} event${facets.total === 1 ? "" : "s"}`), " ");
  for (const type of facets.types) {
    summary.append(element("span", "facet", `${type.type.replace("_", " ")} ${type.count}`));
  }
}

async function loadPage() {
  const query = filterQuery();
  query.set("limit", "50");
  query.set("order", form.elements.order.value);
  if (nextCursor) query.set("cursor", nextCursor);
  const page = await getJson(`api/v1/events?${query}`);
  page.items.forEach(drawEvent);
  nextCursor = page.nextCursor;
  more.hidden = !nextCursor;
}

async function show() {
  error.hidden = true;
  list.replaceChildren();
  summary.replaceChildren("Loading…");
  nextCursor = null;
  lastYear = null;
  const query = filterQuery();
  for (const [id, path] of [["export-csv", "export?format=csv&"], ["export-timelinejs", "export?format=timelinejs&"], ["export-ics", "export?format=ics&"], ["feed", "feed?"]]) {
    document.getElementById(id).href = `api/v1/events/${path}${query}`;
  }
  try {
    const [facets] = await Promise.all([getJson(`api/v1/events/facets?${query}`), loadPage()]);
    drawFacets(facets);
  } catch (failure) {
    summary.replaceChildren();
    error.textContent = `The timeline could not be loaded: ${failure.message}`;
    error.hidden = false;
  }
}

function readAddress() {
  const query = new URLSearchParams(location.search);
  for (const name of [...FILTERS, "order"]) {
    if (query.has(name)) form.elements[name].value = query.get(name);
  }
}

form.addEventListener("submit", (submitted) => {
  submitted.preventDefault();
  const query = filterQuery();
  if (form.elements.order.value === "desc") query.set("order", "desc");
  history.replaceState(null, "", query.size ? `?${query}` : location.pathname);
  show();
});

more.addEventListener("click", () => loadPage().catch((failure) => {
  error.textContent = failure.message;
  error.hidden = false;
}));

readAddress();
show();
