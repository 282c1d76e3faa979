// The Draft check page: the draft judged as you type (debounced), its evidence marked in place behind the text box.
"use strict";

(() => {
  const { api, element, highlight, findingArticle, fillPacks, debounce } = Footprint;
  const DEBOUNCE_MS = 300;
  const draft = document.getElementById("draft");
  const backdrop = document.getElementById("backdrop");
  const verdict = document.getElementById("verdict");
  const findings = document.getElementById("findings");
  const pack = document.getElementById("pack");
  let latest = 0;

  function describe(finding) {
    const { article } = findingArticle(finding, "h3", finding.message);
    article.append(element("p", "Rule: " + finding.rule, "meta"));
    const item = element("li");
    item.append(article);
    return item;
  }

  function show(text, result) {
    verdict.textContent = result.verdict;
    verdict.className = result.ok_to_post ? "ok" : "blocking";
    highlight(backdrop, text + "\n", result.findings.flatMap((f) => f.evidence));
    findings.replaceChildren(...result.findings.map(describe));
  }

  function check() {
    const text = draft.value;
    const asked = ++latest;
    if (text.trim() === "") {
      verdict.textContent = "Type a draft to check it.";
      verdict.className = "";
      findings.replaceChildren();
      backdrop.replaceChildren();
      return;
    }
    api("/check", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text, pack: pack.value || null }) })
      .then((result) => { if (asked === latest) { show(text, result); } })
      .catch((error) => { verdict.textContent = "The check failed: " + error.message; });
  }

  const later = debounce(check, DEBOUNCE_MS);
  draft.addEventListener("input", () => {
    // The marks no longer line up with what is typed until the answer comes: clear them at once.
    backdrop.textContent = draft.value + "\n";
    later();
  });
  draft.addEventListener("scroll", () => { backdrop.scrollTop = draft.scrollTop; });
  pack.addEventListener("change", check);
  document.getElementById("draft-form").addEventListener("submit", (event) => { event.preventDefault(); check(); });
  fillPacks(pack).then(() => { if (draft.value) { check(); } });
})();
