"""`unionstats report`: one self-contained HTML file (no CDN, works offline) to check and share.

Each document's text with every claim highlighted and coloured by category (click one for
its value, unit, qualifier, metric, region and period); a filterable, sortable, paginated
table of all claims, each row leading to its place in the text; bar charts of the chosen
metrics by region. Documents are rendered one at a time and the table a page at a time,
so corpora with many thousands of claims stay usable.
"""
from __future__ import annotations

import html
import json

import pandas as pd

from .show import CATEGORY_STYLE, chinese_magnitude

COLOURS = {"membership": "#8ecae6", "organizations": "#90be6d", "workforce": "#a8dadc", "funds": "#f9c74f",
           "facilities": "#cdb4db", "activities": "#ffb703", "participation": "#bde0fe", "assistance": "#f4978e",
           "awards": "#ffd6a5", "personnel": "#caffbf", "rates": "#9bf6ff", "other": "#e9ecef"}
FIELDS = ["doc", "start", "end", "text", "value", "unit", "qualifier", "metric", "label", "category",
          "province", "city", "period"]


def bar_svg(frame: pd.DataFrame, metric: str, width: int = 520) -> str:
    """A horizontal bar chart (inline SVG) of one metric summed by region, in its commonest unit."""
    rows = frame[frame["metric"] == metric]
    if "duplicate_of" in rows.columns:
        rows = rows[rows["duplicate_of"].fillna("") == ""]
    if rows.empty:
        return ""
    unit = rows["unit"].mode().iloc[0]
    rows = rows[rows["unit"] == unit]
    region = rows["city"].where(rows["city"].fillna("") != "", rows["province"]).replace("", "未定")
    totals = rows.groupby(region)["value"].sum().sort_values(ascending=False).head(20)
    top, bar_h = float(totals.max()) or 1.0, 22
    parts = [f'<svg class="chart" width="{width + 220}" height="{bar_h * len(totals) + 30}" role="img">',
             f'<text x="0" y="16" class="chart-title">{html.escape(rows["label"].iloc[0])} ({unit})</text>']
    for i, (name, total) in enumerate(totals.items()):
        y, w = 26 + i * bar_h, max(2, int(width * float(total) / top))
        parts.append(f'<text x="0" y="{y + 15}">{html.escape(str(name))}</text>'
                     f'<rect x="100" y="{y + 3}" width="{w}" height="{bar_h - 6}" '
                     f'fill="{COLOURS.get(rows["category"].iloc[0], "#ccc")}"></rect>'
                     f'<text x="{106 + w}" y="{y + 15}">{html.escape(chinese_magnitude(total))}</text>')
    parts.append("</svg>")
    return "".join(parts)


def build_report(frame: pd.DataFrame, texts: dict[str, str], metrics: list[str] | None = None,
                 title: str = "unionstats report") -> str:
    """The whole page as one string."""
    claims = []
    for i, row in enumerate(frame.to_dict("records")):
        item = {k: (None if pd.isna(row.get(k)) else row.get(k)) for k in FIELDS}
        item["id"] = i
        item["shown"] = chinese_magnitude(row["value"]) + ("" if row["unit"] == "%" else " ") + row["unit"]
        claims.append(item)
    if metrics is None:
        metrics = list(frame["metric"].value_counts().head(3).index)
    charts = "".join(bar_svg(frame, m) for m in metrics)
    data = {"docs": [{"doc": d, "text": t} for d, t in texts.items()], "claims": claims, "colours": COLOURS}
    payload = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    legend = "".join(f'<span class="tag" style="background:{c}">{k}</span>' for k, c in COLOURS.items())
    return (TEMPLATE.replace("__TITLE__", html.escape(title)).replace("__LEGEND__", legend)
            .replace("__CHARTS__", charts).replace("__DATA__", payload)
            .replace("__SUMMARY__", f"{len(texts)} documents, {len(claims)} claims"))


