/* reliefwatch: sortable tables and table filters on top of plain HTML.
 * Everything works without this script; it only adds convenience. */
(function () {
  "use strict";

  function cellValue(cell) {
    if (!cell) return "";
    var s = cell.getAttribute("data-sort");
    return s !== null ? s : cell.textContent.trim();
  }

  function compare(a, b) {
    var x = parseFloat(a), y = parseFloat(b);
    var nx = a !== "" && !isNaN(x) && isFinite(a);
    var ny = b !== "" && !isNaN(y) && isFinite(b);
    if (nx && ny) return x - y;
    if (nx !== ny) return nx ? -1 : 1;
    return a < b ? -1 : a > b ? 1 : 0;
  }

  function makeSortable(table) {
    var head = table.tHead;
    if (!head || !table.tBodies.length) return;
    var ths = head.rows[0].cells;
    Array.prototype.forEach.call(ths, function (th, col) {
      var b = document.createElement("button");
      b.type = "button";
      b.className = "sort";
      while (th.firstChild) b.appendChild(th.firstChild);
      th.appendChild(b);
      b.addEventListener("click", function () {
        var asc = th.getAttribute("aria-sort") !== "ascending";
        Array.prototype.forEach.call(ths, function (o) {
          o.removeAttribute("aria-sort");
        });
        th.setAttribute("aria-sort", asc ? "ascending" : "descending");
        var body = table.tBodies[0];
        var rows = Array.prototype.slice.call(body.rows);
        rows.forEach(function (r, i) { r._i = i; });
        rows.sort(function (r1, r2) {
          var d = compare(cellValue(r1.cells[col]), cellValue(r2.cells[col]));
          if (!asc) d = -d;
          return d !== 0 ? d : r1._i - r2._i;
        });
        rows.forEach(function (r) { body.appendChild(r); });
      });
    });
  }

  function fillSelect(select, table, attr, labelCol) {
    var seen = {};
    var opts = [];
    Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
      var v = r.getAttribute(attr);
      if (!v || seen[v]) return;
      seen[v] = 1;
      var label = labelCol >= 0 ? r.cells[labelCol].textContent.trim() : v;
      opts.push([v, label]);
    });
    opts.sort(function (a, b) { return a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0; });
    opts.forEach(function (o) {
      var e = document.createElement("option");
      e.value = o[0];
      e.textContent = o[1];
      select.appendChild(e);
    });
  }

  function makeFilter(box) {
    var table = document.getElementById(box.getAttribute("data-filters"));
    if (!table || !table.tBodies.length) return;
    var text = box.querySelector('[data-filter="text"]');
    var kind = box.querySelector('[data-filter="kind"]');
    var season = box.querySelector('[data-filter="season"]');
    var count = box.querySelector("[data-count]");
    if (kind) fillSelect(kind, table, "data-kind", 2);
    if (season) fillSelect(season, table, "data-season", -1);
    function apply() {
      var q = text ? text.value.trim().toLowerCase() : "";
      var k = kind ? kind.value : "";
      var s = season ? season.value : "";
      var shown = 0;
      Array.prototype.forEach.call(table.tBodies[0].rows, function (r) {
        var ok = (!k || r.getAttribute("data-kind") === k) &&
          (!s || r.getAttribute("data-season") === s) &&
          (!q || r.textContent.toLowerCase().indexOf(q) >= 0);
        r.hidden = !ok;
        if (ok) shown++;
      });
      if (count) count.textContent = shown + " / " + table.tBodies[0].rows.length;
    }
    [text, kind, season].forEach(function (el) {
      if (el) el.addEventListener("input", apply);
    });
    box.hidden = false;
    apply();
  }

  document.querySelectorAll("table.sortable").forEach(makeSortable);
  document.querySelectorAll("[data-filters]").forEach(makeFilter);
})();
