/*
 * Client-side search over the site's search.json (SearchData), until a search server exists.
 * The header's form is hidden without JavaScript; with it, typing or submitting lists matching items
 * (every word must occur in the title, summary or 文号) in a panel under the box.
 */
(function () {
  "use strict";
  var form = document.querySelector("form.search-box[data-search-url]");
  if (!form || !window.fetch) {
    return;
  }
  var input = form.querySelector("input[type=search]");
  var output = form.querySelector(".search-results");
  var items = null;
  var loading = null;
  var timer = null;
  var LIMIT = 20;

  form.hidden = false;

  function load() {
    if (!loading) {
      loading = fetch(form.getAttribute("data-search-url"), { credentials: "same-origin" })
        .then(function (response) {
          if (!response.ok) {
            throw new Error("search data: HTTP " + response.status);
          }
          return response.json();
        })
        .then(function (data) {
          items = data.items || [];
          return items;
        });
    }
    return loading;
  }

  function matches(item, words) {
    var text = (item.title + " " + item.summary + " " + (item.docNo || "")).toLowerCase();
    return words.every(function (word) {
      return text.indexOf(word) !== -1;
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) {
      node.className = className;
    }
    if (text) {
      node.textContent = text;
    }
    return node;
  }

  function show(query) {
    var words = query.toLowerCase().split(/\s+/).filter(Boolean);
    output.textContent = "";
    if (!words.length) {
      return;
    }
    var found = items.filter(function (item) {
      return matches(item, words);
    });
    var panel = element("div", "search-panel");
    if (!found.length) {
      panel.appendChild(element("p", "", form.getAttribute("data-empty")));
    } else {
      panel.appendChild(
        element("p", "", form.getAttribute("data-results").replace("{0}", String(found.length)))
      );
      var list = element("ul");
      found.slice(0, LIMIT).forEach(function (item) {
        var li = element("li");
        var link = element("a", "", item.title);
        link.href = item.url;
        li.appendChild(link);
        li.appendChild(element("span", "", [item.docNo, item.date].filter(Boolean).join(" · ")));
        list.appendChild(li);
      });
      panel.appendChild(list);
    }
    output.appendChild(panel);
  }

  function search() {
    var query = input.value.trim();
    load().then(
      function () {
        show(query);
      },
      function () {
        output.textContent = "";
      }
    );
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    search();
  });

  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 250);
  });

  input.addEventListener("focus", load, { once: true });

  form.addEventListener("keydown", function (event) {
    if (event.key === "Escape" && output.firstChild) {
      output.textContent = "";
      input.focus();
    }
  });

  document.addEventListener("click", function (event) {
    if (!form.contains(event.target)) {
      output.textContent = "";
    }
  });
})();
