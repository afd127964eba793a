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
  /* Absolute bundle URLs: Pagefind imports modules from them. */
  function abs(path) {
    return new URL(root + path, window.location.href).href;
  }
  var base = new URL(root || "./", window.location.href).pathname;

  /* Pagefind gives paths below the site's directory; the English mirror
   * points them at its own copies. */
  function fix(u) {
    u = String(u);
    return u.indexOf(base) === 0 ? base + prefix + u.slice(base.length) : u;
  }

  function start(bundles) {
    new PagefindUI({
      element: "#search",
      bundlePath: abs("pagefind/"),
      mergeIndex: bundles.map(function (b) {
        return { bundlePath: abs(b) };
      }),
      showSubResults: true,
      showImages: false,
      translations: { placeholder: box.getAttribute("data-placeholder") },
      processResult: function (r) {
        r.url = fix(r.url);
        if (r.sub_results) {
          r.sub_results.forEach(function (s) { s.url = fix(s.url); });
        }
        return r;
      }
    });
  }

  /* Big sites split story pages over several indexes (see
   * tools/site-search.sh); shards.json lists the extra ones. */
  fetch(abs("pagefind/shards.json")).then(function (r) {
    return r.ok ? r.json() : { bundles: [] };
  }).catch(function () {
    return { bundles: [] };
  }).then(function (j) {
    start(j && Array.isArray(j.bundles) ? j.bundles : []);
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
