// Footprint's web app: what every page shares. Talks only to this server's own /api/v1; every text from an export
// or a draft reaches the page through textContent or a text node, never as HTML.
"use strict";

const Footprint = (() => {
  const API = "/api/v1";
  const CSRF = document.querySelector('meta[name="csrf-token"]').content;
  // The pack chosen on the Settings page: kept in this browser only, the server's footprint.yaml is never rewritten.
  const PACK_KEY = "footprint.pack";
  // The review decisions, in the order of the review buttons and the keys 1–5.
  const DECISIONS = ["keep", "delete", "edited", "false-positive", "untagged"];

  async function api(path, options = {}) {
    const headers = Object.assign({ "X-CSRF-Token": CSRF }, options.headers || {});
    const response = await fetch(API + path, Object.assign({}, options, { headers, credentials: "same-origin" }));
    const type = response.headers.get("Content-Type") || "";
    const body = type.includes("json") ? await response.json() : await response.text();
    if (!response.ok) {
      const problem = typeof body === "object" ? body : {};
      const error = new Error(problem.detail || problem.title || ("HTTP " + response.status));
      error.status = response.status;
      throw error;
    }
    return body;
  }

  function sendJson(method, path, value) {
    return api(path, { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(value) });
  }

  function element(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  // The text with the evidence spans that lie in it marked (a span in another item has an item_id); overlapping
  // spans are merged so that each character is marked once.
  function highlight(target, text, evidence) {
    const spans = evidence.filter((e) => !e.item_id && e.end > e.start).map((e) => [e.start, e.end]).sort((a, b) => a[0] - b[0]);
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

  // "false-positive" → "False positive", as the HTML report labels ids.
  function label(id) {
    const words = String(id).replace(/-/g, " ");
    return words.charAt(0).toUpperCase() + words.slice(1);
  }

  function severityBadge(severity) {
    return element("span", severity, "sev sev-" + severity);
  }

  function clauseText(clause) {
    return clause.code + " " + clause.clause + " (" + clause.summary + ")" + (clause.verified ? "" : " (unverified)");
  }

  function definitions(list, term, ...details) {
    const dd = element("dd");
    dd.append(...details);
    list.append(element("dt", term), dd);
    return dd;
  }

  // A finding as the pages show it: its heading, the post with the evidence marked, why, the code's clauses
  // (unverified ones marked), the suggested rewording and what to do. Returns the parts a page adds to.
  function findingArticle(finding, headingTag, title) {
    const article = element("article", undefined, "finding");
    article.dataset.severity = finding.severity;
    const heading = element(headingTag);
    heading.append(severityBadge(finding.severity), document.createTextNode(" " + title));
    const post = element("blockquote", undefined, "post");
    highlight(post, finding.item.text || "", finding.evidence);
    const explained = element("dl", undefined, "explained");
    definitions(explained, "Why", finding.explanation);
    if (finding.clauses.length > 0) {
      const clauses = element("ul");
      finding.clauses.forEach((c) => clauses.append(element("li", clauseText(c), c.verified ? undefined : "unverified")));
      definitions(explained, "Code", clauses);
    }
    if (finding.suggestion) {
      definitions(explained, "Suggested rewording", finding.suggestion);
    }
    const todo = element("ul");
    finding.remediation.forEach((r) => todo.append(element("li", r.advice)));
    const whatToDo = definitions(explained, "What to do", todo);
    article.append(heading, post, explained);
    return { article, heading, whatToDo };
  }

  function storedPack() {
    return localStorage.getItem(PACK_KEY) || "";
  }

  function storePack(id) {
    if (id) {
      localStorage.setItem(PACK_KEY, id);
    } else {
      localStorage.removeItem(PACK_KEY);
    }
  }

  // Fills a <select> with the packs: first the server's own choice (footprint.yaml's pack, else the default pack), sent
  // as no pack at all; the one stored on the Settings page is chosen when there is one.
  async function fillPacks(select) {
    const [packs, settings] = await Promise.all([api("/packs"), api("/settings")]);
    const own = packs.find((p) => p.id === settings.config_pack) || packs.find((p) => p.default);
    const serverChoice = element("option", own.title + " (" + own.code_title + "): your settings");
    serverChoice.value = "";
    select.append(serverChoice);
    const stored = storedPack();
    for (const pack of packs) {
      const option = element("option", pack.title + " (" + pack.code_title + ")");
      option.value = pack.id;
      option.selected = pack.id === stored;
      select.append(option);
    }
    return settings;
  }

  // The scans this server ran (newest first), those still running included.
  async function serverScans() {
    const listed = await api("/scans");
    return listed.scans || [];
  }

  function debounce(action, ms) {
    let timer;
    return (...args) => {
      clearTimeout(timer);
      timer = setTimeout(() => action(...args), ms);
    };
  }

  function formatDate(iso) {
    return iso ? iso.replace("T", " ").replace(/(\.\d+)?Z$/, " UTC") : "no date";
  }

  return { DECISIONS, api, sendJson, element, highlight, label, severityBadge, findingArticle, storedPack, storePack, fillPacks, serverScans, debounce, formatDate };
})();
