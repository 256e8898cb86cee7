// Generated from templates/ by `make templates`; do not edit by hand.

/// The built-in templates and assets: a copy of the repository's `templates/`, so
/// `cxsite` works in a project that has no templates of its own.
enum DefaultTemplates {
    /// File path relative to `templates/` → contents.
    static let files: [String: String] = [
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
