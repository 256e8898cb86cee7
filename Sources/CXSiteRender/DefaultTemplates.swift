import CXSiteSupport
import CXSiteModel
import CXSiteAnalyse
import CXSiteCharts

// Generated from templates/ by `make templates`; do not edit by hand.

/// The built-in templates and assets: a copy of the repository's `templates/`, so
/// `cxsite` works in a project that has no templates of its own.
package enum DefaultTemplates {
    /// File path relative to `templates/` → contents.
    package static let files: [String: String] = [
        "alias.mustache": #"""
<!DOCTYPE html>
<html lang="{{language}}">
<head>
<meta charset="utf-8">
<title>{{title}} · {{siteTitle}}</title>
<meta name="robots" content="noindex">
<meta http-equiv="refresh" content="0; url={{target}}">
<link rel="canonical" href="{{canonical}}">
</head>
<body>
<main>
<h1>{{title}}</h1>
<p>This page has moved to <a href="{{target}}">{{title}}</a>.</p>
</main>
</body>
</html>

"""#,
        "assets/charts.css": #"""
/* cxsite charts: colours, type and layout of the inline SVG charts.
 *
 * The charts carry no colours of their own: they name what things are (series s0…s5,
 * target, grid, stage-connect, good/bad, heat-0…heat-4, neg-2…pos-2) and this file paints
 * them from the palette below. Override the custom properties in a theme to recolour.
 *
 * Every colour meets WCAG AA against --cx-bg in its scheme: at least 3:1 for lines, marks
 * and stage strips, at least 4.5:1 for text (--cx-fg, --cx-muted, series, good/bad, stage
 * colours); grid lines are decoration. Text in a cell is --cx-fg on light cells and
 * --cx-bg on the two strongest (heat-4, neg-2, pos-2), each at least 4.5:1.
 */

:root {
  --cx-fg: #1f2328;
  --cx-bg: #ffffff;
  --cx-muted: #59636e;
  --cx-grid: #d1d9e0;
  --cx-target: #24292f;
  --cx-connect: #c24e00;
  --cx-assist: #0969da;
  --cx-resolve: #0f7b6c;
  --cx-enhance: #8250df;
  --cx-s0: #0969da;
  --cx-s1: #c4432b;
  --cx-s2: #0f7b6c;
  --cx-s3: #8250df;
  --cx-s4: #9a6700;
  --cx-s5: #57606a;
  --cx-good: #1a7f37;
  --cx-bad: #cf222e;
}

@media (prefers-color-scheme: dark) {
  :root {
    --cx-fg: #e6edf3;
    --cx-bg: #0d1117;
    --cx-muted: #9198a1;
    --cx-grid: #3d444d;
    --cx-target: #e6edf3;
    --cx-connect: #f0883e;
    --cx-assist: #4493f8;
    --cx-resolve: #33b3ae;
    --cx-enhance: #ab7df8;
    --cx-s0: #4493f8;
    --cx-s1: #ff8e6e;
    --cx-s2: #33b3ae;
    --cx-s3: #ab7df8;
    --cx-s4: #d29922;
    --cx-s5: #9198a1;
    --cx-good: #3fb950;
    --cx-bad: #f85149;
    --cx-zone-opacity: .15;
  }
}

/* ---- Figure and data table ---- */

.chart {
  margin: 1.5rem 0;
  break-inside: avoid;
  overflow-x: auto;
}

.chart svg {
  display: block;
  width: 100%;
  height: auto;
}

/* Square charts and the bullet stay near their natural size; wide charts scroll on small screens rather than shrink their text. */
.chart svg.cx-radar { max-width: 440px; }
.chart svg.cx-donut { max-width: 460px; }
.chart svg.cx-care { max-width: 400px; }
.chart svg.cx-bullet { max-width: 360px; }
.chart svg.cx-line,
.chart svg.cx-bar,
.chart svg.cx-heatmap,
.chart svg.cx-emotion { min-width: 540px; }

.chart-data {
  margin-top: .25rem;
  font-size: .8125rem;
}

.chart-data summary {
  cursor: pointer;
  color: var(--cx-muted);
  width: max-content;
}

.chart-data table {
  border-collapse: collapse;
  margin: .5rem 0;
  font-variant-numeric: tabular-nums;
  color: var(--cx-fg);
}

.chart-data caption {
  text-align: left;
  font-weight: 600;
  padding-bottom: .25rem;
}

.chart-data th,
.chart-data td {
  padding: .2rem .75rem .2rem 0;
  border-bottom: 1px solid var(--cx-grid);
  text-align: left;
  vertical-align: top;
}

.chart-data thead th { border-bottom-color: var(--cx-muted); }
.chart-data th[scope="row"] { font-weight: normal; }
.chart-data td.num { text-align: right; white-space: nowrap; }

/* ---- Common SVG parts ---- */

.cx-chart {
  color: var(--cx-fg);
  font-family: inherit;
  font-size: 12px;
  font-variant-numeric: tabular-nums;
}

.cx-chart text { fill: var(--cx-fg); }

.cx-chart .grid line,
.cx-chart .grid path {
  stroke: var(--cx-grid);
  stroke-width: 1;
}

.cx-chart .axis text {
  fill: var(--cx-muted);
  font-size: 11px;
}

.cx-chart .axis line { stroke: var(--cx-muted); stroke-width: 1; }

.cx-chart .zero { stroke: var(--cx-fg); stroke-width: 1.25; }

.cx-chart .target { stroke: var(--cx-target); stroke-width: 1.5; }

.cx-chart .target-zone { fill: var(--cx-good); opacity: var(--cx-zone-opacity, .09); }

.cx-chart .target-label {
  fill: var(--cx-fg);
  font-size: 11px;
  font-weight: 600;
}

.cx-chart .no-data { fill: var(--cx-muted); font-style: italic; }

/* Labels drawn over lines get a halo in the background colour. */
.cx-chart .point-label,
.cx-chart .end-label,
.cx-chart .value-label,
.cx-chart .slice-label,
.cx-chart .target-label,
.cx-chart .rings text {
  paint-order: stroke;
  stroke: var(--cx-bg);
  stroke-width: 3px;
  stroke-linejoin: round;
}

.cx-chart .point-label,
.cx-chart .end-label,
.cx-chart .value-label { font-size: 11px; font-weight: 600; }

/* Series: each sets --series; lines, markers and swatches use it. */
.cx-chart .s0 { --series: var(--cx-s0); }
.cx-chart .s1 { --series: var(--cx-s1); }
.cx-chart .s2 { --series: var(--cx-s2); }
.cx-chart .s3 { --series: var(--cx-s3); }
.cx-chart .s4 { --series: var(--cx-s4); }
.cx-chart .s5 { --series: var(--cx-s5); }

.cx-chart .series .line,
.cx-chart .legend .line {
  fill: none;
  stroke: var(--series, currentColor);
  stroke-width: 2.25;
  stroke-linejoin: round;
  stroke-linecap: round;
}

.cx-chart .series .marker,
.cx-chart .legend .marker {
  fill: var(--series, currentColor);
  stroke: var(--cx-bg);
  stroke-width: 1.25;
}

.cx-chart .marker.hollow,
.cx-chart .to-be .marker {
  fill: var(--cx-bg);
  stroke: var(--series, currentColor);
  stroke-width: 1.75;
}

.cx-chart .legend-label { font-size: 12px; }
.cx-chart .legend-title { font-size: 12px; font-weight: 600; }
.cx-chart .legend .swatch { fill: var(--tone, var(--series, var(--cx-muted))); }
.cx-chart .legend .swatch.empty { fill: none; stroke: var(--cx-muted); }
.cx-chart .target .line,
.cx-chart .legend .target .line { stroke: var(--cx-target); }

/* Tones for good and bad and neutral parts (bars, slices, values). */
.cx-chart .good { --tone: var(--cx-good); }
.cx-chart .bad { --tone: var(--cx-bad); }
.cx-chart .neutral { --tone: var(--cx-muted); }

/* CARE stages: each sets --stage. */
.cx-chart .stage-connect { --stage: var(--cx-connect); }
.cx-chart .stage-assist { --stage: var(--cx-assist); }
.cx-chart .stage-resolve { --stage: var(--cx-resolve); }
.cx-chart .stage-enhance { --stage: var(--cx-enhance); }

/* ---- Line chart ---- */

.cx-line .axis .baseline { stroke: var(--cx-muted); }

/* ---- Bar chart ---- */

.cx-bar .bar { fill: var(--tone, var(--series, var(--cx-s0))); }
.cx-bar .bar-label { font-size: 12px; }
.cx-bar .axis .baseline { stroke: var(--cx-grid); }

/* ---- Sparkline ---- */

svg.cx-sparkline {
  display: inline-block;
  width: 6.25em;
  height: 1.75em;
  vertical-align: middle;
  overflow: visible;
}

.cx-sparkline .line {
  fill: none;
  stroke: var(--cx-s0);
  stroke-width: 1.5;
  stroke-linejoin: round;
  stroke-linecap: round;
}

.cx-sparkline .last,
.cx-sparkline .dot { fill: var(--cx-s0); }
.cx-sparkline .target { stroke: var(--cx-muted); stroke-width: 1; }

/* ---- Bullet chart ---- */

.cx-bullet .band.q0 { fill: color-mix(in srgb, var(--cx-fg) 34%, var(--cx-bg)); }
.cx-bullet .band.q1 { fill: color-mix(in srgb, var(--cx-fg) 26%, var(--cx-bg)); }
.cx-bullet .band.q2 { fill: color-mix(in srgb, var(--cx-fg) 19%, var(--cx-bg)); }
.cx-bullet .band.q3 { fill: color-mix(in srgb, var(--cx-fg) 12%, var(--cx-bg)); }
.cx-bullet .band.q4 { fill: color-mix(in srgb, var(--cx-fg) 6%, var(--cx-bg)); }
.cx-bullet .measure { fill: var(--cx-fg); }
.cx-bullet .target { stroke: var(--cx-target); stroke-width: 3; }
.cx-bullet .value { font-size: 18px; font-weight: 700; }
.cx-bullet .value.good { fill: var(--cx-good); }
.cx-bullet .value.bad { fill: var(--cx-bad); }
.cx-bullet .band-labels text { fill: var(--cx-muted); font-size: 10px; }
.cx-bullet .axis text { font-size: 10px; }
.cx-bullet .target-label { font-weight: normal; fill: var(--cx-muted); }

/* ---- Heatmap ---- */

.cx-heatmap .heat-0 { --heat: color-mix(in srgb, var(--cx-s0) 6%, var(--cx-bg)); }
.cx-heatmap .heat-1 { --heat: color-mix(in srgb, var(--cx-s0) 22%, var(--cx-bg)); }
.cx-heatmap .heat-2 { --heat: color-mix(in srgb, var(--cx-s0) 42%, var(--cx-bg)); }
.cx-heatmap .heat-3 { --heat: color-mix(in srgb, var(--cx-s0) 68%, var(--cx-bg)); }
.cx-heatmap .heat-4 { --heat: var(--cx-s0); }
.cx-heatmap .neg-2 { --heat: var(--cx-bad); }
.cx-heatmap .neg-1 { --heat: color-mix(in srgb, var(--cx-bad) 35%, var(--cx-bg)); }
.cx-heatmap .neu { --heat: color-mix(in srgb, var(--cx-muted) 14%, var(--cx-bg)); }
.cx-heatmap .pos-1 { --heat: color-mix(in srgb, var(--cx-good) 35%, var(--cx-bg)); }
.cx-heatmap .pos-2 { --heat: var(--cx-good); }

.cx-heatmap .cell rect,
.cx-heatmap .heat-key .swatch { fill: var(--heat); }
.cx-heatmap .cell.empty rect { fill: none; stroke: var(--cx-muted); }
.cx-heatmap .cell.empty text { fill: var(--cx-muted); }
.cx-heatmap .cell.heat-4 text,
.cx-heatmap .cell.neg-2 text,
.cx-heatmap .cell.pos-2 text { fill: var(--cx-bg); }
.cx-heatmap .cell-label { font-size: 13px; font-weight: 700; }
.cx-heatmap .cell-note { font-size: 10px; }
.cx-heatmap .col-label { font-weight: 600; }
.cx-heatmap .stage-strip { fill: var(--stage); }

/* ---- Radar ---- */

.cx-radar .ring.outer { stroke: var(--cx-muted); }
.cx-radar .rings text { font-size: 10px; }
.cx-radar .axis-label { font-weight: 600; }
.cx-radar .series .area {
  fill: color-mix(in srgb, var(--series) 14%, transparent);
}

/* ---- Donut ---- */

.cx-donut .track { stroke: var(--cx-grid); }
.cx-donut .slice,
.cx-donut .slice-key .swatch {
  fill: var(--tone, var(--series, var(--cx-muted)));
}
.cx-donut .slice { stroke: var(--cx-bg); stroke-width: 2; }
.cx-donut .slice-label { font-size: 12px; font-weight: 600; }
.cx-donut .center-label { font-size: 30px; font-weight: 700; }
.cx-donut .center-caption { fill: var(--cx-muted); font-size: 12px; }
.cx-donut .legend-value { font-weight: 700; }

/* ---- CARE cycle ---- */

.cx-care .node { fill: color-mix(in srgb, var(--stage) 12%, var(--cx-bg)); }
.cx-care .track { stroke: var(--cx-grid); stroke-width: 7; }
.cx-care .progress { stroke: var(--stage); stroke-width: 7; stroke-linecap: round; }
.cx-care .stage-name { font-size: 13px; font-weight: 700; }
.cx-care .stage-score { font-size: 22px; font-weight: 700; }
.cx-care .stage-score.no-data { font-size: 11px; font-weight: normal; }
.cx-care .stage-level { fill: var(--cx-muted); font-size: 10.5px; }
.cx-care .arrow { stroke: var(--cx-muted); stroke-width: 2; }
.cx-care .arrow-head { fill: var(--cx-muted); }
.cx-care .center-label { font-size: 16px; font-weight: 700; }
.cx-care .center-caption { fill: var(--cx-muted); font-size: 12px; }
.cx-care a:hover .node { fill: color-mix(in srgb, var(--stage) 24%, var(--cx-bg)); }
.cx-care a:hover .stage-name { text-decoration: underline; }
.cx-care a:focus { outline: none; }
.cx-care a:focus-visible .node { stroke: var(--cx-fg); stroke-width: 3; }

/* ---- Emotion curve ---- */

.cx-emotion .band { fill: color-mix(in srgb, var(--stage) 10%, var(--cx-bg)); }
.cx-emotion .band-strip { fill: var(--stage); }
.cx-emotion .band-label { font-size: 12px; font-weight: 700; }
.cx-emotion .as-is { --series: var(--cx-fg); }
.cx-emotion .to-be { --series: var(--cx-muted); }
.cx-emotion .to-be .line { stroke-width: 2; }
.cx-emotion .tp-label,
.cx-emotion .tp-title { font-size: 11px; }
.cx-emotion .axis .tp-number,
.cx-emotion .tp-key .tp-number { fill: var(--cx-fg); font-size: 11px; font-weight: 700; }

/* ---- Windows high contrast and other forced colours ---- */

@media (forced-colors: active) {
  :root {
    --cx-fg: CanvasText;
    --cx-bg: Canvas;
    --cx-muted: CanvasText;
    --cx-grid: GrayText;
    --cx-target: CanvasText;
    --cx-connect: CanvasText;
    --cx-assist: CanvasText;
    --cx-resolve: CanvasText;
    --cx-enhance: CanvasText;
    --cx-s0: CanvasText;
    --cx-s1: CanvasText;
    --cx-s2: CanvasText;
    --cx-s3: CanvasText;
    --cx-s4: CanvasText;
    --cx-s5: CanvasText;
    --cx-good: Highlight;
    --cx-bad: Mark;
  }
  .cx-chart { forced-color-adjust: none; }
}

/* ---- Print: black on white, charts whole on a page, their data tables printed ---- */

@media print {
  :root {
    --cx-fg: #000000;
    --cx-bg: #ffffff;
    --cx-muted: #4b535c;
    --cx-grid: #c8d0d8;
    --cx-target: #000000;
    --cx-connect: #c24e00;
    --cx-assist: #0969da;
    --cx-resolve: #0f7b6c;
    --cx-enhance: #8250df;
    --cx-s0: #0969da;
    --cx-s1: #c4432b;
    --cx-s2: #0f7b6c;
    --cx-s3: #8250df;
    --cx-s4: #9a6700;
    --cx-s5: #57606a;
    --cx-good: #1a7f37;
    --cx-bad: #cf222e;
    --cx-zone-opacity: .09;
  }
  .chart {
    break-inside: avoid;
    page-break-inside: avoid;
    overflow: visible;
    -webkit-print-color-adjust: exact;
    print-color-adjust: exact;
  }
  /* A figure with a long table may break, but only after its chart and between table rows. */
  .chart:has(.chart-data tbody tr:nth-child(25)) { break-inside: auto; page-break-inside: auto; }
  .chart svg { break-inside: avoid; break-after: avoid; }
  .chart-data tr { break-inside: avoid; }
  .chart svg.cx-line,
  .chart svg.cx-bar,
  .chart svg.cx-heatmap,
  .chart svg.cx-emotion { min-width: 0; }
  .cx-care a:hover .node { fill: color-mix(in srgb, var(--stage) 12%, var(--cx-bg)); }
  .chart-data summary { display: none; }
  .chart-data::details-content { content-visibility: visible; display: block; }
  .chart-data table { font-size: 8pt; }
}

"""#,
        "assets/search.css": #"""
/* cxsite search box (templates/search.mustache, assets/search.js). The form is `hidden` in the
   HTML and shown by search.js, so readers without JavaScript never see a box that does nothing. */
.visually-hidden { position: absolute; width: 1px; height: 1px; margin: -1px; padding: 0; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }

.site-search { position: relative; margin-left: auto; }
.site-search[hidden] { display: none; }
.site-search input {
  width: 15rem; max-width: 100%; padding: .4rem .8rem .4rem 2rem; font: inherit; font-size: .95rem;
  color: var(--text); background: var(--bg); border: 1px solid var(--border); border-radius: 999px;
  background-image: url("data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Ccircle cx='6.5' cy='6.5' r='4.5' fill='none' stroke='%23808a99' stroke-width='1.6'/%3E%3Cpath d='M10 10l4 4' stroke='%23808a99' stroke-width='1.6' stroke-linecap='round'/%3E%3C/svg%3E");
  background-repeat: no-repeat; background-position: .65rem center; background-size: 1rem;
}
.site-search input:focus { border-color: var(--accent); outline: 2px solid var(--accent); outline-offset: 1px; }

.search-panel {
  display: none; position: absolute; right: 0; top: calc(100% + .4rem); z-index: 20;
  width: min(34rem, calc(100vw - 2rem)); max-height: 70vh; overflow-y: auto;
  background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius);
  box-shadow: 0 8px 28px rgba(20, 30, 50, .18);
}
.site-search.open .search-panel { display: block; }
.search-status { margin: 0; padding: .5rem .9rem; font-size: .85rem; color: var(--muted); border-bottom: 1px solid var(--border); }
.search-results { list-style: none; margin: 0; padding: .25rem 0; }
.search-results a { display: block; padding: .45rem .9rem; color: var(--text); text-decoration: none; border-left: 3px solid transparent; }
.search-results a:hover, .search-results a:focus { background: var(--accent-soft); border-left-color: var(--accent); outline: none; }
.search-results li.sub a { padding-left: 1.9rem; padding-top: .2rem; }
.result-title { font-weight: 650; }
.result-kind { margin-left: .4rem; padding: 0 .45rem; border: 1px solid var(--border); border-radius: 999px; font-size: .72rem; color: var(--muted); vertical-align: .1em; white-space: nowrap; }
.result-heading { display: block; font-size: .9rem; font-weight: 600; color: var(--accent); }
.result-snippet { display: block; font-size: .86rem; color: var(--muted); overflow: hidden; display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; }
.search-results mark { background: #fde68a; color: #1c2430; border-radius: 2px; padding: 0 1px; }
@media (prefers-color-scheme: dark) {
  .search-panel { box-shadow: 0 8px 28px rgba(0, 0, 0, .5); }
  .search-results mark { background: #8a6d12; color: #fff; }
}
@media (max-width: 44rem) {
  .site-search { width: 100%; margin-left: 0; }
  .site-search input { width: 100%; }
  .search-panel { left: 0; right: auto; width: 100%; }
}
@media print {
  .site-search { display: none; }
}

"""#,
        "assets/search.js": #"""
/* cxsite search: the search box in the page header. Our own code, no libraries.
   The index (search-index.js at the site root, written by cxsite build) is a plain script
   that sets window.CXSITE_SEARCH, so it loads from file:// as well as over HTTP. It is loaded
   the first time the box is used, not on every page view.
   Keys: "/" focuses the box; Down/Up move through the results; Enter opens the first (or the
   focused) result; Escape closes the results and returns to the box. */
(function () {
  "use strict";
  var form = document.querySelector("form.site-search");
  if (!form) return;
  var input = form.querySelector("input[type=search]");
  var status = form.querySelector(".search-status");
  var list = form.querySelector(".search-results");
  var root = form.getAttribute("data-root") || "";
  var indexURL = form.getAttribute("data-index");
  var pages = null;
  var state = "idle"; // idle | loading | ready | failed
  var MAX_PAGES = 20;
  var MAX_EXTRA_SECTIONS = 2;
  form.hidden = false;

  var wordPattern = /[\p{L}\p{N}]+/gu;
  function fold(text) { return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase(); }
  function words(text) { return fold(text).match(wordPattern) || []; }

  function prepare(data) {
    return (data.pages || []).map(function (p) {
      var sections = (p.s.length ? p.s : [["", "", ""]]).map(function (s) {
        return { heading: s[0], anchor: s[1], excerpt: s[2], headingWords: words(s[0]), shownWords: words(s[2]) };
      });
      return { url: p.u, title: p.t, kind: p.k, titleWords: words(p.t), otherWords: words(p.w || ""), sections: sections };
    });
  }

  function load() {
    if (state !== "idle") return;
    if (window.CXSITE_SEARCH) { pages = prepare(window.CXSITE_SEARCH); state = "ready"; return; }
    state = "loading";
    var script = document.createElement("script");
    script.src = indexURL;
    script.charset = "utf-8";
    script.onload = function () {
      if (!window.CXSITE_SEARCH) { script.onerror(); return; }
      pages = prepare(window.CXSITE_SEARCH);
      state = "ready";
      update();
    };
    script.onerror = function () { state = "failed"; update(); };
    document.head.appendChild(script);
  }

  /* How well `term` matches a list of words: `exact` for a whole word, `prefix` for the start of one. */
  function weight(list, term, exact, prefix) {
    var best = 0;
    for (var i = 0; i < list.length; i++) {
      var w = list[i];
      if (w === term) return exact;
      if (best === 0 && term.length > 1 && w.lastIndexOf(term, 0) === 0) best = prefix;
    }
    return best;
  }

  /* Pages that hold every term (in the title, one section, or the page's other words), best
     first; each with the sections that match by their own heading or excerpt. */
  function search(query) {
    var terms = words(query).filter(function (t, i, all) { return all.indexOf(t) === i; });
    if (!terms.length) return { terms: terms, pages: [], total: 0 };
    var results = [];
    pages.forEach(function (page) {
      var matches = [];
      page.sections.forEach(function (section, position) {
        var score = 0, own = false;
        for (var i = 0; i < terms.length; i++) {
          var inTitle = weight(page.titleWords, terms[i], 12, 8);
          var inSection = Math.max(weight(section.headingWords, terms[i], 6, 4), weight(section.shownWords, terms[i], 2, 1));
          var inPage = weight(page.otherWords, terms[i], 2, 1);
          if (!inTitle && !inSection && !inPage) return;
          if (inSection) own = true;
          score += Math.max(inTitle, inSection, inPage);
        }
        matches.push({ section: section, score: score, own: own, position: position });
      });
      if (!matches.length) return;
      matches.sort(function (a, b) { return b.score - a.score || a.position - b.position; });
      var own = matches.filter(function (m) { return m.own; });
      var shown = own.length ? own.slice(0, 1 + MAX_EXTRA_SECTIONS) : [matches[0]];
      results.push({ page: page, matches: shown, score: matches[0].score + Math.min(own.length, 5) * 0.5 });
    });
    results.sort(function (a, b) { return b.score - a.score || (a.page.title < b.page.title ? -1 : 1); });
    return { terms: terms, pages: results.slice(0, MAX_PAGES), total: results.length };
  }

  /* `text` as nodes with each word that starts with a term wrapped in <mark>. */
  function highlight(parent, text, terms) {
    var last = 0, match;
    wordPattern.lastIndex = 0;
    while ((match = wordPattern.exec(text))) {
      var word = match[0], folded = fold(word), term = null;
      for (var i = 0; i < terms.length; i++) {
        if (folded.lastIndexOf(terms[i], 0) === 0 && (terms[i].length > 1 || folded === terms[i])) { term = terms[i]; break; }
      }
      if (!term) continue;
      var length = folded.length === word.length ? term.length : word.length;
      parent.appendChild(document.createTextNode(text.slice(last, match.index)));
      var mark = document.createElement("mark");
      mark.textContent = word.slice(0, length);
      parent.appendChild(mark);
      last = match.index + length;
    }
    parent.appendChild(document.createTextNode(text.slice(last)));
  }

  /* The part of a section's excerpt around its first match, plus the page's other words that matched. */
  function snippet(page, section, terms) {
    var text = section.excerpt, start = -1;
    var folded = fold(text);
    terms.forEach(function (t) {
      var at = folded.search(new RegExp("(^|[^\\p{L}\\p{N}])" + t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "u"));
      if (at >= 0 && (start < 0 || at < start)) start = at;
    });
    if (start > 70 && folded.length === text.length) {
      var cut = text.lastIndexOf(" ", start - 30);
      if (cut > 0) text = "… " + text.slice(cut + 1);
    }
    var hidden = [];
    terms.forEach(function (t) {
      if (weight(section.shownWords, t, 1, 1) || weight(section.headingWords, t, 1, 1)) return;
      page.otherWords.forEach(function (w) {
        if (hidden.length < 4 && (w === t || (t.length > 1 && w.lastIndexOf(t, 0) === 0)) && hidden.indexOf(w) < 0) hidden.push(w);
      });
    });
    if (hidden.length) text += (text ? " — " : "") + "mentions " + hidden.join(", ");
    return text;
  }

  function href(page, section) {
    var target = root + page.url;
    if (section && section.anchor) return target + "#" + section.anchor;
    if (section && section.heading) {
      // A text fragment scrolls to the heading in browsers that support it; others open the page.
      return target + "#:~:text=" + encodeURIComponent(section.heading).replace(/-/g, "%2D").replace(/,/g, "%2C");
    }
    return target;
  }

  function item(page, match, terms, first) {
    var li = document.createElement("li");
    if (!first) li.className = "sub";
    var a = document.createElement("a");
    var section = match.own ? match.section : null;
    a.href = href(page, section);
    if (first) {
      var title = document.createElement("span");
      title.className = "result-title";
      highlight(title, page.title, terms);
      var kind = document.createElement("span");
      kind.className = "result-kind";
      kind.textContent = page.kind;
      a.appendChild(title);
      a.appendChild(kind);
    }
    if (section && section.heading) {
      var heading = document.createElement("span");
      heading.className = "result-heading";
      highlight(heading, section.heading, terms);
      a.appendChild(heading);
    }
    var text = snippet(page, match.section, terms);
    if (text) {
      var span = document.createElement("span");
      span.className = "result-snippet";
      highlight(span, text, terms);
      a.appendChild(span);
    }
    li.appendChild(a);
    return li;
  }

  function open(isOpen) { form.classList.toggle("open", isOpen); }

  function update() {
    var query = input.value.trim();
    list.textContent = "";
    if (!query) { status.textContent = ""; open(false); return; }
    open(true);
    if (state === "loading" || state === "idle") { status.textContent = "Loading the search index…"; load(); return; }
    if (state === "failed") { status.textContent = "The search index could not be loaded (search-index.js is missing)."; return; }
    var found = search(query);
    if (!found.pages.length) {
      status.textContent = "No pages match “" + query + "”.";
      return;
    }
    status.textContent = found.total + (found.total === 1 ? " page matches" : " pages match") +
      (found.total > found.pages.length ? " (showing the best " + found.pages.length + ")" : "") + ".";
    found.pages.forEach(function (result) {
      result.matches.forEach(function (match, i) { list.appendChild(item(result.page, match, found.terms, i === 0)); });
    });
  }

  function links() { return Array.prototype.slice.call(list.querySelectorAll("a")); }

  function move(delta) {
    var all = links();
    if (!all.length) return;
    var at = all.indexOf(document.activeElement);
    if (at < 0) { all[delta > 0 ? 0 : all.length - 1].focus(); return; }
    if (at + delta < 0) { input.focus(); return; }
    all[Math.min(all.length - 1, at + delta)].focus();
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", update);
  input.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); if (!form.classList.contains("open")) update(); move(1); }
    else if (event.key === "Escape") {
      if (form.classList.contains("open")) { event.preventDefault(); open(false); }
      else if (input.value) { event.preventDefault(); input.value = ""; update(); }
    }
  });
  list.addEventListener("keydown", function (event) {
    if (event.key === "ArrowDown") { event.preventDefault(); move(1); }
    else if (event.key === "ArrowUp") { event.preventDefault(); move(-1); }
    else if (event.key === "Home") { event.preventDefault(); var all = links(); if (all.length) all[0].focus(); }
    else if (event.key === "End") { event.preventDefault(); var rest = links(); if (rest.length) rest[rest.length - 1].focus(); }
    else if (event.key === "Escape") { event.preventDefault(); open(false); input.focus(); }
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var first = links()[0];
    if (first) window.location.href = first.href;
  });
  form.addEventListener("focusout", function () {
    setTimeout(function () { if (!form.contains(document.activeElement)) open(false); }, 0);
  });
  input.addEventListener("click", function () { if (input.value.trim()) update(); });
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      input.focus();
      input.select();
    }
  });
})();

