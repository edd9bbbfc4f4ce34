// zhibiao's page: upload, jobs with live progress, downloads, the indicator table.
// Every text from the API goes in with textContent, never parsed as HTML. The API key (when
// the API asks for one) is kept in sessionStorage for this tab and sent as X-API-Key; the
// events stream is read with fetch() so that header is sent (EventSource cannot send it).
"use strict";

const KEY = "zhibiao.key";
const FINAL = new Set(["succeeded", "failed", "cancelled"]);
const MAX_STREAMS = 4;
const $ = (id) => document.getElementById(id);
const streams = new Map();   // job id -> AbortController
let waitingForKey = null;     // a promise resolved when the user gives a key

function el(tag, props, ...children) {
  const n = document.createElement(tag);
  for (const [k, v] of Object.entries(props || {})) {
    if (k === "text") n.textContent = v == null ? "" : String(v);
    else if (k === "class") n.className = v;
    else if (k.startsWith("on")) n.addEventListener(k.slice(2), v);
    else n.setAttribute(k, v);
  }
  for (const c of children) if (c != null) n.append(c);
  return n;
}

function status(msg) { $("status").textContent = msg || ""; }

function askKey() {
  if (!waitingForKey) {
    $("keybox").hidden = false;
    $("key").focus();
    waitingForKey = new Promise((resolve) => {
      const save = () => {
        const k = $("key").value.trim();
        if (!k) return;
        sessionStorage.setItem(KEY, k);
        $("keybox").hidden = true;
        $("key").value = "";
        waitingForKey = null;
        $("key-save").removeEventListener("click", save);
        resolve();
      };
      $("key-save").addEventListener("click", save);
      $("key").addEventListener("keydown", (e) => { if (e.key === "Enter") save(); });
    });
  }
  return waitingForKey;
}

// fetch() with the key; on 401 ask for a key and try again
async function api(path, opts = {}) {
  for (;;) {
    const headers = new Headers(opts.headers || {});
    const key = sessionStorage.getItem(KEY);
    if (key) headers.set("X-API-Key", key);
    const r = await fetch(path, { ...opts, headers, credentials: "omit", cache: "no-store" });
    if (r.status !== 401) return r;
    sessionStorage.removeItem(KEY);
    status("需要 API key");
    await askKey();
  }
}

async function errorText(r) {
  try {
    const j = await r.json();
    if (j && j.error) return `${r.status} ${j.error.code}: ${j.error.message}`;
  } catch (e) { /* not JSON */ }
  return `HTTP ${r.status}`;
}

async function download(path, filename) {
  const r = await api(path);
  if (!r.ok) { status(await errorText(r)); return; }
  const blob = await r.blob();
  const cd = r.headers.get("content-disposition") || "";
  const m = /filename="?([^";]+)"?/.exec(cd);
  const url = URL.createObjectURL(blob);
  const a = el("a", { href: url, download: (m && m[1]) || filename });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60000);
  status(`已下载 ${a.download}`);
}

function dl(label, path, filename) {
  return el("button", { type: "button", class: "small", text: label,
    onclick: () => download(path, filename) });
}

// ---------------------------------------------------------------- upload

async function upload(files) {
  if (!files.length) return;
  const form = new FormData();
  for (const f of files) form.append("file", f, f.name);
  $("upload-msg").textContent = `上传 ${files.length} 个文件…`;
  const r = await api("/v1/batches", { method: "POST", body: form });
  if (!r.ok) { $("upload-msg").textContent = await errorText(r); return; }
  const b = await r.json();
  const rejected = (b.rejected || []).map((x) => `${x.filename}: ${x.error.code}`);
  $("upload-msg").textContent = `已提交 ${b.jobs.length} 个任务` +
    (rejected.length ? `；拒绝 ${rejected.join("，")}` : "");
  addBatch(b.id);
  await loadJobs();
}

function addBatch(id) {
  const known = JSON.parse(sessionStorage.getItem("zhibiao.batches") || "[]");
  if (!known.includes(id)) { known.unshift(id); sessionStorage.setItem("zhibiao.batches", JSON.stringify(known.slice(0, 20))); }
  showBatches();
}

