/*
 * The search page (layouts/search.ftlh). Reads the query from the address (q, scope, site, type,
 * year, issuer, page), calls the search API named in <meta name="zhanqun-search-api"> and renders
 * the result count, results, facets and paging. Every change of query, filter or page is a link or
 * form submission to this page, so the address always describes what is shown and Back works.
 *
 * Safety: text from the API goes into the page as text nodes only. Highlighted titles and snippets
 * arrive HTML-escaped with <mark> tags; they are split at the marks and decoded, never assigned as
 * HTML. When the API cannot be reached (a static copy of the cluster, the server down), the page
 * says so and searches this site's search.json instead: titles, summaries and 文号 only.
 */
(function () {
  "use strict";
  var root = document.getElementById("search");
  var meta = document.querySelector('meta[name="zhanqun-search-api"]');
  if (!root || !meta || !window.fetch || !window.URLSearchParams) {
    return;
  }
  var api = meta.getAttribute("content");
  var form = root.querySelector("form.search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var hitList = document.getElementById("search-hits");
  var paging = document.getElementById("search-paging");
  var facetBox = document.getElementById("search-facets");
  var PAGE_SIZE = 10;
  var FACETS = ["site", "type", "year", "issuer"];

  var params = new URLSearchParams(window.location.search);
  var state = {
    q: (params.get("q") || "").trim().slice(0, 200),
    scope: params.get("scope") === "cluster" ? "cluster" : "site",
    site: params.get("site") || "",
    type: params.get("type") || "",
    year: /^\d{4}$/.test(params.get("year") || "") ? params.get("year") : "",
    issuer: params.get("issuer") || "",
    page: Math.max(1, parseInt(params.get("page"), 10) || 1)
  };

  function msg(name) {
    return root.getAttribute("data-msg-" + name) || "";
  }

  function fill(text) {
    var args = Array.prototype.slice.call(arguments, 1);
    return text.replace(/\{(\d)\}/g, function (all, n) {
      return args[n] !== undefined ? String(args[n]) : all;
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text !== undefined && text !== null) {
      node.textContent = text;
    }
    return node;
  }

  /** The decoded text of HTML-escaped text (the five entities and numeric references). */
  function unescapeHtml(text) {
    return text.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, function (all, ref) {
      switch (ref) {
        case "amp": return "&";
        case "lt": return "<";
        case "gt": return ">";
        case "quot": return "\"";
        case "apos": return "'";
        default:
          var code = ref.charAt(1) === "x" ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
          return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
      }
    });
  }

  /** Appends escaped text with <mark>…</mark> as text nodes and <mark> elements; nothing else. */
  function appendMarked(parent, escaped) {
    var inMark = false;
    escaped.split(/(<\/?mark>)/).forEach(function (part) {
      if (part === "<mark>") {
        inMark = true;
      } else if (part === "</mark>") {
        inMark = false;
      } else if (part) {
        var text = unescapeHtml(part.replace(/<[^>]*>/g, ""));
        parent.appendChild(inMark ? element("mark", "", text) : document.createTextNode(text));
      }
    });
  }

  /** This page's address with some parameters changed; a changed filter goes back to page 1. */
  function pageUrl(changes) {
    var next = {};
    Object.keys(state).forEach(function (key) {
      next[key] = state[key];
    });
    if (!("page" in changes)) {
      next.page = 1;
    }
    Object.keys(changes).forEach(function (key) {
      next[key] = changes[key];
    });
    var query = new URLSearchParams();
    query.set("q", next.q);
    if (next.scope === "cluster") {
      query.set("scope", "cluster");
    }
    ["site", "type", "year", "issuer"].forEach(function (key) {
      if (next[key] && !(key === "site" && next.scope !== "cluster")) {
        query.set(key, next[key]);
      }
    });
    if (next.page > 1) {
      query.set("page", String(next.page));
    }
    return window.location.pathname + "?" + query.toString();
  }

  function apiUrl() {
    var query = new URLSearchParams();
    query.set("q", state.q);
    query.set("lang", root.getAttribute("data-lang"));
    var site = state.scope === "site" ? root.getAttribute("data-site") : state.site;
    if (site) {
      query.set("site", site);
    }
    if (state.type) {
      query.set("type", state.type);
    }
    if (state.issuer) {
      query.set("issuer", state.issuer);
    }
    if (state.year) {
      query.set("from", state.year + "-01-01");
      query.set("to", state.year + "-12-31");
    }
    query.set("page", String(state.page));
    query.set("size", String(PAGE_SIZE));
    return api + (api.indexOf("?") === -1 ? "?" : "&") + query.toString();
  }

  function typeLabel(type) {
    return msg("type-" + type) || type;
  }

  function day(iso) {
    var date = new Date(iso);
    if (isNaN(date.getTime())) {
      return "";
    }
    var pad = function (n) {
      return (n < 10 ? "0" : "") + n;
    };
    return date.getFullYear() + "-" + pad(date.getMonth() + 1) + "-" + pad(date.getDate());
  }

  function clear() {
    hitList.textContent = "";
    paging.textContent = "";
    paging.hidden = true;
    Array.prototype.slice.call(facetBox.querySelectorAll(".search-facet")).forEach(function (node) {
      node.parentNode.removeChild(node);
    });
    facetBox.hidden = true;
  }

  function renderHit(hit) {
    var li = element("li", "search-hit search-hit-" + hit.type);
    var heading = element("h3", "search-hit-title");
    var link = element("a");
    link.href = hit.url;
    appendMarked(link, hit.titleHtml || "");
    if (!link.textContent) {
      link.textContent = hit.title;
    }
    heading.appendChild(link);
    li.appendChild(heading);
    var metaLine = element("p", "search-hit-meta");
    if (hit.exactMatch) {
      metaLine.appendChild(element("strong", "search-hit-exact", msg("exact")));
    }
    [hit.siteName || hit.site, typeLabel(hit.type), hit.docNumber].forEach(function (part) {
      if (part) {
        metaLine.appendChild(element("span", "", part));
      }
    });
    if (hit.published) {
      var time = element("time", "", day(hit.published));
      time.setAttribute("datetime", hit.published);
      var published = element("span", "", msg("published") + msg("colon"));
      published.appendChild(time);
      metaLine.appendChild(published);
    }
    li.appendChild(metaLine);
    if (hit.snippet) {
      var snippet = element("p", "search-hit-snippet");
      appendMarked(snippet, hit.snippet);
      li.appendChild(snippet);
    }
    hitList.appendChild(li);
  }

  function renderFacets(facets) {
    FACETS.forEach(function (name) {
      if (name === "site" && state.scope !== "cluster") {
        return;
      }
      var values = (facets && facets[name]) || [];
      if (!values.length) {
        return;
      }
      var group = element("section", "search-facet");
      var headingId = "search-facet-" + name;
      var heading = element("h3", "", msg("facet-" + name));
      heading.id = headingId;
      group.setAttribute("aria-labelledby", headingId);
      group.appendChild(heading);
      var list = element("ul");
      var all = {};
      all[name] = "";
      list.appendChild(facetLink(msg("facet-all"), null, pageUrl(all), !state[name]));
      values.forEach(function (value) {
        var change = {};
        change[name] = value.value;
        var label = name === "type" ? typeLabel(value.value) : value.label || value.value;
        list.appendChild(facetLink(label, value.count, pageUrl(change), state[name] === value.value));
      });
      group.appendChild(list);
      facetBox.appendChild(group);
    });
    facetBox.hidden = !facetBox.querySelector(".search-facet");
  }

  function facetLink(label, count, href, current) {
    var li = element("li");
    var link = element("a", current ? "is-current" : "", label);
    link.href = href;
    if (current) {
      link.setAttribute("aria-current", "true");
    }
    if (count !== null) {
      link.appendChild(document.createTextNode(" "));
      // "(12)" for the eye, "12 results" for screen readers
      var badge = element("span", "search-facet-count", "(" + count + ")");
      badge.setAttribute("aria-hidden", "true");
      link.appendChild(badge);
      link.appendChild(element("span", "visually-hidden", fill(msg("facet-count"), count)));
    }
    li.appendChild(link);
    return li;
  }

  function renderPaging(total) {
    var pages = Math.min(Math.ceil(total / PAGE_SIZE), Math.floor(10000 / PAGE_SIZE));
    if (pages <= 1) {
      return;
    }
    var list = element("ul");
    function item(text, page, className, rel) {
      var li = element("li");
      if (page < 1 || page > pages) {
        var off = element("span", className + " is-disabled", text);
        off.setAttribute("aria-disabled", "true");
        li.appendChild(off);
      } else {
        var link = element("a", className, text);
        link.href = pageUrl({ page: page });
        if (rel) {
          link.rel = rel;
        }
        if (page === state.page && !rel) {
          link.setAttribute("aria-current", "page");
          link.className = (link.className + " is-current").trim();
        }
        if (!rel) {
          link.setAttribute("aria-label", fill(msg("page"), page));
        }
        li.appendChild(link);
      }
      list.appendChild(li);
    }
    item(msg("previous"), state.page - 1, "page-prev", "prev");
    var gap = false;
    for (var n = 1; n <= pages; n++) {
      if (n === 1 || n === pages || Math.abs(n - state.page) <= 2) {
        gap = false;
        item(String(n), n, "", null);
      } else if (!gap) {
        gap = true;
        var li = element("li");
        var dots = element("span", "page-gap", "…");
        dots.setAttribute("aria-hidden", "true");
        li.appendChild(dots);
        list.appendChild(li);
      }
    }
    item(msg("next"), state.page + 1, "page-next", "next");
    paging.appendChild(list);
    paging.appendChild(element("p", "pagination-summary", fill(msg("page-of"), state.page, pages)));
    paging.hidden = false;
  }

  function renderSuggestion(suggestion) {
    if (!suggestion || suggestion === state.q) {
      return;
    }
    var text = msg("suggestion");
    var at = text.indexOf("{0}");
    var line = element("p", "search-suggestion");
    var link = element("a", "", suggestion);
    link.href = pageUrl({ q: suggestion });
    line.appendChild(document.createTextNode(at < 0 ? text + " " : text.slice(0, at)));
    line.appendChild(link);
    if (at >= 0) {
      line.appendChild(document.createTextNode(text.slice(at + 3)));
    }
    status.appendChild(line);
  }

  function render(result) {
    clear();
    status.textContent = "";
    if (!result.total) {
      status.appendChild(element("p", "", msg("empty")));
    } else {
      var first = (result.page - 1) * result.size + 1;
      var last = Math.min(result.total, first + result.results.length - 1);
      status.appendChild(element("p", "", fill(msg("range"), first, last, result.total)));
    }
    renderSuggestion(result.suggestion);
    (result.results || []).forEach(renderHit);
    renderFacets(result.facets);
    renderPaging(result.total);
  }

  /** Without the API: the words in titles, summaries and 文号 of this site's search.json. */
  function fallback() {
    return fetch(root.getAttribute("data-fallback-url"), { credentials: "same-origin" })
      .then(function (response) {
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json();
      })
      .then(function (data) {
        var words = state.q.toLowerCase().split(/\s+/).filter(Boolean);
        var found = (data.items || []).filter(function (item) {
          var text = (item.title + " " + item.summary + " " + (item.docNo || "")).toLowerCase();
          return words.every(function (word) {
            return text.indexOf(word) !== -1;
          });
        });
        clear();
        status.textContent = "";
        status.appendChild(element("p", "", msg("unavailable") + " " + msg("fallback")));
        status.appendChild(element("p", "", fill(msg("results"), found.length)));
        var start = (state.page - 1) * PAGE_SIZE;
        found.slice(start, start + PAGE_SIZE).forEach(function (item) {
          renderHit({
            title: item.title,
            titleHtml: "",
            url: item.url,
            site: item.site,
            siteName: item.site,
            type: item.type,
            docNumber: item.docNo,
            published: item.date,
            snippet: null
          });
        });
        renderPaging(found.length);
      });
  }

  function unavailable() {
    clear();
    status.textContent = msg("unavailable");
  }

  function search() {
    status.textContent = msg("loading");
    fetch(apiUrl(), { headers: { Accept: "application/json" }, credentials: "same-origin" })
      .then(function (response) {
        if (response.status === 400) {
          clear();
          status.textContent = msg("invalid");
          return null;
        }
        if (!response.ok) {
          throw new Error("HTTP " + response.status);
        }
        return response.json().then(render);
      })
      .catch(function () {
        if (state.scope === "site") {
          return fallback().catch(unavailable);
        }
        unavailable();
      });
  }

  input.value = state.q;
  var scopeInput = form.querySelector('input[name="scope"][value="' + state.scope + '"]');
  if (scopeInput) {
    scopeInput.checked = true;
  }
  // Filters survive a new query in the same scope, as hidden fields of the form.
  ["type", "year", "issuer"].concat(state.scope === "cluster" ? ["site"] : []).forEach(function (key) {
    if (state[key]) {
      var hidden = element("input");
      hidden.type = "hidden";
      hidden.name = key;
      hidden.value = state[key];
      form.appendChild(hidden);
    }
  });
  if (state.q) {
    // The language switcher keeps the words (the other language's page searches in its language).
    Array.prototype.forEach.call(document.querySelectorAll("a[hreflang]"), function (link) {
      var href = link.getAttribute("href");
      if (/search\.html$/.test(href)) {
        link.setAttribute("href", href + "?q=" + encodeURIComponent(state.q));
      }
    });
    search();
  } else {
    status.textContent = msg("prompt");
  }
})();
