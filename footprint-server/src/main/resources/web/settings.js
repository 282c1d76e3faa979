// The Settings page: the pack kept in this browser, names added to the private watch-list (the server keeps only
// their hashes), and where the store is.
"use strict";

(() => {
  const { sendJson, fillPacks, storePack } = Footprint;
  const pack = document.getElementById("pack");
  const packState = document.getElementById("pack-state");
  const watchState = document.getElementById("watch-state");

  function entries(n) {
    return n + (n === 1 ? " entry" : " entries");
  }

  pack.addEventListener("change", () => {
    storePack(pack.value);
    packState.textContent = pack.value ? "Scans and drafts will be judged against " + pack.selectedOptions[0].textContent + "."
      : "Scans and drafts will use your settings' code (footprint.yaml's, else the default).";
  });

  document.getElementById("watch-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    const field = document.getElementById("names");
    const names = field.value.split("\n").map((line) => line.trim()).filter((line) => line !== "");
    if (names.length === 0) {
      watchState.textContent = "Type at least one name.";
      return;
    }
    try {
      const result = await sendJson("POST", "/watch-list", { names });
      field.value = "";
      watchState.textContent = "Added " + entries(result.added) + "; the watch-list holds " + entries(result.entries) + ".";
    } catch (error) {
      watchState.textContent = "Nothing was added: " + error.message;
    }
  });

  async function start() {
    const settings = await fillPacks(pack);
    document.getElementById("database").textContent = settings.database;
    document.getElementById("config-pack").textContent = settings.config_pack ? "pack: " + settings.config_pack : "no pack set (the default pack)";
    watchState.textContent = "The watch-list holds " + entries(settings.watch_list_entries) + ".";
  }

  start().catch((error) => { watchState.textContent = "The settings could not be loaded: " + error.message; });
})();
