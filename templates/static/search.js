/* reliefwatch: the Pagefind search box.  Result URLs are made relative
 * to this page, so the site works under any path prefix; the English
 * mirror links to its own copy of each page. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") return;
  var root = box.getAttribute("data-root") || "";
  var prefix = box.getAttribute("data-prefix") || "";
  var label = box.getAttribute("data-label") || "";
  /* An absolute bundle URL: Pagefind imports modules from it. */
  var bundle = new URL(root + "pagefind/", window.location.href).href;
  new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    bundlePath: bundle,
    translations: { placeholder: box.getAttribute("data-placeholder") },
    processResult: function (r) {
      /* Pagefind gives paths below the bundle's directory; the English
       * mirror points them at its own copies. */
      var base = new URL(root, window.location.href).pathname;
      function fix(u) {
        u = String(u);
        if (u.indexOf(base) === 0) return base + prefix + u.slice(base.length);
        return u;
      }
      r.url = fix(r.url);
      if (r.sub_results) {
        r.sub_results.forEach(function (s) { s.url = fix(s.url); });
      }
      return r;
    }
  });
  /* The UI renders its input later; give it an accessible name. */
  var tries = 0;
  (function name() {
    var input = box.querySelector("input");
    if (input) {
      input.setAttribute("aria-label", label);
      return;
    }
    if (++tries < 100) window.setTimeout(name, 50);
  })();
})();
