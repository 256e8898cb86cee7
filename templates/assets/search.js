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
