/* The search page: starts Pagefind's UI (loaded by the page from /pagefind/), and runs ?q= searches. */
(function () {
  "use strict";
  var element = document.getElementById("search");
  if (!element) return;
  if (typeof window.PagefindUI !== "function") {
    // The index was not built (--no-search) or could not load.
    var message = element.querySelector(".search-unavailable");
    if (message) message.hidden = false;
    return;
  }
  // Pages that are lists of entries (the glossary, the timeline: data-entry-types on #search) answer with the entry
  // itself: the result links to the best-matching entry's heading (/glossary/#h20) under that entry's title, and the
  // page's other matching entries stay as its sub-results. Every result shows its page type (data-pagefind-meta).
  var entryTypes = (element.getAttribute("data-entry-types") || "").split(" ").filter(Boolean);
  function toEntry(result) {
    var type = result.meta && result.meta.type;
    if (entryTypes.indexOf(type) < 0 || !result.sub_results) return result;
    var page = result.meta.url || result.url;
    var entries = result.sub_results.filter(function (s) { return s.url !== page && s.url.indexOf("#") > 0; });
    if (entries.length === 0) return result;
    // The entry whose matching words weigh most (a word in its heading counts more than one in its text: the "H20"
    // entry before "Hopper", whose text names the H20 twice); the first of them on the page when several tie.
    function weight(s) {
      return (s.weighted_locations || []).reduce(function (sum, l) { return sum + l.weight; }, 0) || s.locations.length;
    }
    var best = entries.reduce(function (a, b) { return weight(b) > weight(a) ? b : a; });
    var rest = entries.filter(function (s) { return s !== best; });
    var meta = Object.assign({}, result.meta, { title: best.title });
    delete meta.url;
    return Object.assign({}, result, { url: best.url, excerpt: best.excerpt, meta: meta, sub_results: [best].concat(rest) });
  }
  var ui = new window.PagefindUI({
    element: "#search", showSubResults: true, showImages: false, autofocus: true, processResult: toEntry,
  });
  // Pagefind's input has only a placeholder; give it a visible label (its text is the #search element's data-label).
  var input = element.querySelector("input");
  if (input && !input.id) {
    input.id = "search-input";
    var label = document.createElement("label");
    label.className = "search-label";
    label.htmlFor = input.id;
    label.textContent = element.getAttribute("data-label") || "Search";
    var form = input.closest("form") || input;
    form.parentNode.insertBefore(label, form);
  }
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