TEMPLATE = """<!DOCTYPE html>
<html lang="zh"><head><meta charset="utf-8"><title>__TITLE__</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:"Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:0;color:#222;background:#fafafa}
header{padding:12px 20px;background:#2f5597;color:#fff}header h1{margin:0;font-size:20px}
main{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:16px;padding:16px}
section{background:#fff;border:1px solid #ddd;border-radius:6px;padding:12px;min-width:0}
#text{white-space:pre-wrap;line-height:1.9;max-height:70vh;overflow:auto;font-size:15px}
mark{border-radius:3px;padding:0 1px;cursor:pointer}mark.active{outline:2px solid #d00}
.tag{display:inline-block;padding:1px 6px;margin:2px;border-radius:3px;font-size:12px}
table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #eee;padding:3px 5px;text-align:left}
th{cursor:pointer;background:#f3f3f3;position:sticky;top:0}#claims td:nth-child(n+7){white-space:nowrap}tbody tr{cursor:pointer}tbody tr:hover{background:#fff7d6}
#detail{min-height:2.5em;font-size:13px;background:#fffbe6;border:1px solid #f0e0a0;padding:6px;margin:6px 0}
#tablewrap{max-height:60vh;overflow:auto}.pager button{margin:0 4px}.chart text{font-size:12px}.chart-title{font-weight:bold}
#charts{grid-column:1 / span 2}select,input{font-size:14px;padding:3px}
</style></head><body>
<header><h1>__TITLE__</h1><div>__SUMMARY__</div></header>
<main>
<section><label>Document <select id="docs"></select></label> <span id="doccount"></span>
<div id="detail">Click a highlighted figure to see what it counts.</div><div id="text"></div>
<div>__LEGEND__</div></section>
<section><input id="filter" placeholder="filter: text, metric, region, category..." size="40">
<span id="count"></span><div id="tablewrap"><table id="claims"><thead><tr>
<th data-k="doc">doc</th><th data-k="text">text</th><th data-k="value">value</th><th data-k="qualifier">qualifier</th>
<th data-k="label">metric</th><th data-k="category">category</th><th data-k="province">province</th>
<th data-k="city">city</th><th data-k="period">period</th></tr></thead><tbody></tbody></table></div>
<div class="pager"><button id="prev">◀</button><span id="page"></span><button id="next">▶</button></div></section>
<section id="charts">__CHARTS__</section>
</main>
<script id="data" type="application/json">__DATA__</script>
<script>
"use strict";
const DATA = JSON.parse(document.getElementById("data").textContent);
const PAGE = 200;
const byDoc = new Map();
DATA.claims.forEach(c => { if (!byDoc.has(c.doc)) byDoc.set(c.doc, []); byDoc.get(c.doc).push(c); });
const esc = s => String(s ?? "").replace(/[&<>"]/g, ch => ({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;"}[ch]));
const sign = q => ({more_than: "> ", less_than: "< ", approx: "≈ "}[q] || "");
let shownDoc = null, rows = DATA.claims.slice(), page = 0, sortKey = null, sortUp = true;

function showDoc(name, focus) {
  const doc = DATA.docs.find(d => d.doc === name);
  if (!doc) return;
  shownDoc = name;
  document.getElementById("docs").value = name;
  const claims = (byDoc.get(name) || []).slice().sort((a, b) => a.start - b.start);
  let html = "", at = 0;
  for (const c of claims) {
    if (c.start < at) continue;
    html += esc(doc.text.slice(at, c.start)) +
      `<mark id="c${c.id}" data-id="${c.id}" style="background:${DATA.colours[c.category] || "#eee"}" ` +
      `title="${esc(c.label + ": " + sign(c.qualifier) + c.shown)}">${esc(doc.text.slice(c.start, c.end))}</mark>`;
    at = c.end;
  }
  document.getElementById("text").innerHTML = html + esc(doc.text.slice(at));
  document.getElementById("doccount").textContent = claims.length + " claims";
  if (focus !== undefined) select(focus);
}

function select(id) {
  const c = DATA.claims[id];
  document.querySelectorAll("mark.active").forEach(m => m.classList.remove("active"));
  const mark = document.getElementById("c" + id);
  if (mark) { mark.classList.add("active"); mark.scrollIntoView({block: "center"}); }
  document.getElementById("detail").innerHTML =
    `<b>${esc(c.text)}</b> → ${esc(sign(c.qualifier) + c.shown)} · ${esc(c.label)} <code>${esc(c.metric)}</code> · ` +
    `${esc(c.category)} · ${esc(c.province)} ${esc(c.city)} · ${esc(c.period || "no period")} · ${esc(c.doc)}:${c.start}`;
}

function renderTable() {
  const body = document.querySelector("#claims tbody");
  const pages = Math.max(1, Math.ceil(rows.length / PAGE));
  page = Math.min(page, pages - 1);
  body.innerHTML = rows.slice(page * PAGE, page * PAGE + PAGE).map(c =>
    `<tr data-id="${c.id}"><td>${esc(c.doc)}</td><td>${esc(c.text)}</td><td>${esc(sign(c.qualifier) + c.shown)}</td>` +
    `<td>${esc(c.qualifier)}</td><td>${esc(c.label)}</td><td>${esc(c.category)}</td><td>${esc(c.province)}</td>` +
    `<td>${esc(c.city)}</td><td>${esc(c.period)}</td></tr>`).join("");
  document.getElementById("count").textContent = rows.length + " of " + DATA.claims.length + " claims";
  document.getElementById("page").textContent = (page + 1) + " / " + pages;
}

function applyFilter() {
  const words = document.getElementById("filter").value.trim().toLowerCase().split(/\\s+/).filter(Boolean);
  rows = DATA.claims.filter(c => {
    const hay = [c.doc, c.text, c.metric, c.label, c.category, c.province, c.city, c.period, c.unit, c.qualifier].join(" ").toLowerCase();
    return words.every(w => hay.includes(w));
  });
  if (sortKey) sortRows();
  page = 0; renderTable();
}

function sortRows() {
  const k = sortKey, up = sortUp ? 1 : -1;
  rows.sort((a, b) => (k === "value" ? (a.value - b.value) : String(a[k] ?? "").localeCompare(String(b[k] ?? ""), "zh")) * up);
}

const select_ = document.getElementById("docs");
DATA.docs.forEach(d => { const o = document.createElement("option"); o.value = o.textContent = d.doc; select_.appendChild(o); });
select_.addEventListener("change", () => showDoc(select_.value));
document.getElementById("text").addEventListener("click", e => { const m = e.target.closest("mark"); if (m) select(+m.dataset.id); });
document.querySelector("#claims tbody").addEventListener("click", e => {
  const tr = e.target.closest("tr"); if (!tr) return;
  const c = DATA.claims[+tr.dataset.id];
  if (c.doc !== shownDoc) showDoc(c.doc, c.id); else select(c.id);
});
document.querySelectorAll("#claims th").forEach(th => th.addEventListener("click", () => {
  sortUp = sortKey === th.dataset.k ? !sortUp : true; sortKey = th.dataset.k; sortRows(); renderTable();
}));
document.getElementById("filter").addEventListener("input", applyFilter);
document.getElementById("prev").addEventListener("click", () => { page = Math.max(0, page - 1); renderTable(); });
document.getElementById("next").addEventListener("click", () => { page += 1; renderTable(); });
if (DATA.docs.length) showDoc(DATA.docs[0].doc);
renderTable();
</script></body></html>
"""

__all__ = ["build_report", "bar_svg", "CATEGORY_STYLE"]