"""#,
        "assets/style.css": #"""
/* cxsite default theme. Colours come from CSS custom properties so dark mode and
   print need no other markup; the chart palette (--cx-*) is defined in charts.css. */
:root {
  --bg: #f7f8fa;
  --surface: #ffffff;
  --text: #1c2430;
  --muted: #556070;
  --border: #d9dee6;
  --accent: #2454c5;
  --accent-soft: #e8eefc;
  --connect: var(--cx-connect, #a23a8e);
  --assist: var(--cx-assist, #1d6fb8);
  --resolve: var(--cx-resolve, #b45309);
  --enhance: var(--cx-enhance, #18794e);
  --radius: 10px;
  --shadow: 0 1px 2px rgba(20, 30, 50, .06), 0 2px 8px rgba(20, 30, 50, .05);
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  --mono: ui-monospace, "SFMono-Regular", Menlo, Consolas, "Liberation Mono", monospace;
  color-scheme: light dark;
}
@media (prefers-color-scheme: dark) {
  :root {
    --bg: #11151c;
    --surface: #1a202a;
    --text: #e6e9ef;
    --muted: #a3adbd;
    --border: #2e3746;
    --accent: #8db0ff;
    --accent-soft: #1f2b45;
    --shadow: none;
  }
}

*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: var(--bg); color: var(--text); font: 16px/1.6 var(--font); }
a { color: var(--accent); text-underline-offset: .15em; }
a:hover { text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; border-radius: 3px; }
code, pre { font-family: var(--mono); font-size: .92em; }
code { background: var(--accent-soft); padding: .1em .3em; border-radius: 4px; }
pre { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 1rem; overflow-x: auto; }
pre code { background: none; padding: 0; }
h1, h2, h3 { line-height: 1.25; }
h1 { font-size: 2rem; margin: .5rem 0 .75rem; letter-spacing: -.01em; }
h2 { font-size: 1.35rem; margin: 2rem 0 .75rem; }
h3 { font-size: 1.1rem; margin: 1.25rem 0 .5rem; }
img { max-width: 100%; height: auto; }
table { border-collapse: collapse; }
th, td { text-align: left; padding: .35rem .6rem; border-bottom: 1px solid var(--border); }
blockquote { margin: 1rem 0; padding: .25rem 1rem; border-left: 4px solid var(--accent); color: var(--muted); background: var(--surface); }

.wrap { max-width: 72rem; margin: 0 auto; padding: 0 1.25rem; }
.skip-link { position: absolute; left: -999px; top: .5rem; background: var(--surface); padding: .5rem 1rem; z-index: 10; }
.skip-link:focus { left: .5rem; }

.site-header { background: var(--surface); border-bottom: 1px solid var(--border); }
.header-row { display: grid; grid-template-columns: minmax(0, 1fr) auto; grid-template-areas: "brand search" "nav nav"; align-items: center; gap: .5rem 1.5rem; padding-top: .7rem; padding-bottom: .5rem; }
.header-row .brand { grid-area: brand; }
.header-row .site-nav { grid-area: nav; margin-left: -.7rem; }
.header-row .site-search { grid-area: search; }
.brand { display: inline-flex; align-items: center; gap: .6rem; font-weight: 700; color: var(--text); text-decoration: none; font-size: 1.05rem; }
.brand-mark { width: 1.4rem; height: 1.4rem; border-radius: 50%;
  background: conic-gradient(var(--connect) 0 25%, var(--assist) 0 50%, var(--resolve) 0 75%, var(--enhance) 0); }
.site-nav ul { display: flex; flex-wrap: wrap; gap: .25rem; list-style: none; margin: 0; padding: 0; }
.site-nav a { display: block; padding: .35rem .7rem; border-radius: 999px; color: var(--muted); text-decoration: none; font-weight: 500; }
.site-nav a:hover { color: var(--text); background: var(--accent-soft); }
.site-nav a[aria-current="page"] { color: var(--accent); background: var(--accent-soft); }

main { padding-top: 1.5rem; padding-bottom: 3rem; min-height: 60vh; }
.breadcrumbs ol { display: flex; flex-wrap: wrap; list-style: none; padding: 0; margin: 0 0 .5rem; font-size: .9rem; color: var(--muted); }
.breadcrumbs li + li::before { content: "/"; margin: 0 .5rem; color: var(--border); }
.breadcrumbs a { color: var(--muted); }

.lede { font-size: 1.15rem; color: var(--muted); max-width: 46rem; margin-top: 0; }
.eyebrow { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; font-weight: 700; color: var(--muted); margin: 0; }
.prose { max-width: 46rem; }
.prose > :first-child { margin-top: 0; }
.meta, .summary, .empty { color: var(--muted); font-size: .92rem; }
.empty { font-style: italic; }

.hero { padding: 1rem 0 .5rem; }
.hero h1 { font-size: 2.3rem; }

.card-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: 1rem; list-style: none; padding: 0; margin: 0; }
.card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 1rem 1.1rem; box-shadow: var(--shadow); }
.card h2, .card h3 { margin: 0 0 .35rem; font-size: 1.1rem; }
.card h2 a, .card h3 a { color: var(--text); text-decoration: none; }
.card h2 a:hover, .card h3 a:hover { color: var(--accent); text-decoration: underline; }
.card p { margin: .25rem 0; }
.card.connect, .stage-card.connect { border-top: 5px solid var(--connect); }
.card.assist, .stage-card.assist { border-top: 5px solid var(--assist); }
.card.resolve, .stage-card.resolve { border-top: 5px solid var(--resolve); }
.card.enhance, .stage-card.enhance { border-top: 5px solid var(--enhance); }

.step-list { list-style: none; padding: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr)); gap: .5rem 1rem; }
.step-list a { display: flex; gap: .6rem; align-items: center; padding: .5rem .75rem; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); text-decoration: none; color: var(--text); }
.step-list a:hover { border-color: var(--accent); }
.step-number { display: inline-grid; place-items: center; min-width: 1.7rem; height: 1.7rem; border-radius: 50%; background: var(--accent-soft); color: var(--accent); font-weight: 700; font-size: .9rem; }

.page-list { list-style: none; padding: 0; margin: 0; display: grid; gap: .5rem; }
.page-list li { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: .6rem .9rem; }
.page-list a { font-weight: 600; }
.page-list .summary { display: block; }
.page-list.compact li { padding: .35rem .75rem; }
.page-list a[aria-current="page"] { color: var(--text); text-decoration: none; }

.tags { display: flex; flex-wrap: wrap; gap: .4rem; list-style: none; padding: 0; margin: .5rem 0 1rem; }
.tag { display: inline-block; padding: .1rem .6rem; border-radius: 999px; border: 1px solid var(--border); font-size: .85rem; text-decoration: none; color: var(--text); background: var(--surface); }
.tag.connect { border-color: var(--connect); } .tag.assist { border-color: var(--assist); }
.tag.resolve { border-color: var(--resolve); } .tag.enhance { border-color: var(--enhance); }
/* Front matter facts on a handbook page (author, dates, tags, draft) and the tag pages. */
.page-facts { color: var(--muted); font-size: .92rem; margin: 0 0 .5rem; }
.page-facts span + span::before { content: " · "; }
.tag.topic { border-style: dashed; }
.topic-tags .all-tags { align-self: center; font-size: .85rem; }
.tag-index { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .6rem 1.25rem; }
.tag-index-link { margin: .5rem 0 1rem; }
.draft-note { border-left: 4px solid var(--resolve); background: var(--surface); padding: .5rem .9rem; border-radius: 4px; }
@media print { .topic-tags .all-tags { display: none; } }

