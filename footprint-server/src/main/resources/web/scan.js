// The Scan page: exports dropped or chosen, uploaded to this server, and the scan's progress polled until it ends.
"use strict";

(() => {
  const { api, element, fillPacks, label } = Footprint;
  const POLL_MS = 500;
  const FINISHED = ["done", "failed", "cancelled"];
  const chosen = [];
  const chosenLine = document.getElementById("chosen");
  const pack = document.getElementById("pack");
  const start = document.getElementById("start");
  const cancel = document.getElementById("cancel");
  let scanId = null;

  function showChosen() {
    chosenLine.textContent = chosen.length === 0 ? "Nothing chosen yet."
      : "To scan: " + chosen.map((upload) => upload.name).join(", ") + ".";
  }

  function addFiles(files) {
    for (const file of files) {
      chosen.push({ name: file.name, blob: file });
    }
    showChosen();
  }

  // A folder's files, packed into one zip so that the export's layout survives the upload (each upload is one file).
  async function addFolder(name, files) {
    chosenLine.textContent = "Packing the folder " + name + "…";
    chosen.push({ name: name + ".zip", blob: await StoredZip.of(files) });
    showChosen();
  }

  document.getElementById("files").addEventListener("change", (event) => addFiles(event.target.files));
  document.getElementById("folder").addEventListener("change", (event) => {
    const files = [...event.target.files].map((file) => ({ path: file.webkitRelativePath || file.name, file }));
    if (files.length > 0) {
      addFolder(files[0].path.split("/")[0], files).catch((error) => { chosenLine.textContent = error.message; });
    }
  });

  const drop = document.getElementById("drop");
  drop.addEventListener("dragover", (event) => { event.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (event) => {
    event.preventDefault();
    drop.classList.remove("over");
    const entries = [...event.dataTransfer.items].map((item) => item.webkitGetAsEntry && item.webkitGetAsEntry()).filter(Boolean);
    for (const entry of entries) {
      if (entry.isDirectory) {
        folderFiles(entry, entry.name).then((files) => addFolder(entry.name, files)).catch((error) => { chosenLine.textContent = error.message; });
      } else {
        entry.file((file) => addFiles([file]));
      }
    }
  });

  // Every file under a dropped folder, with its path inside it.
  async function folderFiles(directory, path) {
    const reader = directory.createReader();
    const files = [];
    for (let batch = await readBatch(reader); batch.length > 0; batch = await readBatch(reader)) {
      for (const entry of batch) {
        if (entry.isDirectory) {
          files.push(...await folderFiles(entry, path + "/" + entry.name));
        } else {
          files.push({ path: path + "/" + entry.name, file: await new Promise((resolve, reject) => entry.file(resolve, reject)) });
        }
      }
    }
    return files;
  }

  function readBatch(reader) {
    return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
  }

  function text(id, value) {
    document.getElementById(id).textContent = value;
  }

  function showScan(scan) {
    const progress = scan.progress || {};
    text("state", label(scan.state) + (scan.state === "done" ? ": " + scan.findings + " findings." : scan.error ? ": " + scan.error.detail : "."));
    text("items-read", String(progress.items_read || 0));
    const finished = FINISHED.includes(scan.state);
    text("current-file", finished ? "–" : progress.current_file || "–");
    text("problem-count", String(progress.problems || 0));
    const bar = document.getElementById("bar");
    if (progress.bytes_total > 0) {
      bar.max = progress.bytes_total;
      bar.value = Math.min(progress.bytes_read || 0, progress.bytes_total);
    }
    document.getElementById("problems").replaceChildren(...(scan.problems || []).map((p) =>
      element("li", p.file + (p.entry ? " › " + p.entry : "") + ": " + p.message + " (" + p.code + ")")));
    cancel.hidden = finished;
    start.disabled = !finished;
    for (const id of ["to-findings", "to-overview"]) {
      const link = document.getElementById(id);
      link.hidden = scan.state !== "done";
      link.href = link.pathname + "?scan=" + encodeURIComponent(scan.id);
    }
    if (finished) {
      bar.max = 1;
      bar.value = 1;
    }
    return finished;
  }

  async function follow(id) {
    for (;;) {
      const scan = await api("/scans/" + encodeURIComponent(id));
      if (showScan(scan)) {
        return;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  document.getElementById("scan-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    if (chosen.length === 0) {
      chosenLine.textContent = "Choose or drop at least one export first.";
      return;
    }
    const form = new FormData();
    chosen.forEach((upload) => form.append("file", upload.blob, upload.name));
    if (pack.value) {
      form.append("pack", pack.value);
    }
    document.getElementById("scan-progress").hidden = false;
    start.disabled = true;
    text("state", "Uploading " + chosen.length + (chosen.length === 1 ? " file…" : " files…"));
    try {
      const queued = await api("/scans", { method: "POST", body: form });
      scanId = queued.id;
      chosen.length = 0;
      document.getElementById("files").value = "";
      document.getElementById("folder").value = "";
      showChosen();
      await follow(scanId);
    } catch (error) {
      text("state", "The scan could not run: " + error.message);
      start.disabled = false;
    }
  });

  cancel.addEventListener("click", () => {
    if (scanId) {
      api("/scans/" + encodeURIComponent(scanId), { method: "DELETE" }).catch((error) => text("state", "Cancelling failed: " + error.message));
    }
  });

  fillPacks(pack);
})();

// A zip of stored (uncompressed) entries, the smallest thing the server's export readers open: the files are not
// copied into memory at once, only each one's CRC-32 is computed first.
const StoredZip = (() => {
  const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) {
      c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    }
    return c >>> 0;
  });
  const UTF8_NAMES = 0x0800;
  const MAX = 0xffffffff;
  const DOS_1980_01_01 = (1 << 5) | 1;

  function crc32(bytes) {
    let crc = 0xffffffff;
    for (let i = 0; i < bytes.length; i++) {
      crc = CRC_TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
    }
    return (crc ^ 0xffffffff) >>> 0;
  }

  function header(size, fill) {
    const view = new DataView(new ArrayBuffer(size));
    fill(view);
    return view.buffer;
  }

  async function of(files) {
    const parts = [];
    const central = [];
    let offset = 0;
    for (const { path, file } of files) {
      const name = new TextEncoder().encode(path);
      if (file.size >= MAX || offset + file.size >= MAX || files.length >= 0xffff) {
        throw new Error("This folder is too large to pack in the browser: zip it yourself and choose the zip.");
      }
      const crc = crc32(new Uint8Array(await file.arrayBuffer()));
      const common = (view, at) => {
        view.setUint16(at, 20, true);
        view.setUint16(at + 2, UTF8_NAMES, true);
        view.setUint16(at + 4, 0, true);
        view.setUint32(at + 6, DOS_1980_01_01 << 16, true);
        view.setUint32(at + 10, crc, true);
        view.setUint32(at + 14, file.size, true);
        view.setUint32(at + 18, file.size, true);
        view.setUint16(at + 22, name.length, true);
      };
      parts.push(header(30, (view) => { view.setUint32(0, 0x04034b50, true); common(view, 4); }), name, file);
      const at = offset;
      central.push(header(46, (view) => {
        view.setUint32(0, 0x02014b50, true);
        view.setUint16(4, 20, true);
        common(view, 6);
        view.setUint32(42, at, true);
      }), name);
      offset += 30 + name.length + file.size;
    }
    const centralSize = central.reduce((sum, part) => sum + part.byteLength, 0);
    const end = header(22, (view) => {
      view.setUint32(0, 0x06054b50, true);
      view.setUint16(8, files.length, true);
      view.setUint16(10, files.length, true);
      view.setUint32(12, centralSize, true);
      view.setUint32(16, offset, true);
    });
    return new Blob([...parts, ...central, end], { type: "application/zip" });
  }

  return { of };
})();
