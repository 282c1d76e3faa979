// The Overview page: a scan's summary as the HTML report draws it (the server renders it: charts, strengths, the
// settings checklist, old items), the store's history of scans and what changed between two of them.
"use strict";

(() => {
  const { DECISIONS, api, element, label, formatDate } = Footprint;
  const choice = document.getElementById("scan");
  const state = document.getElementById("overview-state");
  const summary = document.getElementById("summary");

  async function showSummary(id) {
    state.textContent = "Loading the summary of scan " + id + "…";
    const html = await api("/scans/" + encodeURIComponent(id) + "/summary");
    // The server escaped every text from the exports; parsed apart, nothing in it can run.
    const parsed = new DOMParser().parseFromString(html, "text/html");
    summary.replaceChildren(...parsed.body.childNodes);
    await showReviewsNow(id);
    const downloads = document.getElementById("downloads");
    downloads.querySelectorAll("a").forEach((link) => {
      link.href = "/api/v1/scans/" + encodeURIComponent(id) + "/report?format=" + link.dataset.format;
    });
    downloads.hidden = false;
    state.textContent = "Summary of the scan of " + choice.selectedOptions[0].textContent + ".";
  }

  // The report counted the reviews when the scan ended; decisions made since are counted again, from the store.
  async function showReviewsNow(id) {
    const heading = [...summary.querySelectorAll("h3")].find((h) => h.textContent === "Review");
    if (!heading || !heading.nextElementSibling) {
      return;
    }
    const count = async (review) => (await api("/scans/" + encodeURIComponent(id) + "/findings?limit=1&review=" + review)).total;
    const [all, open, ...decided] = await Promise.all(["all", "open", ...DECISIONS].map(count));
    const parts = DECISIONS.map((decision, n) => [decision, decided[n]]).filter(([, n]) => n > 0).map(([decision, n]) => label(decision) + " " + n);
    heading.nextElementSibling.textContent = open + " open, " + (all - open) + " reviewed" + (parts.length > 0 ? " (" + parts.join(", ") + ")" : "")
      + ". Review them on the Findings page.";
  }

  function scanName(scan) {
    return (scan.files || []).join(", ") + ", finished " + formatDate(scan.finished_at);
  }

  function option(value, text) {
    const node = element("option", text);
    node.value = value;
    return node;
  }

  function showHistory(history) {
    const rows = history.map((scan) => {
      const row = element("tr");
      row.append(element("th", String(scan.id)), element("td", formatDate(scan.started_at)), element("td", scan.pack),
        element("td", String(scan.items_scanned)), element("td", String(scan.findings)));
      row.firstChild.scope = "row";
      return row;
    });
    document.querySelector("#history tbody").replaceChildren(...rows);
    for (const select of [document.getElementById("before"), document.getElementById("after")]) {
      select.replaceChildren(...history.map((scan) => option(scan.id, "Scan " + scan.id + ", " + formatDate(scan.started_at))));
    }
    if (history.length > 1) {
      document.getElementById("before").value = String(history[1].id);
      document.getElementById("after").value = String(history[0].id);
    }
  }

  function diffSection(title, findings) {
    const section = element("section");
    section.append(element("h3", title + " (" + findings.length + ")"));
    const items = element("ul");
    findings.forEach((f) => {
      const item = element("li");
      item.append(Footprint.severityBadge(f.severity), document.createTextNode(" " + label(f.category) + ": " + f.message));
      items.append(item);
    });
    section.append(items);
    return section;
  }

  document.getElementById("diff-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const target = document.getElementById("diff");
    const query = new URLSearchParams({ before: document.getElementById("before").value, after: document.getElementById("after").value });
    try {
      const diff = await api("/diff?" + query);
      target.replaceChildren(element("p", "Scan " + diff.before + " → scan " + diff.after + ": " + diff.counts.new + " new, "
        + diff.counts.resolved + " resolved, " + diff.counts.unchanged + " unchanged findings."),
        diffSection("New", diff.new), diffSection("Resolved", diff.resolved));
    } catch (error) {
      target.replaceChildren(element("p", "The scans could not be compared: " + error.message));
    }
  });

  choice.addEventListener("change", () => showSummary(choice.value).catch((error) => { state.textContent = error.message; }));

  async function start() {
    const listed = await api("/scans");
    showHistory(listed.history || []);
    const done = (listed.scans || []).filter((scan) => scan.state === "done");
    choice.replaceChildren(...done.map((scan) => option(scan.id, scanName(scan))));
    const asked = new URLSearchParams(location.search).get("scan");
    if (done.length === 0) {
      state.textContent = "No scan has finished on this server yet: start one on the Scan page.";
      return;
    }
    choice.value = asked && done.some((scan) => scan.id === asked) ? asked : done[0].id;
    await showSummary(choice.value);
  }

  start().catch((error) => { state.textContent = "The overview could not be loaded: " + error.message; });
})();