.page-header { margin-bottom: 1.5rem; }
.framework-page.connect .page-header { border-left: 6px solid var(--connect); padding-left: 1rem; }
.framework-page.assist .page-header { border-left: 6px solid var(--assist); padding-left: 1rem; }
.framework-page.resolve .page-header { border-left: 6px solid var(--resolve); padding-left: 1rem; }
.framework-page.enhance .page-header { border-left: 6px solid var(--enhance); padding-left: 1rem; }
.framework-columns { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
.practices { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: .25rem 1.25rem 1rem; }
.practices h2 { font-size: 1.05rem; margin-top: 1rem; }
.practices ul { padding-left: 1.2rem; margin: 0; }
.practices li { margin: .35rem 0; }
.rules li::marker { content: "✓  "; color: var(--accent); }
.section-nav { margin-top: 2.5rem; }
.section-nav-all { margin: .75rem 0 0; }
.prev-next { display: flex; justify-content: space-between; gap: 1rem; margin-top: 2.5rem; padding-top: 1rem; border-top: 1px solid var(--border); }
.prev-next a[rel="next"] { margin-left: auto; }

.site-footer { border-top: 1px solid var(--border); color: var(--muted); font-size: .9rem; }
.site-footer p { margin: 1rem 0; }

@media (max-width: 44rem) {
  .framework-columns { grid-template-columns: 1fr; }
  h1, .hero h1 { font-size: 1.7rem; }
  .header-row { gap: .25rem; }
}

@media print {
  :root { --bg: #fff; --surface: #fff; --text: #000; --muted: #333; --border: #bbb; --accent: #000; --accent-soft: #eee; --shadow: none; }
  body { font-size: 11pt; }
  .site-header, .site-footer, .site-nav, .breadcrumbs, .skip-link, .prev-next, .section-nav { display: none; }
  main { padding: 0; }
  .wrap { max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .prose a[href^="http"]::after { content: " (" attr(href) ")"; font-size: .85em; color: #444; }
  .card, .page-list li, .practices, pre, figure, table { break-inside: avoid; box-shadow: none; }
  h1, h2, h3 { break-after: avoid; }
}

/* ==== Journey maps =============================================================   Journey pages (stage columns of touchpoint cards, emotion curve, improvements), the
   journeys index and the touchpoint lists on stage and step pages. Emotions are always
   written out (value and word); the badge colour only repeats them. */
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
:root {
  --emotion-n2-bg: #fde4e2; --emotion-n2-fg: #8c1d18;
  --emotion-n1-bg: #fdefd9; --emotion-n1-fg: #7a3e00;
  --emotion-0-bg: #eceff3; --emotion-0-fg: #39424e;
  --emotion-p1-bg: #def3e6; --emotion-p1-fg: #17603b;
  --emotion-p2-bg: #c8ecd6; --emotion-p2-fg: #0b4a2a;
  --pain: #c4432b; --opportunity: #9a6700; --improvement: #1a7f37;
}
@media (prefers-color-scheme: dark) {
  :root {
    --emotion-n2-bg: #4d1f1d; --emotion-n2-fg: #ffc1b8;
    --emotion-n1-bg: #46321a; --emotion-n1-fg: #ffd69c;
    --emotion-0-bg: #2a313d; --emotion-0-fg: #d5dbe4;
    --emotion-p1-bg: #173b29; --emotion-p1-fg: #a6e3bd;
    --emotion-p2-bg: #135033; --emotion-p2-fg: #c4f2d6;
    --pain: #ff8e6e; --opportunity: #d29922; --improvement: #3fb950;
  }
}
.emotion { display: inline-block; padding: 0 .45rem; border-radius: 999px; font-size: .82rem; font-weight: 600; white-space: nowrap; line-height: 1.55; }
.emotion.e-n2 { background: var(--emotion-n2-bg); color: var(--emotion-n2-fg); }
.emotion.e-n1 { background: var(--emotion-n1-bg); color: var(--emotion-n1-fg); }
.emotion.e-0 { background: var(--emotion-0-bg); color: var(--emotion-0-fg); }
.emotion.e-p1 { background: var(--emotion-p1-bg); color: var(--emotion-p1-fg); }
.emotion.e-p2 { background: var(--emotion-p2-bg); color: var(--emotion-p2-fg); }
.label { font-size: .72rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); margin-right: .3rem; }
.chip { display: inline-block; padding: 0 .5rem; border: 1px solid var(--border); border-radius: 999px; font-size: .82rem; background: var(--bg); color: var(--text); text-decoration: none; line-height: 1.6; }
a.chip:hover { border-color: var(--accent); }
.plain-list { list-style: none; margin: 0; padding: 0; }

.journey-facts, .journey-numbers { display: flex; flex-wrap: wrap; gap: .5rem 2.5rem; margin: 1rem 0 0; }
.journey-facts dt, .journey-numbers dt { font-size: .75rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.journey-facts dd, .journey-numbers dd { margin: 0; font-weight: 600; }
.journey-numbers { display: inline-flex; gap: .5rem 0; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: .5rem 0; }
.journey-numbers div { padding: 0 1.25rem; border-left: 1px solid var(--border); }
.journey-numbers div:first-child { border-left: 0; }
.journey-numbers dd { font-size: 1.35rem; font-weight: 700; line-height: 1.3; }
.journey-numbers dd .emotion { font-size: .95rem; vertical-align: middle; }
.journey-status { text-transform: none; letter-spacing: 0; font-weight: 600; }
.journey-intro { margin-bottom: 1rem; }
.journey-curve .chart { margin-top: .5rem; }

.journey-map { display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); gap: .9rem; align-items: start; }
.stage-column { --stage: var(--accent); background: color-mix(in srgb, var(--stage) 5%, var(--bg)); border: 1px solid var(--border); border-top: 6px solid var(--stage); border-radius: var(--radius); padding: .75rem; min-width: 0; }
.stage-column.connect, .improvement-stage.connect, .tp-card.connect { --stage: var(--connect); }
.stage-column.assist, .improvement-stage.assist, .tp-card.assist { --stage: var(--assist); }
.stage-column.resolve, .improvement-stage.resolve, .tp-card.resolve { --stage: var(--resolve); }
.stage-column.enhance, .improvement-stage.enhance, .tp-card.enhance { --stage: var(--enhance); }
.stage-column-header h3 { margin: 0; font-size: 1.2rem; display: flex; align-items: center; gap: .5rem; }
.stage-column-header h3 a { color: var(--text); text-decoration: none; }
.stage-column-header h3 a:hover { text-decoration: underline; }
.stage-number { display: inline-grid; place-items: center; width: 1.6rem; height: 1.6rem; border-radius: 50%; background: var(--stage); color: var(--surface); font-size: .85rem; font-weight: 700; }
.stage-subtitle { margin: .15rem 0 0; font-weight: 600; color: var(--text); font-size: .95rem; }
.stage-stats { margin: .25rem 0 .5rem; color: var(--muted); font-size: .85rem; }
.stage-prose { font-size: .9rem; color: var(--muted); }

.tp-list { list-style: none; margin: .5rem 0 0; padding: 0; display: grid; gap: .7rem; }
.tp-card { background: var(--surface); border: 1px solid var(--border); border-left: 4px solid var(--stage); border-radius: 8px; padding: .65rem .75rem; box-shadow: var(--shadow); font-size: .9rem; line-height: 1.45; overflow-wrap: anywhere; }
.tp-card:target { outline: 3px solid var(--accent); outline-offset: 2px; }
.tp-card h4 { margin: 0 0 .35rem; font-size: 1rem; line-height: 1.3; display: flex; gap: .45rem; align-items: baseline; }
.tp-number { flex: none; display: inline-grid; place-items: center; min-width: 1.45rem; height: 1.45rem; padding: 0 .2rem; border-radius: 6px; border: 1.5px solid var(--stage); color: var(--text); font-size: .78rem; font-weight: 700; }
.tp-card p { margin: .3rem 0; }
.tp-emotion { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem; }
.tp-target { display: inline-flex; align-items: center; gap: .25rem; margin-left: .35rem; }
.tp-target .emotion { background: none; border: 1.5px dashed currentColor; }
.tp-owner { color: var(--muted); }
.tp-thought q { font-style: italic; }
.tp-notes { list-style: none; margin: .4rem 0; padding: 0; display: grid; gap: .3rem; }
.tp-notes li { padding: .25rem .5rem; border-left: 3px solid var(--border); background: var(--bg); border-radius: 0 6px 6px 0; }
.tp-notes.pains li { border-left-color: var(--pain); }
.tp-notes.opportunities li { border-left-color: var(--opportunity); }
.tp-notes.improvements li { border-left-color: var(--improvement); background: color-mix(in srgb, var(--improvement) 9%, var(--surface)); }
.tp-notes .label { display: block; margin: 0; font-size: .68rem; }
.tp-notes .tp-owner { display: block; font-size: .82rem; }
.tp-other { margin: .4rem 0; font-size: .85rem; }
.tp-other div { margin: .15rem 0; }
.tp-other dt { display: inline; font-weight: 700; }
.tp-other dt::after { content: ": "; }
.tp-other dd { display: inline; margin: 0; }
.tp-prose { font-size: .87rem; color: var(--muted); border-top: 1px dashed var(--border); margin-top: .5rem; padding-top: .4rem; }
.tp-prose p { margin: .3rem 0; }
.tp-tags { display: flex; flex-wrap: wrap; gap: .25rem; align-items: center; }

.improvement-grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(15rem, 1fr)); gap: 1rem; }
.improvement-stage { background: var(--surface); border: 1px solid var(--border); border-top: 5px solid var(--stage); border-radius: var(--radius); padding: .75rem 1rem; }
.improvement-stage h3 { margin: 0 0 .4rem; }
.improvement-stage ul { margin: 0; padding-left: 1.1rem; }
.improvement-stage li { margin: .4rem 0; }
.improvement-stage .meta { display: block; }
.improvement-text { font-weight: 600; }
.empty.missing { color: var(--pain); font-style: normal; }

.metric-table { width: 100%; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
.metric-table th[scope="row"] { font-weight: 600; }
.metric-table .summary { display: block; font-weight: 400; }
.metric-table td, .metric-table th { vertical-align: top; }
.journey-data { margin-top: 2rem; }

.journey-cards { list-style: none; padding: 0; margin: 0; display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 24rem), 1fr)); gap: 1rem; }
.journey-card .summary { margin: .4rem 0; }
.journey-persona { font-weight: 600; }
.stage-counts { list-style: none; padding: 0; margin: .75rem 0; display: grid; grid-template-columns: repeat(4, 1fr); gap: .35rem; }
.stage-counts li { --stage: var(--accent); border: 1px solid var(--border); border-top: 4px solid var(--stage); border-radius: 6px; padding: .2rem .4rem; text-align: center; font-size: .8rem; }
.stage-counts li.connect { --stage: var(--connect); } .stage-counts li.assist { --stage: var(--assist); }
.stage-counts li.resolve { --stage: var(--resolve); } .stage-counts li.enhance { --stage: var(--enhance); }
.stage-counts .stage-name { display: block; color: var(--muted); }
.stage-counts .stage-count { font-size: 1.1rem; font-weight: 700; }
.journey-stats { display: grid; grid-template-columns: repeat(4, auto); justify-content: space-between; gap: .25rem 1rem; margin: .5rem 0; padding-top: .5rem; border-top: 1px solid var(--border); }
.journey-stats dt { font-size: .7rem; font-weight: 700; letter-spacing: .06em; text-transform: uppercase; color: var(--muted); }
.journey-stats dd { margin: 0; font-weight: 700; font-size: 1.05rem; }
.warning-note::before { content: "⚠ "; }
.channel-list { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .5rem 1.25rem; }

.journey-group-title { font-size: 1.05rem; }
.journey-touchpoint-list .emotion { margin-left: .25rem; }

