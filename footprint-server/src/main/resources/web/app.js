// Footprint's web app: the draft check. Talks only to this server's own /api/v1.
"use strict";

const API = "/api/v1";
const CSRF = document.querySelector('meta[name="csrf-token"]').content;
const DEBOUNCE_MS = 300;

function api(path, options = {}) {
  const headers = Object.assign({ "X-CSRF-Token": CSRF }, options.headers || {});
  return fetch(API + path, Object.assign({}, options, { headers, credentials: "same-origin" })).then(async (response) => {
    const body = await response.json();
    if (!response.ok) {
      throw new Error(body.detail || body.title || ("HTTP " + response.status));
    }
    return body;
  });
}

function element(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined) {
    node.textContent = text;
  }
  if (className) {
    node.className = className;
  }
  return node;
}

// The text with every evidence span marked; overlapping spans are merged so that each character is marked once.
function highlight(target, text, findings) {
  const spans = findings.flatMap((f) => f.evidence.filter((e) => !e.item_id).map((e) => [e.start, e.end]))
    .sort((a, b) => a[0] - b[0]);
  target.replaceChildren();
  let at = 0;
  for (const [start, end] of spans) {
    if (end <= at) {
      continue;
    }
    const from = Math.max(start, at);
    target.append(document.createTextNode(text.slice(at, from)), element("mark", text.slice(from, end)));
    at = end;
  }
  target.append(document.createTextNode(text.slice(at)));
}

function describe(finding) {
  const item = element("li");
  const heading = element("p");
  heading.append(element("span", finding.severity, "severity"), document.createTextNode(" " + finding.message));
  item.append(heading, element("p", finding.explanation));
  if (finding.clauses.length > 0) {
    item.append(element("p", "Code: " + finding.clauses.map((c) => c.code + " " + c.clause + " (" + c.summary + ")").join("; ")));
  }
  if (finding.suggestion) {
    item.append(element("p", "Suggested rewording: " + finding.suggestion));
  }
  const advice = element("ul");
  finding.remediation.forEach((r) => advice.append(element("li", r.advice)));
  item.append(advice, element("p", "Rule: " + finding.rule, "help"));
  return item;
}

function showCheck(text, result) {
  const verdict = document.getElementById("verdict");
  verdict.textContent = result.verdict;
  verdict.className = result.ok_to_post ? "ok" : "blocking";
  highlight(document.getElementById("highlighted"), text, result.findings);
  document.getElementById("findings").replaceChildren(...result.findings.map(describe));
}

function startDraftCheck() {
  const draft = document.getElementById("draft");
  const pack = document.getElementById("pack");
  let timer;
  let latest = 0;
  const check = () => {
    const text = draft.value;
    const asked = ++latest;
    if (text.trim() === "") {
      document.getElementById("verdict").textContent = "Type a draft to check it.";
      document.getElementById("findings").replaceChildren();
      document.getElementById("highlighted").replaceChildren();
      return;
    }
    api("/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, pack: pack.value }) })
      .then((result) => { if (asked === latest) { showCheck(text, result); } })
      .catch((error) => { document.getElementById("verdict").textContent = "The check failed: " + error.message; });
  };
  draft.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(check, DEBOUNCE_MS); });
  pack.addEventListener("change", check);
  document.getElementById("draft-form").addEventListener("submit", (event) => { event.preventDefault(); check(); });
  api("/packs").then((packs) => {
    packs.forEach((p) => {
      const option = element("option", p.title + " (" + p.code_title + ")");
      option.value = p.id;
      option.selected = p.default;
      pack.append(option);
    });
  });
}

document.addEventListener("DOMContentLoaded", startDraftCheck);
