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
  var ui = new window.PagefindUI({ element: "#search", showSubResults: true, showImages: false, autofocus: true });
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
