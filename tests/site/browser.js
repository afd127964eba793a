// SPDX-License-Identifier: ISC
// Browser checks of a built site with Debian's chromium (playwright-core):
// every page type renders without console errors at 1280 and 390 px, no
// request leaves the site, axe-core finds no serious or critical
// violation, a Chinese search finds its story, and a figure followed from
// the facts explorer lands on its highlighted sentence.  Screenshots go
// to SHOTS.  Prints TAP.
//
//   node tests/site/browser.js SITE_DIR SHOTS_DIR
"use strict";
const fs = require("fs");
const http = require("http");
const path = require("path");
const { chromium } = require("playwright-core");

const site = path.resolve(process.argv[2] || "build/site-check/site");
const shots = path.resolve(process.argv[3] || "build/screenshots");
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"),
  "utf8");
let n = 0, failed = 0;

function ok(cond, name, detail) {
  n++;
  if (cond) {
    console.log(`ok ${n} - ${name}`);
  } else {
    failed++;
    console.log(`not ok ${n} - ${name}`);
    if (detail) console.log(`# ${String(detail).split("\n").join("\n# ")}`);
  }
}

const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css",
  ".js": "text/javascript", ".json": "application/json",
  ".svg": "image/svg+xml", ".xml": "application/xml",
  ".csv": "text/csv; charset=utf-8", ".wasm": "application/wasm",
  ".txt": "text/plain",
};

// A static server on the loopback interface, serving the site under a
// path prefix to prove that links are relative.
const PREFIX = "/some/prefix/";
function serve() {
  return new Promise((resolve) => {
    const srv = http.createServer((req, res) => {
      let url = decodeURIComponent(req.url.split("?")[0]);
      if (!url.startsWith(PREFIX)) {
        res.writeHead(404);
        res.end();
        return;
      }
      let file = path.join(site, url.slice(PREFIX.length));
      if (!file.startsWith(site)) {
        res.writeHead(403);
        res.end();
        return;
      }
      if (file.endsWith("/")) file += "index.html";
      fs.readFile(file, (err, data) => {
        if (err) {
          res.writeHead(404, { "Content-Type": "text/html" });
          res.end(fs.readFileSync(path.join(site, "404.html")));
          return;
        }
        res.writeHead(200, {
          "Content-Type": types[path.extname(file)] ||
            "application/octet-stream",
        });
        res.end(data);
      });
    });
    srv.listen(0, "127.0.0.1", () => resolve(srv));
  });
}

function firstFile(dir, re) {
  const names = fs.readdirSync(path.join(site, dir)).filter((f) => re.test(f))
    .sort();
  return names.length ? `${dir}/${names[0]}` : null;
}