function showBatches() {
  const known = JSON.parse(sessionStorage.getItem("zhibiao.batches") || "[]");
  $("batches").replaceChildren(...known.map((id) => el("div", { class: "batch", "data-batch": id },
    el("span", { class: "meta", text: `批次 ${id.slice(0, 8)} ` }),
    dl("CSV", `/v1/batches/${encodeURIComponent(id)}/indicators.csv`, `batch-${id.slice(0, 8)}.csv`),
    dl("XLSX", `/v1/batches/${encodeURIComponent(id)}/indicators.xlsx`, `batch-${id.slice(0, 8)}.xlsx`),
    el("button", { type: "button", class: "small", text: "筛选", onclick: () => {
      $("f-batch").value = id; loadIndicators(); } }))));
}

// ---------------------------------------------------------------- jobs

function jobRow(job) {
  const id = job.id;
  const tr = el("tr", { "data-job": id, "data-state": job.state });
  const name = (job.document && job.document.filename) || id;
  const prog = el("progress", { max: "1", value: String(job.progress || 0) });
  const stateText = job.state + (job.stage && !FINAL.has(job.state) ? ` · ${job.stage}` : "") +
    (job.error ? ` · ${job.error.code}` : "");
  const links = el("td", { class: "nw" });
  if (job.state === "succeeded") {
    const base = `/v1/jobs/${encodeURIComponent(id)}`;
    links.append(
      el("a", { href: `${base}/view`, target: "_blank", rel: "noopener", class: "small view",
        text: "查看", onclick: (e) => viewClick(e, base, name) }),
      dl("CSV", `${base}/indicators.csv`, "indicators.csv"),
      dl("XLSX", `${base}/indicators.xlsx`, "indicators.xlsx"));
  }
  tr.append(el("td", { text: name, title: id }),
            el("td", { class: `nw state-${job.state}`, text: stateText }),
            el("td", {}, prog), links);
  return tr;
}

// The view is a whole page: opened directly when no key is needed; with a key (a header a
// link cannot send) it is downloaded as an HTML file through fetch.
function viewClick(e, base, name) {
  if (!sessionStorage.getItem(KEY)) return;
  e.preventDefault();
  download(`${base}/view`, `${name}.html`);
}

function putRow(job) {
  const tbody = $("jobs").tBodies[0];
  const old = tbody.querySelector(`tr[data-job="${CSS.escape(job.id)}"]`);
  const row = jobRow(job);
  if (old) old.replaceWith(row); else tbody.prepend(row);
}

async function loadJobs() {
  const r = await api("/v1/jobs?limit=100");
  if (!r.ok) { status(await errorText(r)); return; }
  const page = await r.json();
  $("jobs").tBodies[0].replaceChildren(...page.jobs.map(jobRow));
  status(`${page.jobs.length} 个任务`);
  for (const j of page.jobs) if (!FINAL.has(j.state)) follow(j.id);
}

