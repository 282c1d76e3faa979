// The Findings page: one scan's findings, filtered and paged by the server, each with its post and evidence marked,
// why, the clauses, what to do and the review buttons; j/k (or the arrow keys) move, 1–5 decide.
"use strict";

(() => {
  const { DECISIONS, api, sendJson, element, label, findingArticle, serverScans, debounce, formatDate } = Footprint;
  const PAGE = 20;
  const PLATFORMS = ["twitter", "facebook", "instagram", "linkedin", "mastodon", "bluesky", "tiktok", "reddit", "youtube", "whatsapp", "draft"];
  const DECIDED = { "keep": "Kept", "delete": "To delete", "edited": "Edited", "false-positive": "False positive", "untagged": "Untagged" };
  const form = document.getElementById("filters");
  const list = document.getElementById("findings");
  const shown = document.getElementById("shown");
  const announce = document.getElementById("announce");
  let scanId = null;
  let offset = 0;
  let total = 0;
  let loads = 0;

  // The filters live in the address, so that a reload (or a link) shows the same findings: read once the scan's
  // categories are among the options.
  function readAddress() {
    const query = new URLSearchParams(location.search);
    for (const field of form.elements) {
      if (field.name && query.has(field.name)) {
        field.value = query.get(field.name);
      }
    }
    offset = Math.max(0, parseInt(query.get("offset") || "0", 10) || 0);
  }

  function filterQuery() {
    const query = new URLSearchParams();
    for (const field of form.elements) {
      if (field.name && field.value !== "") {
        query.set(field.name, field.value);
      }
    }
    return query;
  }

  function writeAddress() {
    const query = filterQuery();
    query.set("scan", scanId);
    if (offset > 0) {
      query.set("offset", String(offset));
    }
    history.replaceState(null, "", "?" + query);
  }

  function reviewState(finding) {
    return finding.review ? DECIDED[finding.review.decision] + ", " + formatDate(finding.review.decided_at) : "Open";
  }

  function reviewButtons(finding, state) {
    const group = element("div", undefined, "review");
    group.setAttribute("role", "group");
    group.setAttribute("aria-label", "Your decision on this finding");
    DECISIONS.forEach((decision, n) => {
      const button = element("button", (n + 1) + " " + label(decision));
      button.type = "button";
      button.dataset.decision = decision;
      button.setAttribute("aria-pressed", String(Boolean(finding.review) && finding.review.decision === decision));
      button.addEventListener("click", () => decide(finding, decision, group, state));
      group.append(button);
    });
    return group;
  }

  async function decide(finding, decision, group, state) {
    try {
      const answer = await sendJson("PUT", "/findings/" + encodeURIComponent(finding.id) + "/review", { decision });
      finding.review = answer.review;
      state.textContent = reviewState(finding);
      group.querySelectorAll("button").forEach((b) => b.setAttribute("aria-pressed", String(b.dataset.decision === decision)));
      announce.textContent = "Marked " + label(decision) + ": " + finding.message;
    } catch (error) {
      announce.textContent = "The decision was not saved: " + error.message;
    }
  }

  function describe(finding) {
    const item = finding.item;
    const { article, heading, whatToDo } = findingArticle(finding, "h2", label(finding.category) + ": " + finding.message);
    article.tabIndex = -1;
    article.dataset.id = finding.id;
    heading.id = "finding-" + list.children.length;
    article.setAttribute("aria-labelledby", heading.id);
    heading.after(element("p", [item.platform, item.kind, formatDate(item.created_at), "audience " + item.audience, label(finding.involvement)].join(" · "), "meta"));
    if (item.permalink) {
      const link = element("a", "Open the post on " + item.platform);
      link.href = item.permalink;
      link.rel = "noreferrer noopener";
      link.target = "_blank";
      whatToDo.append(link);
    }
    const state = element("span", reviewState(finding), "state");
    const stateLine = element("p", "Review: ", "review-state");
    stateLine.append(state);
    article.append(stateLine, reviewButtons(finding, state), element("p", "Rule " + finding.rule, "meta"));
    const entry = element("li");
    entry.append(article);
    return entry;
  }

  // The list is busy (aria-busy) until the latest page asked for is shown; an answer to an earlier ask is dropped.
  async function load() {
    writeAddress();
    const asked = ++loads;
    const query = filterQuery();
    query.set("offset", String(offset));
    query.set("limit", String(PAGE));
    list.setAttribute("aria-busy", "true");
    try {
      const page = await api("/scans/" + encodeURIComponent(scanId) + "/findings?" + query);
      if (asked !== loads) {
        return;
      }
      total = page.total;
      list.replaceChildren();
      page.findings.forEach((finding) => list.append(describe(finding)));
      shown.textContent = total === 0 ? "No finding matches these filters."
        : "Showing " + (offset + 1) + "–" + (offset + page.findings.length) + " of " + total + " findings.";
      document.getElementById("previous").disabled = offset === 0;
      document.getElementById("next").disabled = offset + PAGE >= total;
    } catch (error) {
      shown.textContent = "The findings could not be loaded: " + error.message;
    } finally {
      if (asked === loads) {
        list.setAttribute("aria-busy", "false");
      }
    }
  }

  function articles() {
    return [...list.querySelectorAll("article.finding")];
  }

  function move(step) {
    const all = articles();
    if (all.length === 0) {
      return;
    }
    const at = all.indexOf(document.activeElement.closest ? document.activeElement.closest("article.finding") : null);
    const next = all[Math.min(all.length - 1, Math.max(0, at < 0 ? 0 : at + step))];
    next.focus();
    next.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", (event) => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.target.closest("input, select, textarea")) {
      return;
    }
    if (event.key === "j" || event.key === "ArrowDown") {
      move(1);
    } else if (event.key === "k" || event.key === "ArrowUp") {
      move(-1);
    } else if (/^[1-5]$/.test(event.key)) {
      const current = document.activeElement.closest && document.activeElement.closest("article.finding");
      if (!current) {
        return;
      }
      current.querySelector('button[data-decision="' + DECISIONS[Number(event.key) - 1] + '"]').click();
    } else {
      return;
    }
    event.preventDefault();
  });

  form.addEventListener("change", () => { offset = 0; load(); });
  form.addEventListener("input", debounce((event) => { if (event.target.type === "search") { offset = 0; load(); } }, 300));
  form.addEventListener("submit", (event) => event.preventDefault());
  document.getElementById("previous").addEventListener("click", () => { offset = Math.max(0, offset - PAGE); load(); });
  document.getElementById("next").addEventListener("click", () => { offset += PAGE; load(); });

  function fill(select, values) {
    values.forEach((value) => {
      const option = element("option", label(value));
      option.value = value;
      select.append(option);
    });
  }

  async function start() {
    fill(document.getElementById("platform"), PLATFORMS);
    const asked = new URLSearchParams(location.search).get("scan");
    const scans = await serverScans();
    const scan = asked ? await api("/scans/" + encodeURIComponent(asked)) : scans.find((s) => s.state === "done");
    const facts = document.getElementById("scan-facts");
    if (!scan) {
      facts.textContent = "No scan has finished on this server yet: start one on the Scan page.";
      return;
    }
    scanId = scan.id;
    fill(document.getElementById("category"), Object.keys(scan.by_category || {}));
    readAddress();
    facts.textContent = "The scan of " + (scan.files || []).join(", ") + " against " + scan.pack + ", finished " + formatDate(scan.finished_at)
      + ": " + scan.findings + " findings.";
    await load();
  }

  start().catch((error) => { document.getElementById("scan-facts").textContent = "The scan could not be loaded: " + error.message; });
})();