async function visit(browser, base, rel, width, shotName) {
  const ctx = await browser.newContext({ viewport: { width, height: 900 } });
  const page = await ctx.newPage();
  const errors = [];
  const outside = [];
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("response", (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`);
  });
  page.on("request", (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith("data:")) {
      outside.push(r.url());
    }
  });
  const resp = await page.goto(base + rel, { waitUntil: "load" });
  await page.waitForTimeout(100);
  await page.screenshot({ path: path.join(shots, shotName), fullPage: true });
  return { ctx, page, errors, outside, status: resp ? resp.status() : 0 };
}

async function axe(page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef
    const r = await axe.run(document, {
      resultTypes: ["violations"],
    });
    return r.violations.filter((v) => v.impact === "serious" ||
      v.impact === "critical").map((v) => `${v.id}: ${v.nodes.length} ` +
      `node(s), e.g. ${v.nodes[0].target.join(" ")}`);
  });
}

async function main() {
  fs.mkdirSync(shots, { recursive: true });
  const srv = await serve();
  const base = `http://127.0.0.1:${srv.address().port}${PREFIX}`;
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu",
      "--disable-background-networking"],
  });
  const story = firstFile("story", /^[0-9a-f]{16}\.html$/);
  const region = firstFile("region", /^[0-9]{2}0000\.html$/);
  const county = firstFile("region", /^[0-9]{4}(?!00)[0-9]{2}\.html$/);
  const campaign = firstFile("campaign", /^[0-9a-f]{16}\.html$/);
  const outlet = firstFile("outlet", /^[0-9a-f]{16}\.html$/);
  const facts = firstFile("facts", /^[0-9]{6}\.html$/);
  const pages = [
    ["home", "index.html"], ["story", story], ["region", region],
    ["county", county], ["regions", "region/index.html"],
    ["stories", "story/index.html"], ["campaign", campaign],
    ["campaigns", "campaign/index.html"], ["outlet", outlet],
    ["outlets", "outlet/index.html"], ["facts-index", "facts/index.html"],
    ["facts", facts], ["about", "about.html"],
    ["downloads", "downloads.html"], ["search", "search.html"],
    ["404", "404.html"], ["en-home", "en/index.html"],
    ["en-story", story && `en/${story}`],
    ["en-region", region && `en/${region}`],
    ["en-facts", facts && `en/${facts}`],
  ];
  for (const [name, rel] of pages) {
    if (!rel) {
      ok(false, `${name}: a page of this type exists`);
      continue;
    }
    for (const width of [1280, 390]) {
      const v = await visit(browser, base, rel, width,
        `${name}-${width}.png`);
      ok(v.status === 200, `${name} ${width}px: HTTP 200`, v.status);
      ok(v.errors.length === 0, `${name} ${width}px: no console error`,
        v.errors.join("\n"));
      ok(v.outside.length === 0, `${name} ${width}px: no request leaves ` +
        "the site", v.outside.join("\n"));
      const overflow = await v.page.evaluate(() =>
        document.documentElement.scrollWidth > window.innerWidth + 1);
      ok(!overflow, `${name} ${width}px: no horizontal page scroll`);
      if (width === 1280) {
        const bad = await axe(v.page);
        ok(bad.length === 0, `${name}: axe finds no serious or critical ` +
          "violation", bad.join("\n"));
      }
      await v.ctx.close();
    }
  }

  // A Chinese search finds its story: the first story (by file name)
  // whose title is unique, searched by the Chinese run of its title.
  {
    const decode = (t) => t.replace(/&lt;/g, "<").replace(/&gt;/g, ">")
      .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");
    const titles = new Map();
    for (const f of fs.readdirSync(path.join(site, "story")).sort()) {
      if (!/^[0-9a-f]{16}\.html$/.test(f)) continue;
      const html = fs.readFileSync(path.join(site, "story", f), "utf8");
      const m = /<h1[^>]*>([^<]+)<\/h1>/.exec(html);
      if (!m) continue;
      const t = decode(m[1]);
      titles.set(t, titles.has(t) ? null : `story/${f}`);
    }
    let title = "", storyRel = story;
    for (const [t, f] of titles) {
      const run = (t.match(/[\u4e00-\u9fff]{4,}/g) || [])[0];
      if (f && run) {
        title = t;
        storyRel = f;
        break;
      }
    }
    const term = (title.match(/[\u4e00-\u9fff]{4,}/g) || [""])[0];
    const story2 = storyRel;
    const v = await visit(browser, base, "search.html", 1280,
      "search-empty-1280.png");
    let found = false, detail = `term ${term}`;
    try {
      await v.page.fill(".pagefind-ui__search-input", term);
      await v.page.waitForSelector(".pagefind-ui__result-link",
        { timeout: 15000 });
      await v.page.waitForTimeout(500);
      const links = await v.page.$$eval(".pagefind-ui__result-link",
        (as) => as.map((a) => a.getAttribute("href")));
      const id = path.basename(story2, ".html");
      found = links.some((h) => h.includes(id));
      detail += `: ${links.slice(0, 5).join(" ")}`;
      if (found) {
        const link = await v.page.$(`.pagefind-ui__result-link[href*="${id}"]`);
        await link.click();
        await v.page.waitForLoadState("load");
        const h1 = await v.page.$eval("h1", (h) => h.textContent);
        found = v.page.url().includes(`story/${id}.html`) && h1 === title;
        detail += ` -> ${v.page.url()} "${h1}"`;
      }
      await v.page.screenshot({ path: path.join(shots,
        "search-result-1280.png"), fullPage: false });
    } catch (e) {
      detail += ` ${e}`;
    }
    ok(found, `search for "${term}" finds its story and opens it`, detail);
    ok(v.errors.length === 0, "search page: no console error",
      v.errors.join("\n"));
    await v.ctx.close();
  }

  // From the facts explorer to the highlighted sentence.
  {
    const v = await visit(browser, base, facts, 1280, "facts-1280.png");
    const href = await v.page.$eval("#facts-table tbody tr td.fig a",
      (a) => a.getAttribute("href"));
    await v.page.click("#facts-table tbody tr td.fig a");
    await v.page.waitForLoadState("load");
    await v.page.waitForTimeout(200);
    const res = await v.page.evaluate(() => {
      const t = document.querySelector(":target");
      if (!t) return { found: false };
      const mark = t.tagName === "MARK" ? t : t.querySelector("mark");
      const r = (mark || t).getBoundingClientRect();
      const bg = mark ? getComputedStyle(mark).backgroundColor : "";
      return {
        found: true, id: t.id, mark: !!mark,
        text: (mark || t).textContent,
        visible: r.top >= 0 && r.bottom <= window.innerHeight,
        bg,
        inSentence: !!(t.closest(".text") || t.closest("td")),
      };
    });
    await v.page.screenshot({ path: path.join(shots, "figure-target-1280.png"),
      fullPage: false });
    ok(res.found && res.mark && res.visible && res.inSentence &&
      res.bg !== "rgba(0, 0, 0, 0)",
      `facts explorer link ${href} lands on a highlighted, visible figure`,
      JSON.stringify(res));
    await v.ctx.close();
  }

  await browser.close();
  srv.close();
  console.log(`1..${n}`);
  process.exit(failed ? 1 : 0);
}

main().catch((e) => {
  console.log(`not ok ${n + 1} - browser run failed`);
  console.log(`# ${e.stack}`);
  process.exit(1);
});
