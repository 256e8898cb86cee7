// Generated from templates/ by `make templates`; do not edit by hand.

/// The built-in templates and assets: a copy of the repository's `templates/`, so
/// `cxsite` works in a project that has no templates of its own.
enum DefaultTemplates {
    /// File path relative to `templates/` → contents.
    static let files: [String: String] = [
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
.header-row { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 2rem; padding-top: .75rem; padding-bottom: .75rem; }
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
</header>
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
{{$head}}{{/head}}
</head>
<body class="kind-{{page.kind}}">
<a class="skip-link" href="#main">Skip to content</a>
<header class="site-header">
<div class="wrap header-row">
<a class="brand" href="{{root}}index.html"><span class="brand-mark" aria-hidden="true"></span>{{site.title}}</a>
{{> nav}}
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
<div class="table-scroll">
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
        "page-list.mustache": #"""
<ul class="page-list">
{{#pages}}
<li><a href="{{root}}{{url}}">{{title}}</a>{{#summary}}<span class="summary">{{summary}}</span>{{/summary}}</li>
{{/pages}}
</ul>

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
    static let templateNames: [String] = files.keys.filter { $0.hasSuffix(".mustache") }.map { String($0.dropLast(9)) }.sorted()
}
