// Editors on the timeline page: each event's history, and with an editor key (kept for this tab only) a form to
// correct its title, date or location with a reason. Corrections go through the API (PATCH with If-Match).
"use strict";

(() => {
  const keyInput = document.getElementById("editor-key");
  const keyState = document.getElementById("editor-state");
  const STORE = "timeline-editor-key";
  keyInput.value = sessionStorage.getItem(STORE) || "";

  function node(tag, className, text) {
    const created = document.createElement(tag);
    if (className) created.className = className;
    if (text !== undefined) created.textContent = text;
    return created;
  }

  function editorKey() {
    return keyInput.value.trim();
  }

  function describeChange(change) {
    const show = (value) => (value === null || value === undefined ? "—" : typeof value === "string" ? value : JSON.stringify(value));
    return `${change.field}: ${show(change.before)} → ${show(change.after)}`;
  }

  async function loadHistory(event, box) {
    const response = await fetch(`api/v1/events/${event.id}/history`, { headers: { Accept: "application/json" } });
    const body = await response.json();
    const entries = node("ol", "history-entries");
    for (const entry of body.items || []) {
      const line = node("li");
      const who = entry.who ? entry.who : "machine";
      line.append(node("span", "history-who", who), ` ${entry.action} `, node("time", null, entry.at.slice(0, 16).replace("T", " ")));
      for (const change of entry.changes) line.append(node("div", "history-change", describeChange(change)));
      if (entry.reason) line.append(node("div", "history-reason", `Why: ${entry.reason}`));
      entries.append(line);
    }
    box.replaceChildren(node("summary", null, "History"), entries);
  }

  function correctionForm(event, item) {
    const form = node("form", "correct");
    const field = (label, name, value, size) => {
      const wrapper = node("label", null, label);
      const input = node("input");
      input.name = name;
      input.value = value || "";
      input.size = size;
      wrapper.append(input);
      return wrapper;
    };
    const message = node("p", "correct-message");
    message.setAttribute("role", "status");
    form.append(field("Title", "title", event.title, 40), field("Date", "date", event.date, 10), field("Location", "location", event.location, 16),
      field("Why", "reason", "", 30), node("button", null, "Save correction"), message);
    form.querySelector("button").type = "submit";
    form.addEventListener("submit", async (submitted) => {
      submitted.preventDefault();
      const patch = {};
      for (const name of ["title", "date", "location"]) {
        const value = form.elements[name].value.trim();
        if (value && value !== (event[name] || "")) patch[name] = value;
      }
      patch.reason = form.elements.reason.value.trim();
      const current = await fetch(`api/v1/events/${event.id}`, { headers: { Accept: "application/json" } });
      const response = await fetch(`api/v1/events/${event.id}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/merge-patch+json", "If-Match": current.headers.get("ETag"), "X-Api-Key": editorKey() },
        body: JSON.stringify(patch),
      });
      const body = await response.json();
      if (!response.ok) {
        const reasons = body.errors ? Object.entries(body.errors).map(([name, messages]) => `${name}: ${messages.join(" ")}`) : [body.detail || body.title];
        message.textContent = `Not saved: ${reasons.join("; ")}`;
        return;
      }
      item.replaceChildren(...describeEvent(body));
    });
    return form;
  }

  window.timelineEditing = {
    controls(event) {
      const history = node("details", "history");
      history.append(node("summary", null, "History"));
      history.addEventListener("toggle", () => {
        if (history.open && !history.dataset.loaded) {
          history.dataset.loaded = "1";
          loadHistory(event, history).then(() => { history.open = true; });
        }
      });
      const controls = [history];
      if (editorKey()) {
        const button = node("button", "correct-open", "Correct");
        button.type = "button";
        button.addEventListener("click", () => {
          const item = button.closest(".event");
          if (!item.querySelector("form.correct")) item.append(correctionForm(event, item));
        });
        controls.push(button);
      }
      return controls;
    },
  };

  function showKeyState() {
    keyState.textContent = editorKey() ? "Editing on: each event has a Correct button." : "";
  }

  keyInput.addEventListener("change", () => {
    sessionStorage.setItem(STORE, editorKey());
    showKeyState();
    document.getElementById("filters").requestSubmit();
  });
  showKeyState();
})();
