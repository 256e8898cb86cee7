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
</header>
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
{{#intro}}<div class="prose">{{{intro}}}</div>{{/intro}}
</section>

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

<section aria-labelledby="steps-heading">
<h2 id="steps-heading">Seven steps</h2>
<ol class="step-list">
{{#steps}}
<li><a href="{{root}}{{url}}"><span class="step-number">{{number}}</span> {{title}}</a></li>
{{/steps}}
</ol>
</section>

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