@media (max-width: 64rem) {
  .journey-map { grid-template-columns: repeat(2, minmax(0, 1fr)); }
}
@media (max-width: 40rem) {
  .journey-map { grid-template-columns: minmax(0, 1fr); }
  .journey-facts { gap: .5rem 1.25rem; }
  .journey-numbers { display: grid; grid-template-columns: 1fr 1fr; gap: .5rem 0; }
  .journey-numbers div:nth-child(3) { border-left: 0; }
  .metric-table .summary { display: none; }
}
@media print {
  .journey-map { grid-template-columns: minmax(0, 1fr); gap: .5rem; }
  .stage-column { background: none; break-inside: auto; }
  .tp-list { grid-template-columns: repeat(2, minmax(0, 1fr)); }
  .tp-card, .improvement-stage, .journey-card { break-inside: avoid; box-shadow: none; }
  .tp-card:target { outline: none; }
  .emotion, .tp-notes li, .stage-number { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  .journey-data { display: none; }
}

/* Metrics: scorecards, the metrics index, metric pages. */
:root { --good: #18794e; --good-soft: #e3f4ea; --bad: #b42318; --bad-soft: #fde8e6; }
@media (prefers-color-scheme: dark) {
  :root { --good: #5cd49a; --good-soft: #173527; --bad: #ff9a8f; --bad-soft: #45201c; }
}
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.sub { display: block; color: var(--muted); font-size: .8rem; font-weight: 400; line-height: 1.3; }
.missing { color: var(--muted); }
.table-scroll { overflow-x: auto; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); box-shadow: var(--shadow); }
.table-scroll table { width: 100%; }
.table-scroll th, .table-scroll td { padding: .5rem .75rem; vertical-align: middle; }
.table-scroll thead th { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; vertical-align: bottom; }
.table-scroll thead .sub { text-transform: none; letter-spacing: 0; }
.table-scroll tbody tr:last-child > * { border-bottom: 0; }
.scorecard tbody th { font-weight: 600; }
.scorecard tbody th a { color: var(--text); text-decoration: none; }
.scorecard tbody th a:hover { color: var(--accent); text-decoration: underline; }
.scorecard tbody tr > th:first-child { box-shadow: inset 4px 0 var(--border); }
.scorecard tbody tr.connect > th:first-child { box-shadow: inset 4px 0 var(--connect); }
.scorecard tbody tr.assist > th:first-child { box-shadow: inset 4px 0 var(--assist); }
.scorecard tbody tr.resolve > th:first-child { box-shadow: inset 4px 0 var(--resolve); }
.scorecard tbody tr.enhance > th:first-child { box-shadow: inset 4px 0 var(--enhance); }
.scorecard .value { font-size: 1.1rem; font-weight: 700; }
.scorecard { table-layout: fixed; min-width: 44rem; }
.scorecard .c-name { width: 32%; } .scorecard .c-spark { width: 9.5rem; } .scorecard .c-value { width: 14%; }
.scorecard .c-delta { width: 13%; } .scorecard .c-target { width: 10%; } .scorecard .c-status { width: 9.5rem; }
.scorecard td.spark { line-height: 0; }
.scorecard td.spark svg { width: 100%; max-width: 8rem; height: auto; }
.scorecard.breakdown { table-layout: auto; min-width: 0; }
.delta.better { color: var(--good); }
.delta.worse { color: var(--bad); }
.delta.flat { color: var(--muted); }
.status { display: inline-block; padding: .1rem .6rem; border-radius: 999px; font-size: .85rem; font-weight: 600; white-space: nowrap; border: 1px solid transparent; }
.status.met { background: var(--good-soft); color: var(--good); }
.status.missed { background: var(--bad-soft); color: var(--bad); }
.status.no-target, .status.no-data { color: var(--muted); border-color: var(--border); }
.status.met::before { content: "✓ "; }
.status.missed::before { content: "! "; }

.metric-counts { display: flex; flex-wrap: wrap; gap: .5rem; list-style: none; padding: 0; margin: .75rem 0 0; }
.metric-counts li { padding: .25rem .8rem; border-radius: 999px; background: var(--surface); border: 1px solid var(--border); font-size: .95rem; }
.metric-counts .met { border-color: var(--good); color: var(--good); }
.metric-counts .missed { border-color: var(--bad); color: var(--bad); }
.metric-stage { margin-top: 2rem; }
.metric-stage h2 { display: flex; align-items: center; gap: .6rem; margin-bottom: .6rem; }
.metric-stage h2::before { content: ""; width: .85rem; height: .85rem; border-radius: 50%; background: var(--border); }
.metric-stage.connect h2::before { background: var(--connect); }
.metric-stage.assist h2::before { background: var(--assist); }
.metric-stage.resolve h2::before { background: var(--resolve); }
.metric-stage.enhance h2::before { background: var(--enhance); }
.metric-stage h2 a { color: var(--text); text-decoration: none; }
.metric-stage h2 a:hover { color: var(--accent); text-decoration: underline; }
.data-link { margin-top: 2rem; }
.metric-scorecard { margin-top: 2.5rem; }

.metric-page.connect .page-header { border-left: 6px solid var(--connect); padding-left: 1rem; }
.metric-page.assist .page-header { border-left: 6px solid var(--assist); padding-left: 1rem; }
.metric-page.resolve .page-header { border-left: 6px solid var(--resolve); padding-left: 1rem; }
.metric-page.enhance .page-header { border-left: 6px solid var(--enhance); padding-left: 1rem; }
.metric-page .eyebrow a { color: inherit; text-decoration: none; }
.metric-page .eyebrow a:hover { text-decoration: underline; }
.kpi-strip { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: 1rem; margin: 0 0 1.5rem; }
.kpi { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: .75rem 1rem; box-shadow: var(--shadow); }
.kpi dt { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
.kpi dd { margin: .15rem 0 0; }
.kpi .kpi-value { font-size: 1.7rem; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.kpi .status { font-size: 1rem; margin-top: .35rem; }
.metric-section { margin-top: 2rem; }
.metric-section > h2 { margin-top: 0; }
.metric-section figure { margin: 0 0 1rem; }
.monthly td.missed { color: var(--bad); }
.monthly td.delta.better { color: var(--good); }
.monthly tbody tr:nth-child(even) > * { background: color-mix(in srgb, var(--bg) 60%, transparent); }
.facts { display: grid; grid-template-columns: max-content 1fr; gap: .4rem 1.5rem; margin: 0; }
.facts dt { color: var(--muted); font-weight: 600; }
.facts dd { margin: 0; }
.facts .sub { display: inline; }
.sources { list-style: none; margin: 0; padding: 0; }

@media (max-width: 44rem) {
  .scorecard { min-width: 0; table-layout: auto; }
  .scorecard .spark, .scorecard .c-spark { display: none; }
  .facts { grid-template-columns: 1fr; }
}
@media print {
  .table-scroll { overflow: visible; border: 0; }
  .status { border: 1px solid #999; background: none; }
}

/* ==== Maturity ============================================================================ */
.level-pill { display: inline-block; padding: .1rem .55rem; border-radius: 999px; font-size: .85rem; font-weight: 600; border: 1px solid var(--border); background: var(--surface); white-space: nowrap; }
.level-pill.level-1 { border-color: var(--cx-bad, #b42318); color: var(--cx-bad, #b42318); }
.level-pill.level-2 { border-color: var(--resolve); color: var(--resolve); }
.level-pill.level-3 { border-color: var(--muted); color: var(--text); }
.level-pill.level-4 { border-color: var(--assist); color: var(--assist); }
.level-pill.level-5 { border-color: var(--cx-good, #18794e); color: var(--cx-good, #18794e); }
.change { font-size: .85rem; font-weight: 600; }
.change.better { color: var(--cx-good, #18794e); }
.change.worse { color: var(--cx-bad, #b42318); }
.change.flat { color: var(--muted); }
.maturity-overview { display: grid; grid-template-columns: minmax(12rem, 1fr) minmax(0, 3fr); gap: 1.5rem; align-items: start; margin: 1rem 0 2rem; }
.overall-badge { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 1rem 1.25rem; text-align: center; box-shadow: var(--shadow); }
.overall-badge h2 { margin: 0; font-size: .85rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
.overall-level { margin: .25rem 0; }
.level-number { display: block; font-size: 3.2rem; font-weight: 800; line-height: 1; }
.level-name { display: block; font-size: 1.2rem; font-weight: 700; }
.overall-score { margin: .25rem 0 0; font-size: 1.4rem; font-weight: 700; }
.overall-score span { font-size: .9rem; font-weight: 500; color: var(--muted); }
.overall-badge.level-4 .level-number, .overall-badge.level-4 .level-name { color: var(--assist); }
.overall-badge.level-5 .level-number, .overall-badge.level-5 .level-name { color: var(--cx-good, #18794e); }
.overall-badge.level-1 .level-number, .overall-badge.level-1 .level-name { color: var(--cx-bad, #b42318); }
.overall-badge.level-2 .level-number, .overall-badge.level-2 .level-name { color: var(--resolve); }
.overall-detail h3 { margin-top: 1rem; }
.components { display: grid; gap: .35rem; margin: 0; }
.component { display: grid; grid-template-columns: 11rem 1fr; gap: .75rem; align-items: center; }
.component dt { font-weight: 600; font-size: .92rem; }
.component .weight { display: block; font-weight: 400; color: var(--muted); font-size: .8rem; }
.component dd { margin: 0; display: flex; align-items: center; gap: .5rem; font-variant-numeric: tabular-nums; }
.component.missing dd { color: var(--muted); font-style: italic; }
.bar { flex: 1; max-width: 16rem; height: .55rem; border-radius: 999px; background: var(--accent-soft); overflow: hidden; }
.bar span { display: block; height: 100%; background: var(--accent); border-radius: 999px; }
.gains { margin: .25rem 0 0; padding-left: 1.3rem; }
.gains li { margin: .2rem 0; }
.gain { font-weight: 700; color: var(--cx-good, #18794e); font-variant-numeric: tabular-nums; white-space: nowrap; }
.gains-title { margin: .75rem 0 0; font-weight: 600; font-size: .92rem; }
.area-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(22rem, 1fr)); gap: 1rem; }
.area-card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: 1rem 1.1rem; box-shadow: var(--shadow); }
.area-card.connect { border-top: 5px solid var(--connect); } .area-card.assist { border-top: 5px solid var(--assist); }
.area-card.resolve { border-top: 5px solid var(--resolve); } .area-card.enhance { border-top: 5px solid var(--enhance); }
.area-head h3 { margin: 0; }
.area-head h3 a { color: var(--text); text-decoration: none; }
.area-score { margin: .3rem 0 .75rem; display: flex; flex-wrap: wrap; gap: .5rem; align-items: baseline; }
.score-number { font-size: 1.3rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.inputs { margin-top: .75rem; }
.inputs summary { cursor: pointer; font-weight: 600; color: var(--accent); }
.inputs h4 { margin: .75rem 0 .25rem; font-size: .95rem; }
.inputs-table { width: 100%; font-size: .88rem; margin-top: .5rem; }
.inputs-table caption { text-align: left; font-weight: 600; padding-bottom: .25rem; }
.inputs-table .num { text-align: right; font-variant-numeric: tabular-nums; }
.inputs-table .met { color: var(--cx-good, #18794e); font-weight: 600; }
.practice-list, .answers { list-style: none; padding: 0; margin: 0; font-size: .9rem; }
.practice-list li, .answers li { padding: .3rem 0; border-bottom: 1px solid var(--border); }
.practice-state { display: inline-block; min-width: 4.2rem; font-size: .75rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; }
.practice.found .practice-state { color: var(--cx-good, #18794e); }
.practice.partial .practice-state { color: var(--resolve); }
.practice.missing .practice-state { color: var(--cx-bad, #b42318); }
.evidence a { font-size: .85rem; margin-right: .4rem; }
.answer-score { display: inline-block; min-width: 2.5rem; font-weight: 700; font-variant-numeric: tabular-nums; }
.radar-wrap { max-width: 34rem; margin: 0 auto 1rem; }
.level-bands { list-style: none; padding: 0; }
.level-bands li { margin: .3rem 0; }
@media (max-width: 44rem) {
  .maturity-overview { grid-template-columns: 1fr; }
  .component { grid-template-columns: 8rem 1fr; }
  .area-grid { grid-template-columns: 1fr; }
}
@media print {
  .inputs { display: block; }
  .inputs summary { display: none; }
  .area-card { break-inside: avoid; }
}
.step-status { display: inline-block; padding: .05rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 700; text-transform: uppercase; letter-spacing: .04em; border: 1px solid currentColor; }
.step-status.done { color: var(--cx-good, #18794e); }
.step-status.in-progress { color: var(--resolve); }
.step-status.not-started { color: var(--muted); }
.tracker-panel { background: var(--surface); border: 1px solid var(--border); border-left: 6px solid var(--muted); border-radius: var(--radius); padding: .25rem 1.25rem .75rem; margin-bottom: 1.5rem; }
.tracker-panel.done { border-left-color: var(--cx-good, #18794e); }
.tracker-panel.in-progress { border-left-color: var(--resolve); }
.tracker-panel h2 { font-size: 1.1rem; }
.tracker-panel .override { color: var(--muted); font-style: italic; }
.evidence-list { display: flex; flex-wrap: wrap; gap: .4rem 1rem; padding-left: 1.1rem; }
.page-maturity { margin: .25rem 0 0; }
a.level-pill { text-decoration: none; }

/* ==== Home dashboard ====================================================================== */
.dashboard { margin: .5rem 0 2.5rem; }
.dashboard > h2 { margin-top: 0; }
.dash-top { display: grid; grid-template-columns: minmax(11rem, 1fr) minmax(0, 2fr) minmax(0, 2fr); gap: 1rem; align-items: stretch; }
.dash-top .overall-badge { display: flex; flex-direction: column; justify-content: center; }
.dash-top .overall-badge h3 { margin: 0; font-size: .8rem; text-transform: uppercase; letter-spacing: .08em; color: var(--muted); }
.dash-chart { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: .5rem .75rem; box-shadow: var(--shadow); min-width: 0; }
.dash-chart figure { margin: 0; }
.dash-links { display: flex; flex-wrap: wrap; gap: .5rem 2rem; list-style: none; padding: 0; margin: 1rem 0 0; }
.kpi-tiles { display: grid; grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr)); gap: .75rem; list-style: none; padding: 0; margin: 0; }
.kpi { background: var(--surface); border: 1px solid var(--border); border-left: 5px solid var(--muted); border-radius: var(--radius); padding: .6rem .9rem; box-shadow: var(--shadow); }
.kpi.stage-connect { border-left-color: var(--connect); } .kpi.stage-assist { border-left-color: var(--assist); }
.kpi.stage-resolve { border-left-color: var(--resolve); } .kpi.stage-enhance { border-left-color: var(--enhance); }
.kpi-name { font-weight: 600; font-size: .92rem; color: var(--text); text-decoration: none; }
.kpi-name:hover { text-decoration: underline; }
.kpi p { margin: .15rem 0; }
.kpi-value { font-size: 1.6rem; font-weight: 700; font-variant-numeric: tabular-nums; line-height: 1.2; }
.kpi-value .delta { font-size: .85rem; font-weight: 600; margin-left: .35rem; }
.kpi-spark svg.cx-sparkline { width: 100%; height: 2rem; }
.kpi-foot { display: flex; align-items: center; gap: .5rem; flex-wrap: wrap; }
.tracker-strip { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: .5rem; list-style: none; padding: 0; }
.tracker-strip li { display: flex; justify-content: space-between; align-items: center; gap: .5rem; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: .45rem .75rem; }
.tracker-strip a { color: var(--text); text-decoration: none; display: flex; gap: .5rem; align-items: center; }
.tracker-strip a:hover { color: var(--accent); }
.home-intro { margin-top: 1rem; }
@media (max-width: 60rem) {
  .dash-top { grid-template-columns: 1fr 1fr; }
  .dash-top .overall-badge { grid-column: 1 / -1; }
}
@media (max-width: 40rem) {
  .dash-top { grid-template-columns: 1fr; }
}
@media print {
  .dash-chart, .kpi, .tracker-strip li { break-inside: avoid; box-shadow: none; }
}
.inputs-changed { font-size: .8rem; color: var(--muted); margin: .25rem 0 0; }

/* ==== Monthly reviews =====================================================================
   The review page reads as a report: title and byline, a summary box, highlights, the
   scorecard by CARE stage, maturity, improvements, decisions, notes and rule checks. In print
   it drops the site's navigation, keeps tables and charts whole and shows links as text. */
.print-only { display: none; }
.review-header { margin-bottom: 1rem; }
.review-header h1 { margin-bottom: .35rem; }
.review-byline { display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; margin: 0; color: var(--muted); }
.frozen-badge { font-weight: 600; color: var(--text); border: 1px solid var(--border); border-radius: 999px; padding: 0 .6rem; font-size: .9rem; }
.review-summary { background: var(--surface); border: 1px solid var(--border); border-left: 6px solid var(--accent); border-radius: var(--radius); padding: .75rem 1.25rem; box-shadow: var(--shadow); }
.review-summary p { margin: 0; }
.review-summary .label { margin-right: .5rem; }
.review-summary strong { font-size: 1.35rem; font-variant-numeric: tabular-nums; }
.summary-facts { margin-top: .35rem !important; font-weight: 600; }
.review-section { margin-top: 2rem; }
.review-section > h2 { border-bottom: 2px solid var(--border); padding-bottom: .25rem; }
:root { --restated: #8a5a00; }
@media (prefers-color-scheme: dark) { :root { --restated: #e3b341; } }
.restated { display: block; font-size: .78rem; font-weight: 600; color: var(--restated); white-space: nowrap; }
.restatement-note { background: var(--surface); border: 1px solid var(--restated); border-left-width: 6px; border-radius: var(--radius); padding: .5rem 1rem; }
.restatement-table th, .restatement-table td { background: var(--surface); }

.highlights { list-style: none; padding: 0; margin: 0; display: grid; gap: .45rem; max-width: 60rem; }
.highlight { display: grid; grid-template-columns: 6.5rem 1fr; gap: .75rem; align-items: baseline; padding: .45rem .75rem; background: var(--surface); border: 1px solid var(--border); border-left: 5px solid var(--border); border-radius: 8px; }
.hl-marker { font-size: .72rem; font-weight: 700; letter-spacing: .05em; text-transform: uppercase; color: var(--muted); }
.highlight.better, .highlight.on-target { border-left-color: var(--good); }
.highlight.better .hl-marker, .highlight.on-target .hl-marker { color: var(--good); }
.highlight.worse, .highlight.off-target { border-left-color: var(--bad); }
.highlight.worse .hl-marker, .highlight.off-target .hl-marker { color: var(--bad); }

.review-stage { margin-top: 1.25rem; }
.review-stage h3 { display: flex; align-items: center; gap: .5rem; margin: 0 0 .5rem; }
.review-stage h3::before { content: ""; width: .8rem; height: .8rem; border-radius: 50%; background: var(--border); }
.review-stage.connect h3::before { background: var(--connect); } .review-stage.assist h3::before { background: var(--assist); }
.review-stage.resolve h3::before { background: var(--resolve); } .review-stage.enhance h3::before { background: var(--enhance); }
.review-stage h3 a { color: var(--text); text-decoration: none; }
.review-stage.connect .scorecard tbody th { box-shadow: inset 4px 0 var(--connect); }
.review-stage.assist .scorecard tbody th { box-shadow: inset 4px 0 var(--assist); }
.review-stage.resolve .scorecard tbody th { box-shadow: inset 4px 0 var(--resolve); }
.review-stage.enhance .scorecard tbody th { box-shadow: inset 4px 0 var(--enhance); }

.review-maturity { width: 100%; }
.review-maturity tr.overall th, .review-maturity tr.overall td { font-weight: 700; }
.review-maturity tr.group th, .compare-table tr.group th { font-size: .8rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); background: var(--bg); }

.improvement-loop { display: grid; grid-template-columns: repeat(auto-fit, minmax(17rem, 1fr)); gap: 1rem; }
.loop-group { background: var(--surface); border: 1px solid var(--border); border-top: 5px solid var(--muted); border-radius: var(--radius); padding: .6rem 1rem .8rem; }
.loop-group.done { border-top-color: var(--good); }
.loop-group.carried { border-top-color: var(--resolve); }
.loop-group.new { border-top-color: var(--accent); }
.loop-group h3 { margin: 0 0 .4rem; font-size: 1rem; }
.loop-group ul { list-style: none; margin: 0; padding: 0; }
.improvement-item { padding: .4rem 0; border-bottom: 1px solid var(--border); }
.improvement-item:last-child { border-bottom: 0; }
.improvement-title { font-weight: 600; }
.improvement-item .step-status { margin-left: .25rem; font-size: .7rem; }
.decisions { padding-left: 1.4rem; max-width: 46rem; }
.decisions li { margin: .3rem 0; }

.rule-checks { width: 100%; }
.rule-checks td, .rule-checks th { vertical-align: top; }
.rule-checks th[scope="row"] { font-weight: 600; }
.check { display: inline-block; padding: .05rem .55rem; border-radius: 999px; font-size: .8rem; font-weight: 700; white-space: nowrap; border: 1px solid var(--border); color: var(--muted); }
.check.pass { background: var(--good-soft); color: var(--good); border-color: transparent; }
.check.fail { background: var(--bad-soft); color: var(--bad); border-color: transparent; }
.check.pass::before { content: "✓ "; }
.check.fail::before { content: "✗ "; }
.stage-name { font-weight: 600; white-space: nowrap; }
.stage-name.connect { color: var(--connect); } .stage-name.assist { color: var(--assist); }
.stage-name.resolve { color: var(--resolve); } .stage-name.enhance { color: var(--enhance); }

.review-archive td.spark { line-height: 0; width: 8.5rem; }
.review-archive td.spark svg { width: 100%; max-width: 8rem; height: auto; }
.compare-table td.met { color: var(--good); }
.compare-table td.missed { color: var(--bad); font-weight: 600; }
.compare-table th.year-earlier, .compare-table td.year-earlier { border-left: 2px solid var(--border); }
.compare-table thead a { color: inherit; }
.compare-table tbody th a, .review-maturity tbody th a, .review-archive tbody th a { color: var(--text); text-decoration: none; font-weight: 600; }
.compare-table tbody th a:hover, .review-maturity tbody th a:hover, .review-archive tbody th a:hover { color: var(--accent); text-decoration: underline; }
.compare-table tbody th { white-space: nowrap; }

@media (max-width: 44rem) {
  .highlight { grid-template-columns: 1fr; gap: .1rem; }
}

@media print {
  @page {
    margin: 14mm 12mm 16mm;
    @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt system-ui, sans-serif; color: #555; }
  }
  .kind-review main, .kind-review .wrap { max-width: none; }
  .kind-review .print-only { display: inline; }
  .kind-review .screen-only { display: none; }
  .kind-review .breadcrumbs { display: none; }
  .kind-review .review-byline { color: #333; }
  .review-summary, .highlight, .loop-group, .table-scroll { box-shadow: none; }
  .review-summary { border-left-width: 4px; }
  .review-section { break-before: auto; margin-top: 1.25rem; }
  .review-section > h2 { break-after: avoid; }
  .kind-review { font-size: 10pt; }
  .review table { break-inside: auto; }
  .review .table-scroll { border: 1px solid var(--border); }
  .review tr, .highlight, .improvement-item, .loop-group, .restatement-table { break-inside: avoid; }
  .review-stage h3 { break-after: avoid; margin-top: .75rem; }
  .review thead { display: table-header-group; }
  .review .table-scroll th, .review .table-scroll td { padding: .3rem .45rem; }
  .review .scorecard { min-width: 0; }
  .review .scorecard .c-name { width: 34%; } .review .scorecard .c-spark { width: 16%; } .review .scorecard .c-value { width: 12%; }
  .review .scorecard .c-delta { width: 13%; } .review .scorecard .c-target { width: 9%; } .review .scorecard .c-status { width: 16%; }
  .review .scorecard .value { font-size: 1em; }
  .review .scorecard td.spark svg { max-width: 6.5rem; }
  .review .status, .review .check { font-size: .8em; }
  .highlight { padding: .3rem .6rem; grid-template-columns: 5.5rem 1fr; }
  .highlights { gap: .3rem; max-width: none; }
  .review a { color: inherit; text-decoration: none; }
  .highlight, .status, .check, .level-pill, .change, .delta, .restated, .review-stage h3::before, .stage-name, .hl-marker, .loop-group, .scorecard tbody th {
    -webkit-print-color-adjust: exact; print-color-adjust: exact;
  }
  .improvement-loop { grid-template-columns: repeat(3, minmax(0, 1fr)); gap: .6rem; }
  .kind-review .prev-next { display: none; }
}
/* Rule checks: checks/index.html and the "From the help-desk exports" section of metric pages. */
.rule-cards { list-style: none; padding: 0; margin: 0 0 1rem; display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 1rem; }
.rule-card { background: var(--surface); border: 1px solid var(--border); border-top: 5px solid var(--border); border-radius: var(--radius); padding: 1rem 1.1rem; box-shadow: var(--shadow); display: flex; flex-direction: column; }
.rule-card.resolve { border-top-color: var(--resolve); }
.rule-card.enhance { border-top-color: var(--enhance); }
.rule-card h2 { font-size: 1.15rem; margin: .3rem 0 .6rem; }
.rule-card p { margin: .4rem 0; }
.rule-card .eyebrow a { color: inherit; text-decoration: none; }
.rule-card .eyebrow a:hover { text-decoration: underline; }
.care-words { margin: .25rem 0 .5rem; font-size: .95rem; }
.care-words p { margin: .2rem 0; }
.rule-latest { display: flex; flex-wrap: wrap; align-items: center; gap: .25rem .6rem; margin-top: auto; padding-top: .6rem; }
.rule-latest .sub { flex-basis: 100%; }
.rule-share { font-size: 1.7rem; font-weight: 700; line-height: 1.2; font-variant-numeric: tabular-nums; }
.rule-sentence { color: var(--muted); font-size: .92rem; }
.rule-unavailable { border-left: 4px solid var(--border); padding: .1rem .8rem; margin: .6rem 0; color: var(--muted); font-size: .92rem; }
.rule-unavailable ul { margin: .25rem 0; padding-left: 1.1rem; }
.rule-counted { margin-top: .5rem; font-size: .9rem; color: var(--muted); }
.rule-counted summary { cursor: pointer; }
.checks-overview td.met { color: var(--good); font-weight: 600; }
.checks-overview td.missed { color: var(--bad); font-weight: 600; }
.checks-overview thead a { color: inherit; }
.checks-overview tbody th, .computed-metrics tbody th, .computed-values tbody th { white-space: nowrap; }
.computed-metrics thead th { white-space: normal; letter-spacing: .02em; }
.table-scroll .computed-metrics th, .table-scroll .computed-metrics td { padding: .45rem .45rem; }
.check-month { margin-top: 2.5rem; }
.check-month > h2 { border-bottom: 1px solid var(--border); padding-bottom: .35rem; }
.check-grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; align-items: start; }
.month-check { background: var(--surface); border: 1px solid var(--border); border-top: 5px solid var(--border); border-radius: var(--radius); padding: .75rem 1rem; box-shadow: var(--shadow); }
.month-check.resolve { border-top-color: var(--resolve); }
.month-check.enhance { border-top-color: var(--enhance); }
.month-check h3 { font-size: 1rem; margin: 0 0 .4rem; }
.month-check h3 a { color: var(--text); text-decoration: none; }
.month-check h3 a:hover { color: var(--accent); text-decoration: underline; }
.month-check h3 .status { font-size: .78rem; margin-left: .3rem; vertical-align: .1em; }
.month-check > p { font-size: .92rem; margin: .3rem 0 .6rem; }
.offenders-scroll { overflow-x: auto; }
.offenders { width: 100%; font-size: .9rem; }
.offenders th, .offenders td { padding: .2rem .4rem; }
.offenders thead th { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); font-weight: 600; }
.offenders tbody tr:last-child > * { border-bottom: 0; }
.offenders caption { text-align: left; font-size: .8rem; font-weight: 600; color: var(--muted); padding: 0 .4rem .2rem; }
.offenders code { background: none; padding: 0; }
.month-check .meta { margin: .4rem .4rem 0; }
.export-card { background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); padding: .25rem 1.1rem 1rem; margin: 1rem 0; box-shadow: var(--shadow); }
.export-card h3 code { background: none; padding: 0; font-size: 1rem; }
.export-card .table-scroll { box-shadow: none; }
.export-metrics th[scope="row"] { white-space: nowrap; font-weight: 600; }
.export-metrics td { font-size: .92rem; }
.left-out { margin: .25rem 0 .75rem; padding-left: 1.2rem; font-size: .92rem; }
.left-out .skipped { color: var(--bad); }
.left-out .ignored { color: var(--muted); }
.missing-metrics > li { margin: .4rem 0; }
.missing-metrics ul { color: var(--muted); font-size: .92rem; margin: .15rem 0; }
.monthly td.superseded { color: var(--muted); font-style: italic; }
.note { background: var(--accent-soft); border-radius: var(--radius); padding: .6rem .9rem; }
.checks-link { margin-top: 1.5rem; }
.computed-metric .table-scroll { margin-top: .75rem; }
@media print {
  .rule-card, .month-check, .export-card { break-inside: avoid; box-shadow: none; }
  .rule-counted { display: none; }
}

/* ==== Markdown extensions ======================================================
   Tables, task lists, alerts, heading anchors and the table of contents of written pages
   (docs/MARKDOWN.md). Alignment of table columns comes as an inline style from the Markdown. */
.prose table { border-collapse: collapse; width: 100%; margin: 1rem 0; font-size: .95rem; }
.prose th, .prose td { border: 1px solid var(--border); padding: .4rem .6rem; text-align: left; vertical-align: top; overflow-wrap: break-word; hyphens: auto; }
.prose td a, .prose th a { overflow-wrap: anywhere; }
.prose thead th { background: var(--accent-soft); }
.prose tbody tr:nth-child(even) { background: color-mix(in srgb, var(--surface) 55%, var(--bg)); }
.prose li:has(> .task), .prose li:has(> p > .task) { list-style: none; margin-left: -1.1rem; }
.task input { margin: 0 .45rem 0 0; vertical-align: -.1em; accent-color: var(--accent); }
.prose del { color: var(--muted); }
.alert { --alert: var(--accent); margin: 1rem 0; padding: .6rem 1rem; border-left: .3rem solid var(--alert);
  border-radius: 0 var(--radius) var(--radius) 0; background: color-mix(in srgb, var(--alert) 7%, var(--surface)); }
.alert > :last-child { margin-bottom: 0; }
.alert-title { margin: 0 0 .3rem; font-weight: 700; color: var(--alert); }
.alert-note { --alert: #0860c9; } .alert-tip { --alert: #17702f; } .alert-important { --alert: #7445c9; }
.alert-warning { --alert: #855a00; } .alert-caution { --alert: #c01f2b; }
@media (prefers-color-scheme: dark) {
  .alert-note { --alert: #58a1ff; } .alert-tip { --alert: #45c35b; } .alert-important { --alert: #b792ff; }
  .alert-warning { --alert: #dca532; } .alert-caution { --alert: #ff7b72; }
}
.heading { display: flex; flex-wrap: wrap; align-items: baseline; column-gap: .5rem; margin: 1.5em 0 .6em; }
.heading > :first-child { margin: 0; }
.heading-anchor { color: var(--muted); text-decoration: none; font-weight: 400; }
.heading-anchor::before { content: "#"; }
.heading-anchor:hover, .heading-anchor:focus-visible { color: var(--accent); text-decoration: underline; }
.toc { max-width: 46rem; margin: 0 0 1.5rem; padding: .6rem 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: var(--radius); }
.toc-title { margin: 0 0 .3rem; font-weight: 700; }
.toc ol { margin: 0; padding-left: 1.3rem; }
.toc li { margin: .15rem 0; }
@media print {
  .heading-anchor, .toc { display: none; }
  .alert { background: none; border: 1px solid #000; border-left-width: .3rem; break-inside: avoid; }
  .alert-title { color: #000; }
  .prose thead th, .prose tbody tr:nth-child(even) { background: none; }
  .prose thead { display: table-header-group; }
}

"""#,
        "breadcrumbs.mustache": #"""
{{^empty(breadcrumbs)}}
<nav class="breadcrumbs" aria-label="Breadcrumb">
<ol>
{{#breadcrumbs}}
<li><a href="{{root}}{{url}}">{{title}}</a></li>
{{/breadcrumbs}}
<li aria-current="page">{{page.title}}</li>
</ol>
</nav>
{{/empty(breadcrumbs)}}

"""#,
        "checks.mustache": #"""
{{<layout}}
{{$content}}
<article class="checks-page">
<header class="page-header checks-header">
<h1>{{page.title}}</h1>
<p class="lede">The CARE rules of thumb a help-desk export can show, checked month by month{{#totals}}: {{totals}}{{/totals}}.</p>
</header>
{{^hasExports}}
<p class="empty">No help-desk exports yet. Put a ticket export (Zendesk, Freshdesk, Intercom, or any CSV mapped under <code>tickets: columns:</code> in <code>site.yml</code>) in <code>content/tickets/</code> and survey exports in <code>content/surveys/</code>; the rules below are then checked for every month.</p>
{{/hasExports}}
<ol class="rule-cards">
{{#rules}}
<li class="rule-card {{stage}}" id="rule-{{id}}">
<p class="eyebrow"><a href="{{root}}{{stageURL}}">{{stageName}}</a> · rule of thumb</p>
<h2>{{title}}</h2>
<blockquote class="care-words"><p><strong>{{stageName}}</strong>: {{stageWords}}. Rule of thumb: {{ruleWords}}.</p></blockquote>
<p>{{why}}</p>
{{#latest}}
<p class="rule-latest"><span class="rule-share">{{share}}</span> <span class="status {{status}}">{{statusText}}</span><span class="sub">{{month}} · target {{target}}</span></p>
<p class="rule-sentence">{{sentence}} <a href="#month-{{monthID}}">{{month}} in detail</a></p>
{{/latest}}
{{^empty(unavailable)}}
<div class="rule-unavailable">
<p><strong>Not checked:</strong> the exports lack what this rule needs.</p>
<ul>
{{#unavailable}}<li>{{.}}</li>
{{/unavailable}}
</ul>
</div>
{{/empty(unavailable)}}
<details class="rule-counted"><summary>What is counted</summary><p>{{counted}}</p></details>
</li>
{{/rules}}
</ol>
{{#overview}}
<section class="metric-section" aria-labelledby="overview-heading">
<h2 id="overview-heading">Month by month</h2>
<div class="table-scroll">
<table class="monthly checks-overview">
<thead>
<tr><th scope="col">Month</th>{{#rules}}<th scope="col" class="num"><a href="#rule-{{id}}">{{title}}</a></th>{{/rules}}</tr>
</thead>
<tbody>
{{#rows}}
<tr><th scope="row"><a href="#month-{{monthID}}"><time datetime="{{monthID}}">{{month}}</time></a></th>{{#cells}}<td class="num {{cls}}">{{text}}{{#sub}}<span class="sub">{{sub}}</span>{{/sub}}</td>{{/cells}}</tr>
{{/rows}}
</tbody>
</table>
</div>
<p class="meta">The share of tickets (or surveys) that kept each rule; red when it is below the rule's target.</p>
</section>
{{/overview}}
{{#months}}
<section class="check-month" id="{{id}}" aria-labelledby="{{id}}-heading">
<h2 id="{{id}}-heading">{{label}}</h2>
<div class="check-grid">
{{#checks}}
<div class="month-check {{stage}}">
<h3><a href="#rule-{{ruleID}}">{{title}}</a> <span class="status {{status}}">{{statusText}}</span></h3>
<p>{{sentence}}</p>
{{^empty(offenders)}}
<div class="offenders-scroll">
<table class="offenders">
<caption>{{offenderTitle}}</caption>
<thead>
<tr><th scope="col">Ticket</th><th scope="col" class="num">{{valueHeader}}</th></tr>
</thead>
<tbody>
{{#offenders}}
<tr><td>{{#ticketURL}}<a href="{{ticketURL}}">{{id}}</a>{{/ticketURL}}{{^ticketURL}}<code>{{id}}</code>{{/ticketURL}}</td><td class="num">{{value}}</td></tr>
{{/offenders}}
</tbody>
</table>
</div>
{{#more}}<p class="meta">{{more}}.</p>{{/more}}
{{/empty(offenders)}}
</div>
{{/checks}}
</div>
</section>
{{/months}}
{{^empty(contactReasons)}}
<section class="metric-section" id="contact-reasons" aria-labelledby="reasons-heading">
<h2 id="reasons-heading">Contact reasons</h2>
<p class="meta">Why customers got in touch, from the category column named under <code>tickets: columns: category:</code>: the top {{reasonLimit}} reasons of each month with their share of the month's tickets that have a reason and the change in count from the month before. Only that column is read; values that look like e-mail addresses or are longer than 80 characters are not shown.</p>
{{#contactReasons}}
<details class="reasons-month" id="reasons-{{monthID}}"{{#open}} open{{/open}}>
<summary>{{month}}</summary>
{{> contact-reasons}}
</details>
{{/contactReasons}}
</section>
{{/empty(contactReasons)}}
{{#linkHint}}
<p class="meta">Ticket ids are shown as text. Set <code>ticket_url</code> under <code>tickets:</code> in <code>site.yml</code> (such as <code>https://example.zendesk.com/agent/tickets/{id}</code>) to link them to the help desk.</p>
{{/linkHint}}
{{#computed}}
<section class="metric-section" aria-labelledby="computed-heading">
<h2 id="computed-heading">Metrics computed from the exports</h2>
<p class="meta">Per month of ticket creation (surveys: the month they were sent), with the catalog's definitions; each metric's page says which columns were used.{{#hasSuperseded}} Values marked “content/metrics/ used” gave way to the value in a metrics CSV.{{/hasSuperseded}}</p>
<div class="table-scroll">
<table class="monthly computed-metrics">
<thead>
<tr><th scope="col">Month</th>{{#columns}}<th scope="col" class="num"><a href="{{root}}{{url}}" title="{{name}}">{{title}}</a>{{#sub}}<span class="sub">{{sub}}</span>{{/sub}}</th>{{/columns}}</tr>
</thead>
<tbody>
{{#rows}}
<tr><th scope="row"><time datetime="{{monthID}}">{{month}}</time></th>{{#cells}}<td class="num {{cls}}"{{#title}} title="{{title}}"{{/title}}>{{text}}{{#sub}}<span class="sub">{{sub}}</span>{{/sub}}</td>{{/cells}}</tr>
{{/rows}}
</tbody>
</table>
</div>
</section>
{{/computed}}
{{#notComputed}}
<p class="note">Metrics are not computed from these exports: <code>compute_metrics: false</code> under <code>tickets:</code> in <code>site.yml</code> keeps <code>content/metrics/</code> as the record, and the exports feed the rule checks only.</p>
{{/notComputed}}
{{^empty(missing)}}
<section class="metric-section" aria-labelledby="missing-heading">
<h2 id="missing-heading">Not computed</h2>
<p class="meta">No export gives these metrics, so they have no computed value; nothing is estimated.</p>
<ul class="missing-metrics">
{{#missing}}
<li><a href="{{root}}{{url}}">{{name}}</a><ul>{{#notes}}<li>{{.}}</li>{{/notes}}</ul></li>
{{/missing}}
</ul>
</section>
{{/empty(missing)}}
{{^empty(exports)}}
<section class="metric-section" id="exports" aria-labelledby="exports-heading">
<h2 id="exports-heading">Exports read</h2>
<p class="meta">Only ticket ids, times, counts, statuses, channels, groups, tags and answers are read from an export; requester names, emails and every other column are never read, and exports are never copied to the site.</p>
{{#exports}}
<div class="export-card {{kind}}">
<h3><code>{{path}}</code></h3>
<p>{{format}}{{#span}}, {{span}}{{/span}}: {{used}} of {{rows}} rows used{{#skipped}}, {{skipped}} skipped (see the warnings of <code>cxsite check</code>){{/skipped}}.</p>
{{#delimiter}}<p class="meta">{{delimiter}}.</p>{{/delimiter}}
{{^empty(left)}}
<ul class="left-out">
{{#left}}<li class="{{cls}}">{{count}} {{reason}}</li>
{{/left}}
</ul>
{{/empty(left)}}
{{^empty(unreadable)}}
<p>Unreadable cells, by column: the rows still count, without these cells, in every measure that does not need them.</p>
<table class="monthly unreadable-cells">
<thead><tr><th scope="col">Column</th><th scope="col" class="num">Unreadable cells</th><th scope="col" class="num">Share of rows</th></tr></thead>
<tbody>
{{#unreadable}}<tr><th scope="row"><code>{{column}}</code></th><td class="num">{{count}}</td><td class="num">{{share}}</td></tr>
{{/unreadable}}
</tbody>
</table>
{{/empty(unreadable)}}
<div class="table-scroll">
<table class="export-metrics">
<thead>
<tr><th scope="col">Metric</th><th scope="col">From this export</th></tr>
</thead>
<tbody>
{{#metrics}}
<tr><th scope="row"><a href="{{root}}{{url}}">{{name}}</a></th><td>{{#method}}{{method}}{{/method}}{{#needs}}<span class="missing">Not in this export: needs {{needs}}.</span>{{/needs}}</td></tr>
{{/metrics}}
</tbody>
</table>
</div>
</div>
{{/exports}}
</section>
{{/empty(exports)}}
</article>
{{/content}}
{{/layout}}

"""#,
        "computed-metric.mustache": #"""
<section class="metric-section computed-metric" aria-labelledby="computed-heading">
<h2 id="computed-heading">From the help-desk exports</h2>
{{^empty(methods)}}
<p>Computed for {{monthRule}}:</p>
<ul class="sources">
{{#methods}}<li>{{.}}</li>
{{/methods}}
</ul>
{{/empty(methods)}}
{{^empty(missing)}}
<div class="rule-unavailable">
<p><strong>Not computed:</strong> no export gives this metric, and nothing is estimated.</p>
<ul>
{{#missing}}<li>{{.}}</li>
{{/missing}}
</ul>
</div>
{{/empty(missing)}}
{{#superseded}}<p class="meta">{{superseded}}</p>{{/superseded}}
{{^empty(rows)}}
<div class="table-scroll">
<table class="monthly computed-values">
<thead>
<tr><th scope="col">Month</th><th scope="col" class="num">Computed value</th>{{#hasP90}}<th scope="col" class="num">90th percentile</th>{{/hasP90}}<th scope="col" class="num">Over</th></tr>
</thead>
<tbody>
{{#rows}}
<tr><th scope="row"><time datetime="{{monthID}}">{{month}}</time></th><td class="num {{cls}}">{{value}}{{#note}}<span class="sub">{{note}}</span>{{/note}}</td>{{#hasP90}}<td class="num">{{p90}}</td>{{/hasP90}}<td class="num">{{basis}}</td></tr>
{{/rows}}
</tbody>
</table>
</div>
{{/empty(rows)}}
{{#checkURL}}<p class="meta">The rule of thumb behind this metric is checked month by month, with the tickets that broke it, on <a href="{{root}}{{checkURL}}">CARE rule checks</a>.</p>{{/checkURL}}
</section>

"""#,
        "contact-reasons.mustache": #"""
<div class="table-scroll">
<table class="monthly contact-reasons">
<caption>{{caption}}</caption>
<thead>
<tr><th scope="col">Reason</th><th scope="col" class="num">Tickets</th><th scope="col" class="num">Share</th><th scope="col" class="num">Change</th></tr>
</thead>
<tbody>
{{#rows}}
<tr><th scope="row">{{reason}}</th><td class="num">{{count}}</td><td class="num">{{share}}</td><td class="num"{{#changeTitle}} title="{{changeTitle}}"{{/changeTitle}}>{{change}}</td></tr>
{{/rows}}
</tbody>
</table>
</div>
{{#notes}}<p class="meta">{{notes}}</p>{{/notes}}

"""#,
        "footer.mustache": #"""
<footer class="site-footer">
<div class="wrap">
<p>{{#site.company}}{{site.company}} · {{/site.company}}{{site.title}} · Made with cxsite</p>
</div>
</footer>

"""#,
        "framework-index.mustache": #"""
{{<layout}}
{{$content}}
<h1>{{page.title}}</h1>
{{#guide}}
<p class="lede">{{tagline}}</p>
<div class="prose">
{{#paragraphs}}<p>{{.}}</p>
{{/paragraphs}}
</div>
{{/guide}}
<ol class="card-grid {{listClass}}">
{{#items}}
<li class="card {{id}}">
<h2><a href="{{root}}{{url}}">{{#number}}<span class="step-number">{{number}}</span> {{/number}}{{title}}</a></h2>
<p>{{tagline}}</p>
<p class="meta">{{pageCount}} handbook {{pageNoun}}</p>
{{#tracker}}<p class="step-status {{statusClass}}">{{status}}</p>{{/tracker}}
{{#maturity}}<p><a class="level-pill level-{{level}}" href="{{root}}{{url}}">Level {{level}} · {{levelName}} · {{score}}</a></p>{{/maturity}}
</li>
{{/items}}
</ol>
{{/content}}
{{/layout}}

"""#,
        "framework-page.mustache": #"""
{{<layout}}
{{$content}}
<article class="framework-page {{id}}">
<header class="page-header">
<p class="eyebrow">{{eyebrow}}</p>
<h1>{{page.title}}</h1>
<p class="lede">{{guide.tagline}}</p>
{{#maturity}}<p class="page-maturity">Maturity in the reporting month: <a class="level-pill level-{{level}}" href="{{root}}{{url}}">Level {{level}} · {{levelName}} · {{score}}</a></p>{{/maturity}}
</header>
{{#tracker}}
<section class="tracker-panel {{statusClass}}" aria-labelledby="tracker-heading">
<h2 id="tracker-heading">Where we are: <span class="step-status {{statusClass}}">{{status}}</span></h2>
<p><strong>Evidence looked for:</strong> {{rule}}</p>
<p><strong>Found:</strong> {{finding}}</p>
{{#overridden}}<p class="override">Set by hand in <code>site.yml</code> (the evidence alone says “{{derived}}”){{#note}}: {{note}}{{/note}}.</p>{{/overridden}}
{{^empty(evidence)}}<ul class="evidence-list">{{#evidence}}<li><a href="{{root}}{{url}}">{{title}}</a></li>{{/evidence}}</ul>{{/empty(evidence)}}
</section>
{{/tracker}}
<div class="framework-columns">
<div class="prose">
{{#guide.paragraphs}}<p>{{.}}</p>
{{/guide.paragraphs}}
</div>
<aside class="practices">
<h2>Practices</h2>
<ul>
{{#guide.practices}}<li>{{.}}</li>
{{/guide.practices}}
</ul>
{{^empty(guide.rulesOfThumb)}}
<h2>Rules of thumb</h2>
<ul class="rules">
{{#guide.rulesOfThumb}}<li>{{.}}</li>
{{/guide.rulesOfThumb}}
</ul>
{{/empty(guide.rulesOfThumb)}}
</aside>
</div>
{{#scorecard}}
<section class="metric-scorecard" aria-labelledby="metrics-heading">
<h2 id="metrics-heading">Metrics</h2>
{{> metric-scorecard}}
<p class="meta"><a href="{{root}}metrics/index.html">All metrics</a></p>
</section>
{{/scorecard}}
<section aria-labelledby="team-pages">
<h2 id="team-pages">From our handbook</h2>
{{^empty(pages)}}
{{> page-list}}
{{/empty(pages)}}
{{^pages}}
<p class="empty">No handbook page names this {{kindNoun}} yet. Add <code>{{frontMatterKey}}: {{frontMatterValue}}</code> to a page's front matter to list it here.</p>
{{/pages}}
</section>
{{> journey-touchpoints}}
<nav class="prev-next" aria-label="{{kindNoun}} navigation">
{{#previous}}<a rel="prev" href="{{root}}{{url}}">← {{title}}</a>{{/previous}}
{{#next}}<a rel="next" href="{{root}}{{url}}">{{title}} →</a>{{/next}}
</nav>
</article>
{{/content}}
{{/layout}}

"""#,
        "handbook-index.mustache": #"""
{{<layout}}
{{$content}}
<h1>{{page.title}}</h1>
{{#intro}}<div class="prose">{{{intro}}}</div>{{/intro}}
{{#tagIndex}}
<p class="tag-index-link"><a href="{{root}}{{url}}">Browse the handbook by tag</a> <span class="meta">({{count}})</span></p>
{{/tagIndex}}
{{#sections}}
<section class="handbook-section" id="{{anchor}}" aria-labelledby="{{anchor}}-heading">
<h2 id="{{anchor}}-heading">{{title}}</h2>
{{#intro}}<div class="prose">{{{intro}}}</div>{{/intro}}
{{> page-list}}
</section>
{{/sections}}
{{^sections}}
<p class="empty">No handbook pages yet. Add Markdown files under <code>content/handbook/</code>.</p>
{{/sections}}
{{/content}}
{{/layout}}

"""#,
        "handbook-page.mustache": #"""
{{<layout}}
{{$content}}
<article class="handbook-page">
<header class="page-header">
<h1>{{page.title}}</h1>
{{#summary}}<p class="lede">{{summary}}</p>{{/summary}}
{{> tags}}
{{> page-facts}}
</header>
{{#toc}}
<nav class="toc" aria-label="On this page">
<p class="toc-title">On this page</p>
{{{toc}}}
</nav>
{{/toc}}
<div class="prose">
{{{body}}}
</div>
</article>
{{^empty(siblings)}}
<nav class="section-nav" aria-label="Pages in {{sectionTitle}}">
<h2>More in {{sectionTitle}}</h2>
<ul class="page-list compact">
{{#siblings}}
<li><a href="{{root}}{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
{{/siblings}}
</ul>
{{#allSiblings}}
<p class="section-nav-all"><a href="{{root}}{{url}}">All {{count}} pages in {{sectionTitle}}</a></p>
{{/allSiblings}}
</nav>
{{/empty(siblings)}}
{{/content}}
{{/layout}}

"""#,
        "home.mustache": #"""
{{<layout}}
{{$content}}
<section class="hero">
<h1>{{page.title}}</h1>
{{#site.description}}<p class="lede">{{site.description}}</p>{{/site.description}}
</section>

{{#dashboard}}
<section class="dashboard" aria-labelledby="dashboard-heading">
<h2 id="dashboard-heading">How we are doing in {{monthLabel}}</h2>
<div class="dash-top">
{{#overall}}
<div class="overall-badge level-{{level}}">
<h3>Overall maturity</h3>
<p class="overall-level"><span class="level-number">{{level}}</span> <span class="level-name">{{levelName}}</span></p>
<p class="overall-score">{{score}} <span>of 100</span>{{#change}} <span class="change {{changeClass}}" title="change since {{previousLabel}}">{{change}}</span>{{/change}}</p>
{{#inputsChanged}}<p class="inputs-changed">Change since {{previousLabel}} reflects changed inputs: {{inputsChanged}}.</p>{{/inputsChanged}}
<p class="meta"><a href="{{root}}maturity/index.html">Why this level</a></p>
</div>
{{/overall}}
<div class="dash-chart">{{{cycle}}}</div>
<div class="dash-chart">{{{radar}}}</div>
</div>
<ul class="dash-links">
{{#latestReview}}<li>Latest review: <a href="{{root}}{{url}}">{{label}}</a></li>{{/latestReview}}
{{#weakest}}<li>Focus next: <a href="{{root}}{{url}}">{{name}}</a>, the lowest-scoring stage ({{score}})</li>{{/weakest}}
</ul>
{{^empty(kpis)}}
<h3>Key metrics</h3>
<ul class="kpi-tiles">
{{#kpis}}
<li class="kpi stage-{{stage}}">
<a class="kpi-name" href="{{root}}{{url}}">{{name}}</a>
<p class="kpi-value">{{#value}}{{value}}{{/value}}{{^value}}–{{/value}} {{#delta}}<span class="delta {{deltaClass}}"{{#deltaTitle}} title="{{deltaTitle}}"{{/deltaTitle}}>{{delta}}</span>{{/delta}}</p>
{{#spark}}<p class="kpi-spark">{{{spark}}}</p>{{/spark}}
<p class="kpi-foot"><span class="status {{status}}">{{statusText}}</span>{{#target}} <span class="meta">target {{target}}</span>{{/target}}</p>
</li>
{{/kpis}}
</ul>
{{/empty(kpis)}}
<h3>Seven-step tracker</h3>
<ol class="tracker-strip">
{{#tracker}}<li class="{{statusClass}}"><a href="{{root}}{{url}}"><span class="step-number">{{number}}</span> {{title}}</a> <span class="step-status {{statusClass}}">{{status}}</span></li>
{{/tracker}}
</ol>
</section>
{{/dashboard}}

{{#intro}}<section class="prose home-intro">{{{intro}}}</section>{{/intro}}

<section aria-labelledby="care-heading">
<h2 id="care-heading">The CARE cycle</h2>
<ol class="card-grid stages">
{{#stages}}
<li class="card stage-card {{id}}">
<h3><a href="{{root}}{{url}}">{{title}}</a></h3>
<p>{{tagline}}</p>
<p class="meta">{{pageCount}} handbook {{pageNoun}}</p>
</li>
{{/stages}}
</ol>
</section>

<section aria-labelledby="pillars-heading">
<h2 id="pillars-heading">Five pillars</h2>
<ul class="card-grid pillars">
{{#pillars}}
<li class="card pillar-card">
<h3><a href="{{root}}{{url}}">{{title}}</a></h3>
<p>{{tagline}}</p>
</li>
{{/pillars}}
</ul>
</section>

{{^dashboard}}
<section aria-labelledby="steps-heading">
<h2 id="steps-heading">Seven steps</h2>
<ol class="step-list">
{{#steps}}
<li><a href="{{root}}{{url}}"><span class="step-number">{{number}}</span> {{title}}</a></li>
{{/steps}}
</ol>
</section>
{{/dashboard}}

{{^empty(sections)}}
<section aria-labelledby="handbook-heading">
<h2 id="handbook-heading">Handbook</h2>
<ul class="card-grid sections">
{{#sections}}
<li class="card">
<h3><a href="{{root}}{{url}}">{{title}}</a></h3>
<p class="meta">{{pageCount}} {{pageNoun}}</p>
</li>
{{/sections}}
</ul>
</section>
{{/empty(sections)}}
{{/content}}
{{/layout}}

"""#,
        "journey-touchpoints.mustache": #"""
{{#journeyTouchpoints}}
<section class="journey-touchpoints" aria-labelledby="journey-touchpoints-heading">
<h2 id="journey-touchpoints-heading">{{title}}</h2>
{{^empty(groups)}}
{{#groups}}
<h3 class="journey-group-title"><a href="{{root}}{{url}}">{{title}}</a>{{#persona}} <span class="meta">· {{persona}}</span>{{/persona}}</h3>
<ul class="page-list compact journey-touchpoint-list">
{{#touchpoints}}<li class="{{stage}}"><a href="{{root}}{{url}}">{{title}}</a> <span class="meta">{{stageName}}{{#channel}} · {{channel}}{{/channel}}</span>{{#emotion}} <span class="emotion {{class}}">{{value}} {{word}}</span>{{/emotion}}{{#improvement}}<span class="summary">Improvement: {{improvement}}</span>{{/improvement}}</li>
{{/touchpoints}}
</ul>
{{/groups}}
{{/empty(groups)}}
{{^groups}}
<p class="empty">{{#stageName}}No journey map has a touchpoint in {{stageName}} yet. Add a <code>### Touchpoint</code> under <code>## {{stageName}}</code> in a journey map under <code>content/journeys/</code> to list it here.{{/stageName}}{{#stepNumber}}No touchpoint names this step yet. Add <code>- Step: {{stepNumber}}</code> to a touchpoint of a journey map to list it here.{{/stepNumber}}</p>
{{/groups}}
</section>
{{/journeyTouchpoints}}

"""#,
        "journey.mustache": #"""
{{<layout}}
{{$content}}
<article class="journey-page">
<header class="page-header journey-header">
<p class="eyebrow">Journey map{{#status}} · <span class="journey-status">{{status}}</span>{{/status}}</p>
<h1>{{page.title}}</h1>
{{#scenario}}<p class="lede">{{scenario}}</p>{{/scenario}}
<dl class="journey-facts">
{{#persona}}<div><dt>Persona</dt><dd>{{persona}}</dd></div>{{/persona}}
{{#owner}}<div><dt>Journey owner</dt><dd>{{owner}}</dd></div>{{/owner}}
</dl>
<dl class="journey-numbers">
<div><dt>Touchpoints</dt><dd>{{touchpointCount}}</dd></div>
<div><dt>Average emotion</dt><dd>{{#averageEmotion}}<span class="emotion {{class}}">{{value}} {{word}}</span>{{/averageEmotion}}{{^averageEmotion}}not recorded{{/averageEmotion}}</dd></div>
<div><dt>Pain points</dt><dd>{{painCount}}</dd></div>
<div><dt>Improvements</dt><dd>{{improvementCount}}</dd></div>
</dl>
</header>
{{#intro}}<div class="prose journey-intro">{{{intro}}}</div>{{/intro}}

<section class="journey-curve" aria-labelledby="curve-heading">
<h2 id="curve-heading">Emotion across the journey</h2>
{{#curve}}{{{curve}}}{{/curve}}
</section>

<section class="journey-map-section" aria-labelledby="map-heading">
<h2 id="map-heading">The map</h2>
<p class="meta">{{touchpointCount}} {{touchpointNoun}} in journey order, under the four CARE stages. Numbers follow the emotion curve.</p>
<div class="journey-map">
{{#stages}}
<section class="stage-column {{id}}" aria-labelledby="stage-{{id}}">
<header class="stage-column-header">
<h3 id="stage-{{id}}"><span class="stage-number">{{number}}</span> <a href="{{root}}{{url}}">{{name}}</a></h3>
{{#subtitle}}<p class="stage-subtitle">{{subtitle}}</p>{{/subtitle}}
<p class="stage-stats">{{count}} {{countNoun}}{{#averageEmotion}} · average <span class="emotion {{class}}">{{value}} {{word}}</span>{{/averageEmotion}}</p>
</header>
{{#prose}}<div class="prose stage-prose">{{{prose}}}</div>{{/prose}}
{{^empty(touchpoints)}}
<ol class="tp-list">
{{#touchpoints}}
<li class="tp-card {{stage}}" id="{{anchor}}">
<h4><span class="tp-number"><span class="visually-hidden">Touchpoint </span>{{number}}</span> {{title}}</h4>
{{#emotion}}
<p class="tp-emotion"><span class="label">Feels</span> <span class="emotion {{class}}">{{value}} {{word}}</span>{{#target}} <span class="tp-target"><span class="label">target</span> <span class="emotion {{class}}">{{value}} {{word}}</span></span>{{/target}}</p>
{{/emotion}}
{{^emotion}}{{#target}}
<p class="tp-emotion"><span class="label">Target</span> <span class="emotion {{class}}">{{value}} {{word}}</span></p>
{{/target}}{{/emotion}}
{{^empty(channels)}}<p class="tp-field"><span class="label">Channel</span> {{#channels}}<span class="chip">{{.}}</span> {{/channels}}</p>{{/empty(channels)}}
{{^empty(owners)}}<p class="tp-field"><span class="label">Owner</span> {{#owners}}<span class="tp-owner">{{.}}</span> {{/owners}}</p>{{/empty(owners)}}
{{#actions}}<p class="tp-action"><span class="label">Action</span> {{.}}</p>
{{/actions}}
{{#thoughts}}<p class="tp-thought"><span class="label">Thinks</span> <q>{{.}}</q></p>
{{/thoughts}}
{{^empty(pains)}}
<ul class="tp-notes pains" aria-label="Pain points">
{{#pains}}<li><span class="label">Pain</span> {{.}}</li>
{{/pains}}
</ul>
{{/empty(pains)}}
{{^empty(opportunities)}}
<ul class="tp-notes opportunities" aria-label="Opportunities">
{{#opportunities}}<li><span class="label">Opportunity</span> {{.}}</li>
{{/opportunities}}
</ul>
{{/empty(opportunities)}}
{{^empty(improvements)}}
<ul class="tp-notes improvements" aria-label="Improvements">
{{#improvements}}<li><span class="label">Improvement</span> {{text}}{{#owner}} <span class="tp-owner">Owner: {{owner}}</span>{{/owner}}</li>
{{/improvements}}
</ul>
{{/empty(improvements)}}
{{^empty(others)}}
<dl class="tp-other">
{{#others}}<div><dt>{{key}}</dt><dd>{{value}}</dd></div>
{{/others}}
</dl>
{{/empty(others)}}
{{#prose}}<div class="prose tp-prose">{{{prose}}}</div>{{/prose}}
{{^empty(metrics)}}<p class="tp-tags"><span class="label">Metric</span> {{#metrics}}<span class="chip metric" title="{{id}}">{{name}}</span> {{/metrics}}</p>{{/empty(metrics)}}
{{^empty(steps)}}<p class="tp-tags"><span class="label">Step</span> {{#steps}}<a class="chip step" href="{{root}}{{url}}" title="{{name}}">{{number}}</a> {{/steps}}</p>{{/empty(steps)}}
</li>
{{/touchpoints}}
</ol>
{{/empty(touchpoints)}}
{{^touchpoints}}<p class="empty">No touchpoint in this stage yet.</p>{{/touchpoints}}
</section>
{{/stages}}
</div>
</section>

<section class="journey-improvements" aria-labelledby="improvements-heading">
<h2 id="improvements-heading">Improvements by stage</h2>
<p class="meta">The CARE rule: define one improvement in each stage, give it an owner, and check it against customer feedback.</p>
<div class="improvement-grid">
{{#improvementStages}}
<section class="improvement-stage {{id}}" aria-labelledby="improvements-{{id}}">
<h3 id="improvements-{{id}}">{{name}}</h3>
{{^empty(items)}}
<ul>
{{#items}}<li><span class="improvement-text">{{text}}</span> <span class="meta">{{#owner}}Owner: {{owner}} · {{/owner}}at <a href="#{{anchor}}">{{touchpoint}}</a></span></li>
{{/items}}
</ul>
{{/empty(items)}}
{{^items}}<p class="empty missing">No improvement defined for {{name}} yet.</p>{{/items}}
</section>
{{/improvementStages}}
</div>
</section>

{{^empty(metrics)}}
<section class="journey-metrics" aria-labelledby="metrics-heading">
<h2 id="metrics-heading">Metrics this journey watches</h2>
<table class="metric-table">
<thead><tr><th scope="col">Metric</th><th scope="col">CARE stage</th><th scope="col">Named at</th></tr></thead>
<tbody>
{{#metrics}}
<tr><th scope="row">{{name}} <code>{{id}}</code>{{#definition}}<span class="summary">{{definition}}</span>{{/definition}}</th><td>{{stage}}</td><td><ul class="plain-list">{{#touchpoints}}<li><a href="#{{anchor}}">{{title}}</a></li>{{/touchpoints}}</ul></td></tr>
{{/metrics}}
</tbody>
</table>
</section>
{{/empty(metrics)}}

<p class="meta journey-data">This map as data: <a href="{{dataURL}}">journey.json</a> · source <code>{{sourcePath}}</code></p>
</article>
{{/content}}
{{/layout}}

"""#,
        "journeys-index.mustache": #"""
{{<layout}}
{{$content}}
<header class="page-header">
<h1>{{page.title}}</h1>
<p class="lede">Each journey map follows one customer through the four CARE stages, touchpoint by touchpoint: what they do, think and feel, where it hurts, and the one improvement we own in each stage.</p>
</header>
{{^empty(journeys)}}
<section class="journeys-coverage" aria-labelledby="coverage-heading">
<h2 id="coverage-heading">Coverage of the CARE stages</h2>
<p class="meta">Touchpoints per journey and stage; the colour of a cell is the average emotion there, from frustrated to delighted.</p>
{{#heatmap}}{{{heatmap}}}{{/heatmap}}
</section>

<section aria-labelledby="journeys-heading">
<h2 id="journeys-heading">All journey maps</h2>
<ul class="journey-cards">
{{#journeys}}
<li class="card journey-card">
<h3><a href="{{root}}{{url}}">{{title}}</a></h3>
{{#persona}}<p class="journey-persona"><span class="label">Persona</span> {{persona}}</p>{{/persona}}
{{#scenario}}<p class="summary">{{scenario}}</p>{{/scenario}}
<ol class="stage-counts" aria-label="Touchpoints per stage">
{{#stageCounts}}<li class="{{id}}"><span class="stage-name">{{name}}</span> <span class="stage-count">{{count}}</span></li>
{{/stageCounts}}
</ol>
<dl class="journey-stats">
<div><dt>Touchpoints</dt><dd>{{touchpointCount}}</dd></div>
<div><dt>Average emotion</dt><dd>{{#averageEmotion}}<span class="emotion {{class}}">{{value}} {{word}}</span>{{/averageEmotion}}{{^averageEmotion}}–{{/averageEmotion}}</dd></div>
<div><dt>Pain points</dt><dd>{{painCount}}</dd></div>
<div><dt>Improvements</dt><dd>{{improvementCount}}</dd></div>
</dl>
{{#owner}}<p class="meta">Owner: {{owner}}</p>{{/owner}}
{{#missingStages}}<p class="meta warning-note">No touchpoints yet in: {{missingStages}}</p>{{/missingStages}}
</li>
{{/journeys}}
</ul>
</section>

{{^empty(channels)}}
<section aria-labelledby="channels-heading">
<h2 id="channels-heading">Channels on our touchpoints</h2>
<ul class="channel-list">
{{#channels}}<li><span class="chip">{{name}}</span> <span class="meta">{{touchpointCount}} {{touchpointNoun}} in {{journeyCount}} {{journeyNoun}}</span></li>
{{/channels}}
</ul>
</section>
{{/empty(channels)}}
{{/empty(journeys)}}
{{^journeys}}
<p class="empty">No journey maps yet. Add a Markdown file under <code>content/journeys/</code>: <code>## Connect</code>, <code>## Assist</code>, <code>## Resolve</code> and <code>## Enhance</code> headings, a <code>### Touchpoint</code> heading for each moment, and <code>- Key: value</code> items such as <code>- Emotion: -1</code> under it.</p>
{{/journeys}}
{{/content}}
{{/layout}}

"""#,
        "layout.mustache": #"""
<!DOCTYPE html>
<html lang="{{site.language}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>{{page.title}} · {{site.title}}</title>
{{#page.description}}
<meta name="description" content="{{page.description}}">
{{/page.description}}
<link rel="stylesheet" href="{{root}}assets/charts.css">
<link rel="stylesheet" href="{{root}}assets/style.css">
<link rel="stylesheet" href="{{root}}assets/search.css">
<script src="{{root}}assets/search.js" defer></script>
{{$head}}{{/head}}
</head>
<body class="kind-{{page.kind}}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap header-row">
<a class="brand" href="{{root}}index.html"><span class="brand-mark" aria-hidden="true"></span>{{site.title}}</a>
{{> nav}}
{{> search}}
</div>
</header>
<main id="main" class="wrap">
{{> breadcrumbs}}
{{$content}}{{/content}}
</main>
{{> footer}}
</body>
</html>

"""#,
        "maturity-area.mustache": #"""
<article class="area-card {{id}}" id="{{id}}" aria-labelledby="{{id}}-name">
<header class="area-head">
<h3 id="{{id}}-name"><a href="{{root}}{{url}}">{{name}}</a></h3>
<p class="area-score"><span class="level-pill level-{{level}}">Level {{level}} · {{levelName}}</span> <span class="score-number">{{score}}</span>{{#change}} <span class="change {{changeClass}}" title="change since {{previousLabel}}">{{change}}</span>{{/change}}</p>
</header>
{{> maturity-components}}
{{^empty(gains)}}
<p class="gains-title">To raise it{{#nextLevel}} ({{toNext}} points to {{nextLevel}}){{/nextLevel}}:</p>
<ol class="gains">
{{#gains}}<li>{{#url}}<a href="{{root}}{{url}}">{{action}}</a>{{/url}}{{^url}}{{action}}{{/url}} <span class="gain">{{points}}</span></li>
{{/gains}}
</ol>
{{/empty(gains)}}
<details class="inputs">
<summary>Inputs</summary>
{{> maturity-inputs}}
</details>
</article>

"""#,
        "maturity-components.mustache": #"""
<dl class="components">
{{#components}}
<div class="component{{#missing}} missing{{/missing}}">
<dt>{{name}} <span class="weight">weight {{weight}} %</span></dt>
<dd>{{#value}}<span class="bar" aria-hidden="true"><span style="width: {{width}}%"></span></span> {{value}}{{/value}}{{#missing}}no input{{/missing}}</dd>
</div>
{{/components}}
</dl>

"""#,
        "maturity-inputs.mustache": #"""
{{^empty(metrics)}}
<table class="inputs-table">
<caption>Metrics this month</caption>
<thead><tr><th scope="col">Metric</th><th scope="col" class="num">Value</th><th scope="col" class="num">Target</th><th scope="col" class="num">Attainment</th></tr></thead>
<tbody>
{{#metrics}}<tr><th scope="row"><a href="{{root}}{{url}}">{{name}}</a></th><td class="num">{{value}}</td><td class="num">{{target}}</td><td class="num{{#met}} met{{/met}}">{{attainment}}</td></tr>
{{/metrics}}
</tbody>
</table>
{{/empty(metrics)}}
{{#empty(metrics)}}<p class="empty">No metric with data and a target this month.</p>{{/empty(metrics)}}
<h4>Practices</h4>
<ul class="practice-list">
{{#practices}}<li class="practice {{state}}"><span class="practice-state">{{stateText}}</span> <strong>{{title}}</strong>. {{detail}}{{^empty(evidence)}} <span class="evidence">{{#evidence}}<a href="{{root}}{{url}}">{{title}}</a> {{/evidence}}</span>{{/empty(evidence)}}</li>
{{/practices}}
</ul>
<h4>Self-assessment</h4>
{{#assessmentMean}}<p>Mean {{assessmentMean}} of 5 over {{answerCount}} answers.</p>
<ul class="answers">
{{#answers}}<li><span class="answer-score">{{score}}/5</span> {{statement}}</li>
{{/answers}}
</ul>{{/assessmentMean}}
{{^assessmentMean}}<p class="empty">No self-assessment answers for this area.</p>{{/assessmentMean}}

"""#,
        "maturity.mustache": #"""
{{<layout}}
{{$content}}
<h1>{{page.title}}</h1>
{{#overall}}
<p class="lede">Where the team stands in {{monthLabel}}, scored from the metrics, the practices found in the handbook, journeys and reviews, and the team's self-assessment. <a href="#how">How scores are computed</a>.</p>
<section class="maturity-overview" aria-labelledby="overall-heading">
<div class="overall-badge level-{{level}}">
<h2 id="overall-heading">Overall</h2>
<p class="overall-level"><span class="level-number">{{level}}</span> <span class="level-name">{{levelName}}</span></p>
<p class="overall-score">{{score}} <span>of 100</span>{{#change}} <span class="change {{changeClass}}" title="change since {{previousLabel}}">{{change}}</span>{{/change}}</p>
{{#inputsChanged}}<p class="inputs-changed">Change since {{previousLabel}} reflects changed inputs: {{inputsChanged}}.</p>{{/inputsChanged}}
</div>
<div class="overall-detail">
{{> maturity-components}}
{{^empty(gains)}}
<h3>What would raise the level{{#nextLevel}} <span class="meta">({{toNext}} points to {{nextLevel}})</span>{{/nextLevel}}</h3>
<ol class="gains">
{{#gains}}<li>{{#url}}<a href="{{root}}{{url}}">{{action}}</a>{{/url}}{{^url}}{{action}}{{/url}} <span class="gain">{{points}}</span></li>
{{/gains}}
</ol>
{{/empty(gains)}}
</div>
</section>
{{/overall}}
{{^overall}}
<p class="lede">No maturity score yet: add metric data under <code>content/metrics/</code>, journey maps, or a self-assessment (<code>cxsite new assessment</code>).</p>
{{/overall}}
{{#history}}
<section aria-labelledby="history-heading">
<h2 id="history-heading">Over time</h2>
{{{history}}}
</section>
{{/history}}
{{^empty(stages)}}
<section aria-labelledby="stages-heading">
<h2 id="stages-heading">CARE stages</h2>
<div class="area-grid">
{{#stages}}{{> maturity-area}}{{/stages}}
</div>
</section>
{{/empty(stages)}}
{{^empty(pillars)}}
<section aria-labelledby="pillars-heading">
<h2 id="pillars-heading">Pillars</h2>
<div class="radar-wrap">{{{radar}}}</div>
<div class="area-grid">
{{#pillars}}{{> maturity-area}}{{/pillars}}
</div>
</section>
{{/empty(pillars)}}
<section id="how" aria-labelledby="how-heading" class="prose how">
<h2 id="how-heading">How scores are computed</h2>
<p>Every CARE stage, every pillar and the programme as a whole get a score from 0 to 100 for each month with data. The score combines three inputs, each on a 0–100 scale:</p>
<ul>
<li><strong>Metrics</strong> (weight {{weights.metrics}} %): for each metric of the area with a value and a target that month, its attainment is 100 at or beyond the target and 0 at half the target (when higher is better) or at one and a half times the target (when lower is better), in a straight line between. The input is the mean attainment.</li>
<li><strong>Practices</strong> (weight {{weights.practices}} %): the share of the area's practices that are in place, found in the journey maps, the handbook, the review notes and the seven-step tracker. A step in progress counts half. Journeys and the handbook carry no dates, so practices count the same in every month.</li>
<li><strong>Self-assessment</strong> (weight {{weights.assessment}} %): the mean answer of <code>content/assessment.csv</code> for the area, mapped from 1–5 to 0–100. For each statement the latest answer given up to that month counts.</li>
</ul>
<p>An area without one of the inputs is scored on the others, with their weights scaled up to add to 100 %. The overall score pools every metric, every practice and every answer. Scores map to levels in bands of 20 points:</p>
<ul class="level-bands">
{{#levels}}<li><span class="level-pill level-{{level}}">Level {{level}} · {{name}}</span> {{from}} to {{#to}}{{to}}{{/to}}</li>
{{/levels}}
</ul>
<p>“What would raise the level” lists the inputs whose improvement adds most points: a metric brought to its target, a missing practice put in place, or a self-assessment statement made fully true. The scores and their inputs for every month are in <a href="{{root}}data/scores.json">data/scores.json</a>.</p>
</section>
{{/content}}
{{/layout}}

"""#,
        "metric-scorecard.mustache": #"""
<div class="table-scroll">
<table class="scorecard">
<colgroup><col class="c-name"><col class="c-spark"><col class="c-value"><col class="c-delta"><col class="c-target"><col class="c-status"></colgroup>
<thead>
<tr><th scope="col">Metric</th><th scope="col" class="spark">Trend</th><th scope="col" class="num">{{#headerMonth}}{{headerMonth}}{{/headerMonth}}{{^headerMonth}}Latest{{/headerMonth}}</th><th scope="col" class="num">Change{{#headerPrevious}}<span class="sub">vs {{headerPrevious}}</span>{{/headerPrevious}}</th><th scope="col" class="num">Target</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#rows}}
<tr class="{{stage}}">
<th scope="row"><a href="{{root}}{{url}}">{{name}}</a><span class="sub">{{context}}</span></th>
<td class="spark">{{{sparkline}}}</td>
<td class="num value">{{#value}}{{value}}{{#stale}}<span class="sub">{{monthLabel}}</span>{{/stale}}{{/value}}{{^value}}<span class="missing">–</span>{{/value}}</td>
<td class="num delta {{deltaClass}}"{{#deltaTitle}} title="{{deltaTitle}}"{{/deltaTitle}}>{{#delta}}{{delta}}{{/delta}}{{^delta}}<span class="missing">–</span>{{/delta}}</td>
<td class="num">{{#target}}{{target}}{{/target}}{{^target}}<span class="missing">–</span>{{/target}}</td>
<td><span class="status {{status}}">{{statusText}}</span></td>
</tr>
{{/rows}}
</tbody>
</table>
</div>

"""#,
        "metric.mustache": #"""
{{<layout}}
{{$content}}
<article class="metric-page {{stage.id}}">
<header class="page-header">
<p class="eyebrow"><a href="{{root}}{{stage.url}}">{{stage.name}}</a> · <a href="{{root}}{{pillar.url}}">{{pillar.name}}</a></p>
<h1>{{page.title}}</h1>
{{#metric.definition}}<p class="lede">{{metric.definition}}</p>{{/metric.definition}}
</header>
{{#summary}}
<dl class="kpi-strip">
<div class="kpi"><dt>{{monthLabel}}</dt><dd class="kpi-value">{{value}}</dd></div>
<div class="kpi"><dt>Change vs {{previousLabel}}</dt><dd class="kpi-value delta {{deltaClass}}">{{#delta}}{{delta}}{{/delta}}{{^delta}}<span class="missing">–</span>{{/delta}}</dd></div>
<div class="kpi"><dt>Target</dt><dd class="kpi-value">{{#target}}{{target}}{{/target}}{{^target}}<span class="missing">none</span>{{/target}}</dd><dd class="sub">{{betterText}}</dd></div>
<div class="kpi"><dt>Status</dt><dd><span class="status {{status}}">{{statusText}}</span>{{#stale}}<span class="sub">no value for the latest month</span>{{/stale}}</dd></div>
</dl>
{{/summary}}
{{#trendChart}}
<section class="metric-section" aria-labelledby="trend-heading">
<h2 id="trend-heading">Trend</h2>
{{{trendChart}}}
</section>
{{/trendChart}}
{{#breakdowns}}
<section class="metric-section" aria-labelledby="breakdown-{{id}}">
<h2 id="breakdown-{{id}}">{{title}}</h2>
<p class="meta">Shown separately: breakdown values are never added into the overall value.</p>
{{{chart}}}
{{#chartNote}}
<p class="meta">{{chartNote}}</p>
{{/chartNote}}
<div class="table-scroll">
<table class="scorecard breakdown">
<thead>
<tr><th scope="col">{{title}}</th><th scope="col" class="num">{{#headerMonth}}{{headerMonth}}{{/headerMonth}}{{^headerMonth}}Latest{{/headerMonth}}</th><th scope="col" class="num">Change{{#headerPrevious}}<span class="sub">vs {{headerPrevious}}</span>{{/headerPrevious}}</th><th scope="col" class="num">Target</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#rows}}
<tr>
<th scope="row">{{name}}</th>
<td class="num value">{{#value}}{{value}}{{#stale}}<span class="sub">{{monthLabel}}</span>{{/stale}}{{/value}}{{^value}}<span class="missing">–</span>{{/value}}</td>
<td class="num delta {{deltaClass}}"{{#deltaTitle}} title="{{deltaTitle}}"{{/deltaTitle}}>{{#delta}}{{delta}}{{/delta}}{{^delta}}<span class="missing">–</span>{{/delta}}</td>
<td class="num">{{#target}}{{target}}{{/target}}{{^target}}<span class="missing">–</span>{{/target}}</td>
<td><span class="status {{status}}">{{statusText}}</span></td>
</tr>
{{/rows}}
</tbody>
</table>
</div>
</section>
{{/breakdowns}}
{{#hasData}}
<section class="metric-section" aria-labelledby="monthly-heading">
<h2 id="monthly-heading">Monthly values</h2>
<div class="table-scroll" tabindex="0" role="region" aria-labelledby="monthly-heading">
<table class="monthly">
<thead>
<tr><th scope="col">Month</th>{{#table.columns}}<th scope="col" class="num">{{title}}{{#sub}}<span class="sub">{{sub}}</span>{{/sub}}</th>{{/table.columns}}</tr>
</thead>
<tbody>
{{#table.rows}}
<tr><th scope="row"><time datetime="{{monthID}}">{{month}}</time></th>{{#cells}}<td class="num {{cls}}">{{text}}</td>{{/cells}}</tr>
{{/table.rows}}
</tbody>
</table>
</div>
<p class="meta">The same values as CSV: <a href="{{root}}{{csvURL}}">{{csvName}}</a>.</p>
</section>
{{/hasData}}
{{^hasData}}
<p class="empty">No values for this metric yet. Add rows to a CSV file under <code>content/metrics/</code>, for example <code>2026-10,{{metric.id}},42</code> under a <code>month,metric,value</code> header.</p>
{{/hasData}}
{{#computed}}
{{> computed-metric}}
{{/computed}}
<section class="metric-section" aria-labelledby="about-heading">
<h2 id="about-heading">About this metric</h2>
<dl class="facts">
<dt>Id</dt><dd><code>{{metric.id}}</code></dd>
<dt>Unit</dt><dd>{{metric.unit}}</dd>
<dt>Direction</dt><dd>{{metric.better}}</dd>
<dt>Target</dt><dd>{{#metric.target}}{{metric.target}}{{/metric.target}}{{^metric.target}}none{{/metric.target}} <span class="sub">catalog or site.yml; a target column in the CSV overrides it per series</span></dd>
<dt>Dated rows</dt><dd>{{metric.aggregate}}</dd>
<dt>CARE stage</dt><dd><a href="{{root}}{{stage.url}}">{{stage.name}}</a></dd>
<dt>Pillar</dt><dd><a href="{{root}}{{pillar.url}}">{{pillar.name}}</a></dd>
{{^empty(sources)}}
<dt>Read from</dt><dd><ul class="sources">{{#sources}}<li><code>{{path}}</code>: {{values}} {{valueNoun}}{{#rows}}, {{rows}}{{/rows}}</li>{{/sources}}</ul></dd>
{{/empty(sources)}}
</dl>
</section>
<nav class="prev-next" aria-label="Metric navigation">
{{#previous}}<a rel="prev" href="{{root}}{{url}}">← {{title}}</a>{{/previous}}
{{#next}}<a rel="next" href="{{root}}{{url}}">{{title}} →</a>{{/next}}
</nav>
</article>
{{/content}}
{{/layout}}

"""#,
        "metrics-index.mustache": #"""
{{<layout}}
{{$content}}
<header class="page-header metrics-header">
<h1>{{page.title}}</h1>
<p class="lede">{{metricCount}} {{metricNoun}} across the CARE cycle{{#month}}, latest month {{month}}{{/month}}.</p>
{{^empty(counts)}}
<ul class="metric-counts">
{{#counts}}<li class="{{class}}"><strong>{{count}}</strong> {{label}}</li>
{{/counts}}
</ul>
{{/empty(counts)}}
</header>
{{^month}}
<p class="empty">No metric values yet. Put CSV files under <code>content/metrics/</code>: a <code>month,metric,value</code> header and rows such as <code>2026-10,csat,87.5%</code>.</p>
{{/month}}
{{#stages}}
<section class="metric-stage {{id}}" aria-labelledby="stage-{{id}}">
<h2 id="stage-{{id}}"><a href="{{root}}{{url}}">{{name}}</a></h2>
{{#scorecard}}
{{> metric-scorecard}}
{{/scorecard}}
</section>
{{/stages}}
{{#checksURL}}
<p class="meta checks-link">The CARE rules of thumb checked against the help-desk exports, with the tickets that broke them: <a href="{{root}}{{checksURL}}">CARE rule checks</a>.</p>
{{/checksURL}}
{{#dataURL}}
<p class="meta data-link">Every monthly value as one table: <a href="{{root}}{{dataURL}}">{{dataURL}}</a> (columns month, metric, segment, channel, value, target).</p>
{{/dataURL}}
{{/content}}
{{/layout}}

"""#,
        "nav.mustache": #"""
<nav class="site-nav" aria-label="Main">
<ul>
{{#nav}}
<li><a href="{{root}}{{url}}"{{#current}} aria-current="page"{{/current}}>{{title}}</a></li>
{{/nav}}
</ul>
</nav>

"""#,
        "not-found.mustache": #"""
{{<layout}}
{{$content}}
<h1>{{page.title}}</h1>
<p class="lede">There is no page at this address. It may have been renamed or moved.</p>
<p><a href="{{root}}index.html">Go to the home page</a> or browse the <a href="{{root}}handbook/index.html">handbook</a>.</p>
{{/content}}
{{/layout}}

"""#,
        "page-facts.mustache": #"""
{{#about}}
{{#draft}}
<p class="draft-note"><strong>Draft.</strong> Shown by <code>cxsite serve --drafts</code> only: <code>cxsite build</code> leaves the page out until its <code>draft: true</code> is removed.</p>
{{/draft}}
{{#byline}}
<p class="page-facts">{{#author}}<span>By {{author}}</span>{{/author}}{{#updated}}<span>Last updated <time datetime="{{datetime}}">{{label}}</time>{{#written}} (first written <time datetime="{{datetime}}">{{label}}</time>){{/written}}</span>{{/updated}}</p>
{{/byline}}
{{^empty(tags)}}
<ul class="tags topic-tags" aria-label="Tags">
{{#tags}}
<li><a class="tag topic" href="{{root}}{{url}}">{{name}}</a></li>
{{/tags}}
<li><a class="all-tags" href="{{root}}{{tagIndex}}">All tags</a></li>
</ul>
{{/empty(tags)}}
{{/about}}

"""#,
        "page-list.mustache": #"""
<ul class="page-list">
{{#pages}}
<li><a href="{{root}}{{url}}">{{title}}</a>{{#summary}}<span class="summary">{{summary}}</span>{{/summary}}</li>
{{/pages}}
</ul>

"""#,
        "review-improvement.mustache": #"""
<li class="improvement-item"><span class="improvement-title">{{title}}</span>{{#owner}} <span class="meta">· {{owner}}</span>{{/owner}} <span class="step-status {{statusClass}}">{{status}}</span>{{#note}}<span class="sub">{{note}}</span>{{/note}}</li>

"""#,
        "review.mustache": #"""
{{<layout}}
{{$content}}
<article class="review" aria-labelledby="review-title">
<header class="review-header">
<p class="eyebrow">Monthly CX review · {{review.monthLabel}}</p>
<h1 id="review-title">{{page.title}}</h1>
<p class="review-byline">{{#review.author}}<span>Author: {{review.author}}</span>{{/review.author}}{{#site.company}}<span class="screen-only">{{site.company}}</span>{{/site.company}}<span class="print-only">{{site.title}}</span>{{#review.frozen}}<span class="frozen-badge">{{review.frozen}}</span>{{/review.frozen}}</p>
</header>
{{#summary}}
<section class="review-summary" aria-label="Summary">
{{#level}}<p class="summary-level"><span class="label">Overall maturity</span> <span class="level-pill level-{{level}}">Level {{level}} · {{levelName}}</span> <strong>{{score}}</strong> of 100{{#change}} <span class="change {{changeClass}}">{{change}} vs {{previousLabel}}</span>{{/change}}{{#restated}} <span class="restated">restated: now {{restated}}</span>{{/restated}}</p>{{/level}}
{{#facts}}<p class="summary-facts">{{facts}}</p>{{/facts}}
</section>
{{/summary}}
{{^empty(restatements)}}
<p class="restatement-note">Some figures of this published review have been restated since: the review keeps the numbers as published and shows today's value beside them. <a href="#restatements">See the restatements</a>.</p>
{{/empty(restatements)}}

<section class="review-section" aria-labelledby="highlights-heading">
<h2 id="highlights-heading">Highlights</h2>
{{^empty(highlights)}}
<ul class="highlights">
{{#highlights}}
<li class="highlight {{kind}}"><span class="hl-marker">{{marker}}</span> {{text}}</li>
{{/highlights}}
</ul>
{{/empty(highlights)}}
{{#empty(highlights)}}<p class="empty">Nothing to report from the numbers this month.</p>{{/empty(highlights)}}
</section>

<section class="review-section" aria-labelledby="scorecard-heading">
<h2 id="scorecard-heading">Scorecard</h2>
{{^hasData}}<p class="empty">No metric values for {{review.monthLabel}}.</p>{{/hasData}}
{{#stages}}
<div class="review-stage {{id}}">
<h3><a href="{{root}}{{url}}">{{name}}</a></h3>
<div class="table-scroll">
<table class="scorecard review-scorecard">
<colgroup><col class="c-name"><col class="c-spark"><col class="c-value"><col class="c-delta"><col class="c-target"><col class="c-status"></colgroup>
<thead>
<tr><th scope="col">Metric</th><th scope="col" class="spark">12 months</th><th scope="col" class="num">{{headerMonth}}</th><th scope="col" class="num">Change<span class="sub">vs {{headerPrevious}}</span></th><th scope="col" class="num">Target</th><th scope="col">Status</th></tr>
</thead>
<tbody>
{{#rows}}
<tr data-metric="{{id}}">
<th scope="row"><a href="{{root}}{{url}}">{{name}}</a><span class="sub">{{context}} · {{betterText}}</span></th>
<td class="spark">{{{sparkline}}}</td>
<td class="num value">{{#value}}{{value}}{{/value}}{{^value}}<span class="missing">–</span>{{/value}}{{#valueRestated}}<span class="restated">restated: {{valueRestated}}</span>{{/valueRestated}}</td>
<td class="num delta {{deltaClass}}"{{#deltaTitle}} title="{{deltaTitle}}"{{/deltaTitle}}>{{#delta}}{{delta}}<span class="visually-hidden"> ({{deltaClass}})</span>{{/delta}}{{^delta}}<span class="missing">–</span>{{/delta}}{{#previousRestated}}<span class="restated">restated: {{previousRestated}}</span>{{/previousRestated}}</td>
<td class="num target">{{#target}}{{target}}{{/target}}{{^target}}<span class="missing">–</span>{{/target}}{{#targetRestated}}<span class="restated">restated: {{targetRestated}}</span>{{/targetRestated}}</td>
<td><span class="status {{status}}">{{statusText}}</span></td>
</tr>
{{/rows}}
</tbody>
</table>
</div>
</div>
{{/stages}}
</section>

{{^empty(maturityRows)}}
<section class="review-section" aria-labelledby="maturity-heading">
<h2 id="maturity-heading">Maturity</h2>
<div class="table-scroll">
<table class="review-maturity">
<thead>
<tr><th scope="col">Area</th><th scope="col">Level</th><th scope="col" class="num">Score</th><th scope="col" class="num">Change{{#maturityPrevious}}<span class="sub">vs {{maturityPrevious}}</span>{{/maturityPrevious}}</th></tr>
</thead>
<tbody>
{{#maturityRows}}
{{#groupTitle}}<tr class="group"><th scope="rowgroup" colspan="4">{{groupTitle}}</th></tr>
{{/groupTitle}}
<tr class="{{group}}">
<th scope="row"><a href="{{root}}{{url}}">{{name}}</a></th>
<td><span class="level-pill level-{{level}}">Level {{level}} · {{levelName}}</span>{{#levelChange}} <span class="change {{levelChangeClass}}">{{levelChange}}</span>{{/levelChange}}</td>
<td class="num">{{score}}{{#restated}}<span class="restated">restated: {{restated}}</span>{{/restated}}</td>
<td class="num"><span class="change {{changeClass}}">{{#change}}{{change}}{{/change}}{{^change}}–{{/change}}</span></td>
</tr>
{{/maturityRows}}
</tbody>
</table>
</div>
<p class="meta">Scores are 0–100, combining the area's metrics against their targets, the practices found in the handbook, journeys and reviews, and the team's self-assessment. <a href="{{root}}maturity/index.html#how">How scores are computed</a>.</p>
</section>
{{/empty(maturityRows)}}

<section class="review-section" aria-labelledby="improvements-heading">
<h2 id="improvements-heading">Improvements</h2>
{{#improvements}}
<div class="improvement-loop">
{{^empty(done)}}
<div class="loop-group done">
<h3>Done this month</h3>
<ul>{{#done}}{{> review-improvement}}{{/done}}</ul>
</div>
{{/empty(done)}}
{{^empty(carried)}}
<div class="loop-group carried">
<h3>Carried over, still open</h3>
<ul>{{#carried}}{{> review-improvement}}{{/carried}}</ul>
</div>
{{/empty(carried)}}
{{^empty(new)}}
<div class="loop-group new">
<h3>New this month</h3>
<ul>{{#new}}{{> review-improvement}}{{/new}}</ul>
</div>
{{/empty(new)}}
</div>
{{/improvements}}
{{^improvements}}<p class="empty">No improvements listed in this or earlier reviews.</p>{{/improvements}}
</section>

<section class="review-section" aria-labelledby="decisions-heading">
<h2 id="decisions-heading">Decisions</h2>
{{^empty(decisions)}}
<ol class="decisions">
{{#decisions}}<li>{{.}}</li>
{{/decisions}}
</ol>
{{/empty(decisions)}}
{{#empty(decisions)}}<p class="empty">No decisions recorded for this month.</p>{{/empty(decisions)}}
</section>

<section class="review-section" aria-labelledby="notes-heading">
<h2 id="notes-heading">The team's notes</h2>
{{#notesHTML}}<div class="prose review-notes">{{{notesHTML}}}</div>{{/notesHTML}}
{{^notesHTML}}<p class="empty">The team has not written notes for this month.</p>{{/notesHTML}}
</section>

<section class="review-section" id="rule-checks" aria-labelledby="rules-heading">
<h2 id="rules-heading">Rule checks</h2>
<p class="meta">The CARE rules of thumb, checked from this month's figures and from the journey maps as they are now.</p>
{{! Ticket-based rule checks (issue 7, from content/tickets/) arrive in ruleChecks with source "Tickets" and are listed in this same table; see docs/REVIEWS.md. }}
{{^empty(ruleChecks)}}
<div class="table-scroll">
<table class="rule-checks">
<thead>
<tr><th scope="col">Stage</th><th scope="col">Rule</th><th scope="col">Result</th><th scope="col">What the data shows</th></tr>
</thead>
<tbody>
{{#ruleChecks}}
<tr class="{{result}}">
<td class="stage-name {{stageID}}">{{stage}}</td>
<th scope="row">{{rule}}</th>
<td><span class="check {{result}}">{{resultText}}</span></td>
<td>{{detail}} <span class="sub">Source: {{source}}{{#evidence}} · <a href="{{root}}{{url}}">{{title}}</a>{{/evidence}}</span></td>
</tr>
{{/ruleChecks}}
</tbody>
</table>
</div>
{{/empty(ruleChecks)}}
{{#empty(ruleChecks)}}<p class="empty">No rule can be checked yet: add metric data and journey maps.</p>{{/empty(ruleChecks)}}
</section>
{{#contactReasons}}

<section class="review-section" id="contact-reasons" aria-labelledby="reasons-heading">
<h2 id="reasons-heading">Contact reasons</h2>
<p class="meta">Why customers got in touch this month, from the ticket exports' category column; change is against the month before. <a href="{{root}}checks/index.html#contact-reasons">Every month</a></p>
{{> contact-reasons}}
</section>
{{/contactReasons}}

{{^empty(restatements)}}
<section class="review-section" id="restatements" aria-labelledby="restatements-heading">
<h2 id="restatements-heading">Restatements</h2>
<p>This review was frozen when it was published. Today's data gives these figures differently; the review above keeps the published numbers.</p>
<table class="restatement-table">
<thead><tr><th scope="col">Figure</th><th scope="col" class="num">Published</th><th scope="col" class="num">Now</th></tr></thead>
<tbody>
{{#restatements}}<tr><th scope="row">{{what}}</th><td class="num">{{published}}</td><td class="num">{{now}}</td></tr>
{{/restatements}}
</tbody>
</table>
</section>
{{/empty(restatements)}}
</article>
<nav class="prev-next" aria-label="Other reviews">
{{#previous}}<a rel="prev" href="{{root}}{{url}}">← {{title}}</a>{{/previous}}
<a href="{{root}}reviews/index.html">All reviews</a>
<a href="{{root}}{{compareURL}}">Compare months</a>
{{#next}}<a rel="next" href="{{root}}{{url}}">{{title}} →</a>{{/next}}
</nav>
{{/content}}
{{/layout}}

"""#,
        "reviews-compare.mustache": #"""
{{<layout}}
{{$content}}
<h1>{{page.title}}</h1>
{{#hasReviews}}
<p class="lede">Every metric and maturity score month by month, newest first, as each review published it. Values are marked on or off target for their month.{{#yearNote}} {{yearNote}}{{/yearNote}}</p>
<section aria-labelledby="compare-maturity">
<h2 id="compare-maturity">Maturity score</h2>
<div class="table-scroll">
<table class="compare-table">
<thead>
<tr><th scope="col">Area</th>{{#columns}}<th scope="col" class="num{{#yearEarlier}} year-earlier{{/yearEarlier}}"><a href="{{root}}{{url}}">{{label}}</a></th>{{/columns}}</tr>
</thead>
<tbody>
{{#maturity}}
<tr><th scope="row"><a href="{{root}}{{url}}">{{name}}</a></th>{{#cells}}<td class="num {{cls}}"{{#title}} title="{{title}}"{{/title}}>{{text}}</td>{{/cells}}</tr>
{{/maturity}}
</tbody>
</table>
</div>
</section>
<section aria-labelledby="compare-metrics">
<h2 id="compare-metrics">Metrics</h2>
<div class="table-scroll">
<table class="compare-table">
<thead>
<tr><th scope="col">Metric</th>{{#yearLabel}}<th scope="col" class="num">Change<span class="sub">vs {{yearLabel}}</span></th>{{/yearLabel}}{{#columns}}<th scope="col" class="num{{#yearEarlier}} year-earlier{{/yearEarlier}}"><a href="{{root}}{{url}}">{{label}}</a></th>{{/columns}}</tr>
</thead>
{{#stages}}
<tbody class="{{id}}">
<tr class="group"><th scope="rowgroup" colspan="{{span}}">{{name}}</th></tr>
{{#rows}}
<tr><th scope="row"><a href="{{root}}{{url}}">{{name}}</a></th>{{#yearLabel}}<td class="num delta {{yearClass}}">{{#yearChange}}{{yearChange}}{{/yearChange}}{{^yearChange}}<span class="missing">–</span>{{/yearChange}}</td>{{/yearLabel}}{{#cells}}<td class="num {{cls}}">{{text}}</td>{{/cells}}</tr>
{{/rows}}
</tbody>
{{/stages}}
</table>
</div>
<p class="meta">Green: on target that month; red: off target. A dash: no value that month.</p>
</section>
{{/hasReviews}}
{{^hasReviews}}
<p class="lede">No reviews to compare yet.</p>
{{/hasReviews}}
{{/content}}
{{/layout}}

"""#,
        "reviews-index.mustache": #"""
{{<layout}}
{{$content}}
<h1>{{page.title}}</h1>
{{#hasReviews}}
<p class="lede">One review for every month with data: the scorecard against last month and target, highlights in plain sentences, the maturity levels, the improvements carried from month to month, and the team's notes. Latest: <a href="{{root}}{{latest.url}}">{{latest.label}}</a>.</p>
<ul class="dash-links">
<li><a href="{{root}}{{compareURL}}">Compare months</a></li>
<li><a href="{{root}}{{feedURL}}">Atom feed of reviews</a></li>
</ul>
{{#years}}
<section class="review-year" aria-labelledby="year-{{year}}">
<h2 id="year-{{year}}">{{year}}</h2>
<div class="table-scroll">
<table class="review-archive">
<thead>
<tr><th scope="col">Month</th><th scope="col">Overall maturity</th><th scope="col" class="num">Score</th><th scope="col" class="spark">12 months</th><th scope="col" class="num">On target</th><th scope="col">Team's notes</th></tr>
</thead>
<tbody>
{{#rows}}
<tr data-month="{{monthID}}">
<th scope="row"><a href="{{root}}{{url}}">{{label}}</a>{{#frozen}}<span class="sub">frozen {{frozen}}{{#restated}}, restated since{{/restated}}</span>{{/frozen}}</th>
<td>{{#level}}<span class="level-pill level-{{level}}">Level {{level}} · {{levelName}}</span>{{/level}}{{^level}}<span class="missing">–</span>{{/level}}</td>
<td class="num">{{#score}}{{score}}{{#change}} <span class="change {{changeClass}}">{{change}}</span>{{/change}}{{/score}}{{^score}}<span class="missing">–</span>{{/score}}</td>
<td class="spark">{{{sparkline}}}</td>
<td class="num">{{#targets}}{{targets}}{{/targets}}{{^targets}}<span class="missing">–</span>{{/targets}}</td>
<td>{{#notesTitle}}{{notesTitle}}{{#author}}<span class="sub">{{author}}</span>{{/author}}{{/notesTitle}}{{^notesTitle}}<span class="missing">none</span>{{/notesTitle}}</td>
</tr>
{{/rows}}
</tbody>
</table>
</div>
</section>
{{/years}}
{{/hasReviews}}
{{^hasReviews}}
<p class="lede">No reviews yet. A review page appears for every month with metric data under <code>content/metrics/</code> or notes under <code>content/reviews/</code>.</p>
{{/hasReviews}}
{{/content}}
{{/layout}}

"""#,
        "search.mustache": #"""
<form class="site-search" role="search" data-root="{{root}}" data-index="{{root}}search-index.js" hidden>
<label class="visually-hidden" for="site-search-input">Search this site</label>
<input id="site-search-input" type="search" name="q" placeholder="Search" autocomplete="off" spellcheck="false" aria-controls="site-search-results" aria-describedby="site-search-help">
<span id="site-search-help" class="visually-hidden">Results appear as you type. Down arrow moves into the results, Escape closes them.</span>
<div class="search-panel" id="site-search-results">
<p class="search-status" role="status" aria-live="polite"></p>
<ul class="search-results"></ul>
</div>
</form>

"""#,
        "tag-index.mustache": #"""
{{<layout}}
{{$content}}
<h1>{{page.title}}</h1>
<p class="lede">Every tag of the handbook pages. Each leads to the pages that have it.</p>
<ul class="tag-index">
{{#tags}}
<li><a class="tag topic" href="{{root}}{{url}}">{{name}}</a> <span class="meta">{{count}} {{pageNoun}}</span></li>
{{/tags}}
</ul>
{{/content}}
{{/layout}}

"""#,
        "tag.mustache": #"""
{{<layout}}
{{$content}}
<p class="eyebrow">Tag</p>
<h1>{{page.title}}</h1>
<p class="lede">{{count}} handbook {{pageNoun}} tagged {{page.title}}.</p>
<ul class="page-list">
{{#pages}}
<li><a href="{{root}}{{url}}">{{title}}</a>{{#section}} <span class="meta">in {{section}}</span>{{/section}}{{#summary}}<span class="summary">{{summary}}</span>{{/summary}}</li>
{{/pages}}
</ul>
<p><a href="{{root}}tags/index.html">All tags</a></p>
{{/content}}
{{/layout}}

"""#,
        "tags.mustache": #"""
{{^empty(tags)}}
<ul class="tags" aria-label="Related">
{{#tags}}
<li><a class="tag {{kind}}" href="{{root}}{{url}}">{{title}}</a></li>
{{/tags}}
</ul>
{{/empty(tags)}}

"""#,
    ]

    /// Names of the built-in Mustache templates (`layout`, `nav`, …).
    package static let templateNames: [String] = files.keys.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(9)) }.sorted()
}
