// mediabrief's search: the index is cut in pieces at build time (see src/render/search.rs);
// a query loads the manifest, the shard of each of its words and the chunks of the top
// results. Queries are folded exactly as the index was: case, marks, Arabic and Persian
// letter forms, tatweel, ZWNJ, Eastern digits.
(function () {
  "use strict";
  var script = document.currentScript;
  var base = script.getAttribute("data-base") || "/";
  var input = document.getElementById("search-input");
  var form = document.getElementById("search-form");
  var list = document.getElementById("search-results");
  var status = document.getElementById("search-status");
  var TOP = 20;
  var cache = {};

  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(base + path).then(function (r) {
        if (!r.ok) { throw new Error(path + ": " + r.status); }
        return r.json();
      });
    }
    return cache[path];
  }

  var IGNORED = /[\p{M}\u0640\u200D\u00AD\u200B]/u;
  var WORD = /[\p{L}\p{N}]/u;

  // `letters`: the letter forms and digits the index folds together, as the index's manifest
  // gives them (made from src/text/fold.rs, so the two never disagree).
  function words(text, letters) {
    var out = [];
    var word = "";
    Array.from(text.normalize("NFKD")).forEach(function (c) {
      if (IGNORED.test(c)) { return; }
      c = letters[c] || c;
      if (WORD.test(c)) {
        word += c.toLowerCase();
      } else if (word) {
        out.push(word);
        word = "";
      }
    });
    if (word) { out.push(word); }
    return out;
  }

  // The shards holding `term`: the one whose prefix is its longest; for the last word of a
  // query, typed in part, also those whose prefix continues it.
  function shardsFor(manifest, term, partial) {
    var best = -1;
    var found = [];
    manifest.shards.forEach(function (p, n) {
      if (term.startsWith(p) && (best < 0 || p.length >= manifest.shards[best].length)) { best = n; }
    });
    if (best >= 0) { found.push(best); }
    if (partial) {
      manifest.shards.forEach(function (p, n) {
        if (n !== best && p.startsWith(term) && found.length < 8) { found.push(n); }
      });
    }
    return found;
  }

  // Document -> weight for `term` (and the words it begins, when `partial`).
  function postings(manifest, term, partial) {
    var shards = shardsFor(manifest, term, partial).map(function (n) { return load("search/t/" + n + ".json"); });
    return Promise.all(shards).then(function (loaded) {
      var docs = new Map();
      loaded.forEach(function (shard) {
        Object.keys(shard).forEach(function (t) {
          if (t !== term && !(partial && t.startsWith(term))) { return; }
          var list = shard[t];
          var doc = 0;
          for (var i = 0; i < list.length; i += 2) {
            doc += list[i];
            var w = t === term ? list[i + 1] : list[i + 1] * 0.8;
            docs.set(doc, Math.max(docs.get(doc) || 0, w));
          }
        });
      });
      return docs;
    });
  }

  function search(query) {
    return load("search/index.json").then(function (manifest) {
      var stop = new Set(manifest.stopwords);
      var terms = words(query, manifest.letters).filter(function (w) { return Array.from(w).length >= 2 && !stop.has(w); });
      if (!terms.length) { return { total: 0, hits: [] }; }
      var lists = terms.map(function (t, i) { return postings(manifest, t, i === terms.length - 1); });
      return Promise.all(lists).then(function (maps) {
        var scores = new Map();
        maps[0].forEach(function (w, doc) { scores.set(doc, 0); });
        maps.forEach(function (m) {
          var idf = Math.log(1 + manifest.docs / Math.max(1, m.size));
          scores.forEach(function (s, doc) {
            var w = m.get(doc);
            if (w === undefined) { scores.delete(doc); } else { scores.set(doc, s + idf * w / (w + 1.5)); }
          });
        });
        // Equal scores: the newest first (documents are numbered by date).
        var ranked = Array.from(scores.entries()).sort(function (a, b) { return b[1] - a[1] || b[0] - a[0]; });
        var top = ranked.slice(0, TOP).map(function (e) { return e[0]; });
        var chunks = top.map(function (doc) { return load("search/d/" + Math.floor(doc / manifest.chunk) + ".json"); });
        return Promise.all(chunks).then(function (loaded) {
          var hits = top.map(function (doc, i) { return loaded[i][doc % manifest.chunk]; });
          return { total: ranked.length, hits: hits };
        });
      });
    });
  }

  function element(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text) { e.textContent = text; }
    return e;
  }

  function show(query, result) {
    list.replaceChildren();
    result.hits.forEach(function (hit) {
      var kind = hit[0], title = hit[1], path = hit[2], snippet = hit[3], meta = hit[4], lang = hit[5], dir = hit[6];
      var li = element("li", "hit hit-" + kind);
      li.appendChild(element("span", "kind", kind));
      var a = element("a", "title", title);
      a.href = base + path;
      a.lang = lang;
      a.dir = dir;
      li.appendChild(a);
      if (meta) { li.appendChild(element("span", "meta", meta)); }
      if (snippet) {
        var p = element("p", "snippet", snippet);
        p.lang = lang;
        p.dir = dir;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
    var shown = result.hits.length < result.total ? " (the first " + result.hits.length + ")" : "";
    status.textContent = query ? result.total + (result.total === 1 ? " result" : " results") + shown : "";
  }

  var pending = 0;
  function run() {
    var query = input.value.trim();
    var ticket = ++pending;
    var url = new URL(location.href);
    if (query) { url.searchParams.set("q", query); } else { url.searchParams.delete("q"); }
    history.replaceState(null, "", url);
    search(query).then(function (result) {
      if (ticket === pending) { show(query, result); }
    }, function (error) {
      status.textContent = "Search failed: " + error.message;
    });
  }

  var timer = 0;
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(run, 150);
  });
  form.addEventListener("submit", function (event) {
    event.preventDefault();
    run();
  });
  input.value = new URL(location.href).searchParams.get("q") || "";
  if (input.value) { run(); }
  input.focus();
})();
