/* reliefwatch: the Pagefind search box.  Result URLs are made relative
 * to this page, so the site works under any path prefix; the English
 * mirror links to its own copy of each page. */
(function () {
  "use strict";
  var box = document.getElementById("search");
  if (!box || typeof PagefindUI === "undefined") return;
  var root = box.getAttribute("data-root") || "";
  var prefix = box.getAttribute("data-prefix") || "";
  new PagefindUI({
    element: "#search",
    showSubResults: true,
    showImages: false,
    bundlePath: root + "pagefind/",
    translations: { placeholder: box.getAttribute("data-placeholder") },
    processResult: function (r) {
      function fix(u) {
        return root + prefix + String(u).replace(/^\/+/, "");
      }
      r.url = fix(r.url);
      if (r.sub_results) {
        r.sub_results.forEach(function (s) { s.url = fix(s.url); });
      }
      return r;
    }
  });
})();