// follow a job's Server-Sent Events through fetch (the header is sent); parse the stream
async function follow(id) {
  if (streams.has(id) || streams.size >= MAX_STREAMS) {
    if (!streams.has(id)) setTimeout(() => follow(id), 1000);  // a free stream slot later
    return;
  }
  const ctl = new AbortController();
  streams.set(id, ctl);
  let final = false;
  try {
    const r = await api(`/v1/jobs/${encodeURIComponent(id)}/events`,
      { signal: ctl.signal, headers: { Accept: "text/event-stream" } });
    if (!r.ok || !r.body) return;
    const reader = r.body.pipeThrough(new TextDecoderStream()).getReader();
    let buf = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buf += value;
      let cut;
      while ((cut = buf.indexOf("\n\n")) >= 0) {
        const block = buf.slice(0, cut);
        buf = buf.slice(cut + 2);
        const data = block.split("\n").filter((l) => l.startsWith("data:"))
          .map((l) => l.slice(5).trim()).join("\n");
        if (!data) continue;
        let ev;
        try { ev = JSON.parse(data); } catch (e) { continue; }
        if (!ev.state) continue;
        const tr = $("jobs").querySelector(`tr[data-job="${CSS.escape(id)}"]`);
        if (tr) {
          tr.dataset.state = ev.state;
          tr.cells[1].className = `nw state-${ev.state}`;
          tr.cells[1].textContent = ev.state + (ev.stage ? ` · ${ev.stage}` : "");
          tr.querySelector("progress").value = ev.progress || 0;
        }
        if (FINAL.has(ev.state)) final = true;
      }
    }
  } catch (e) {
    if (e.name !== "AbortError") status(`事件流中断: ${e.message}`);
  } finally {
    streams.delete(id);
  }
  if (final) {
    const r = await api(`/v1/jobs/${encodeURIComponent(id)}`);
    if (r.ok) putRow(await r.json());
    clearTimeout(follow.reload);
    follow.reload = setTimeout(loadIndicators, 300);  // the new rows, once per burst
  }
}

// ---------------------------------------------------------------- indicators

function filterQuery() {
  const p = new URLSearchParams();
  for (const k of ["canonical", "region", "period", "q", "batch"]) {
    const v = $(`f-${k}`).value.trim();
    if (v) p.set(k, v);
  }
  return p;
}

function fmtNumber(v) {
  if (v == null) return "";
  return typeof v === "number" ? v.toLocaleString("zh-CN", { maximumFractionDigits: 6 }) : String(v);
}

function changeText(ch) {
  if (!ch) return "";
  const arrow = { up: "↑", down: "↓", flat: "→" }[ch.direction] || "";
  return arrow + (ch.value != null ? fmtNumber(ch.value) + (ch.unit || "") : "");
}

async function loadIndicators() {
  const p = filterQuery();
  p.set("limit", "500");
  const r = await api(`/v1/indicators?${p}`);
  if (!r.ok) { $("ind-msg").textContent = await errorText(r); return; }
  const page = await r.json();
  $("indicators").tBodies[0].replaceChildren(...page.indicators.map((i) => el("tr",
    { "data-job": i.job_id, "data-canonical": i.canonical || "" },
    el("td", { class: "nw", text: i.filename }),
    el("td", { text: i.name }),
    el("td", { class: "num", text: fmtNumber(i.value) + (i.unit ? " " + i.unit : "") }),
    el("td", { class: "nw", text: changeText(i.change) }),
    el("td", { class: "nw", text: i.period }),
    el("td", { class: "nw", text: i.region }),
    el("td", { class: "nw", text: i.canonical }),
    el("td", { text: i.text }))));
  $("ind-msg").textContent = `${page.indicators.length} 项指标` +
    (page.next_cursor ? "（仅显示前 500 项，下载可得全部）" : "");
}

function downloadIndicators(fmt) {
  const p = filterQuery();
  p.set("format", fmt);
  download(`/v1/indicators?${p}`, `indicators.${fmt}`);
}

// ---------------------------------------------------------------- wiring

function init() {
  const drop = $("drop");
  drop.addEventListener("dragover", (e) => { e.preventDefault(); drop.classList.add("over"); });
  drop.addEventListener("dragleave", () => drop.classList.remove("over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("over");
    upload([...e.dataTransfer.files]);
  });
  $("files").addEventListener("change", (e) => { upload([...e.target.files]); e.target.value = ""; });
  $("refresh").addEventListener("click", loadJobs);
  $("search").addEventListener("click", loadIndicators);
  for (const k of ["canonical", "region", "period", "q", "batch"]) {
    $(`f-${k}`).addEventListener("keydown", (e) => { if (e.key === "Enter") loadIndicators(); });
  }
  $("ind-csv").addEventListener("click", () => downloadIndicators("csv"));
  $("ind-xlsx").addEventListener("click", () => downloadIndicators("xlsx"));
  showBatches();
  loadJobs().then(loadIndicators);
}

document.addEventListener("DOMContentLoaded", init);
