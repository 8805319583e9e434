// The browser test: built sites served on 127.0.0.1 and driven by Debian's Chromium.
//
//   MEDIABRIEF=target/debug/mediabrief node tests/browser/run.mjs
//
// 1. The bundled sample, built under a sub-path (/mediabrief/, as on GitHub Pages) and
//    served by Python's http.server: the index, an event page and the Persian article load
//    without console errors, a crawl finds no broken internal link or anchor, search finds
//    "Rafah" and Persian words, the Persian article lays out right to left. Screenshots of
//    the index and an event page go to docs/screenshots/.
// 2. A project made by `mediabrief new` plus one imported clipping: the same checks.
// 3. `mediabrief serve`: an edit appears in the open page without a restart, a broken edit
//    keeps the page and shows the error, fixing it recovers.
// 4. On a phone's screen (390 x 844), every page of both sites: nothing wider than the screen
//    (wide tables scroll inside their box), and each chart a page kind must have is there with
//    its text alternative.
// 5. The sample's book, built by mdBook: a month with a Persian brief sets Persian quotes right
//    to left, at the right edge, in « »; English ones in “ ”. Screenshot to docs/screenshots/.

import { spawn, execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { chromium } from "playwright-core";

const repo = resolve(new URL("../..", import.meta.url).pathname);
const bin = resolve(repo, process.env.MEDIABRIEF || "target/debug/mediabrief");
const chromiumPath = process.env.CHROMIUM || "/usr/bin/chromium";
const work = mkdtempSync(join(tmpdir(), "mediabrief-browser-"));
const failures = [];
const children = [];

function check(ok, message) {
  if (!ok) {
    failures.push(message);
    console.error("FAIL " + message);
  }
}

function mediabrief(args, cwd = repo) {
  return execFileSync(bin, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
}

function freePort() {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const port = server.address().port;
      server.close(() => done(port));
    });
  });
}

// Python's http.server on `dir`, bound to 127.0.0.1.
async function staticServer(dir) {
  const port = await freePort();
  const child = spawn("python3", ["-m", "http.server", String(port), "--bind", "127.0.0.1", "--directory", dir], {
    stdio: "ignore",
  });
  children.push(child);
  for (let i = 0; i < 100; i++) {
    try {
      const r = await fetch(`http://127.0.0.1:${port}/`);
      if (r.status) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return `http://127.0.0.1:${port}`;
}

// A page that records console errors, uncaught exceptions and failed requests.
async function watchedPage(browser, label) {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  page.on("console", (m) => m.type() === "error" && check(false, `${label}: console error on ${page.url()}: ${m.text()} ${JSON.stringify(m.location())}`));
  page.on("pageerror", (e) => check(false, `${label}: ${e.message}`));
  page.on("requestfailed", (r) => check(false, `${label}: request failed: ${r.url()}`));
  page.on("response", (r) => r.status() >= 400 && check(false, `${label}: ${r.status()} for ${r.url()}`));
  return page;
}

// Visits every internal page reachable from `start`; checks each link and anchor.
async function crawl(browser, origin, base, label) {
  const page = await watchedPage(browser, label);
  const queue = [origin + base];
  const seen = new Set(queue);
  const html = [];
  const anchors = [];
  const ids = new Map();
  while (queue.length) {
    const url = queue.shift();
    if (/\.(json|xml|css|js|svg|png|ico|txt)$/.test(new URL(url).pathname)) {
      const r = await page.request.get(url);
      check(r.status() === 200, `${label}: ${url} answers ${r.status()}`);
      continue;
    }
    const response = await page.goto(url);
    html.push(url);
    check(response && response.status() === 200, `${label}: ${url} answers ${response && response.status()}`);
    ids.set(url, new Set(await page.$$eval("[id]", (els) => els.map((e) => e.id))));
    // SVG links have no string `href`: their attribute is read and resolved.
    const links = await page.$$eval("a[href], link[href]", (els) =>
      els.map((e) => new URL(e.getAttribute("href"), document.baseURI).href),
    );
    for (const link of links) {
      const u = new URL(link);
      if (u.origin !== origin || !u.pathname.startsWith(base) || u.pathname.startsWith(base + "book/")) continue;
      if (u.hash) anchors.push([url, link]);
      u.hash = "";
      u.search = "";
      if (!seen.has(u.href)) {
        seen.add(u.href);
        queue.push(u.href);
      }
    }
  }
  for (const [from, link] of anchors) {
    const u = new URL(link);
    const id = decodeURIComponent(u.hash.slice(1));
    u.hash = "";
    const targets = ids.get(u.href);
    check(!targets || targets.has(id), `${label}: ${from} links to ${link}, which has no #${id}`);
  }
  await page.close();
  return html;
}

// Which charts a page must show, by the kind of page its path says it is.
function chartsWanted(path, base) {
  const rest = path.slice(base.length);
  if (/^events\/[^/]+\/$/.test(rest)) return ["lag", "coverage"];
  if (/^timelines\/[^/]+\/$/.test(rest)) return ["timeline"];
  if (/^sources\/[^/]+\/$/.test(rest)) return ["monthly"];
  return [];
}

// Each page at a phone's width: nothing overflows the screen, and the charts are there with
// their titles and descriptions.
async function phone(browser, urls, base, label) {
  const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
  let charts = 0;
  for (const url of urls) {
    await page.goto(url);
    const r = await page.evaluate(() => {
      const wide = [];
      for (const el of document.querySelectorAll("body *")) {
        if (el.getBoundingClientRect().right > window.innerWidth + 1 && !el.closest(".scroll")) {
          wide.push(`${el.tagName.toLowerCase()}.${el.className}`);
        }
      }
      const charts = [...document.querySelectorAll("svg.chart")].map((svg) => {
        const ids = (svg.getAttribute("aria-labelledby") || "").split(" ");
        const texts = ids.map((id) => (document.getElementById(id) || {}).textContent || "");
        return { id: ids[0].replace(/-title$/, ""), role: svg.getAttribute("role"), texts };
      });
      return { width: document.documentElement.scrollWidth, wide: wide.slice(0, 3), charts };
    });
    const path = new URL(url).pathname;
    check(r.width <= 390, `${label}: ${path} is ${r.width}px wide on a 390px screen (${r.wide.join(", ")})`);
    for (const c of r.charts) {
      check(
        c.role === "img" && c.texts.length === 2 && c.texts.every((t) => t.trim().length > 0),
        `${label}: ${path}: chart ${c.id} has no text alternative`,
      );
    }
    for (const id of chartsWanted(path, base)) {
      check(r.charts.some((c) => c.id === id), `${label}: ${path} has no ${id} chart`);
    }
    charts += r.charts.length;
  }
  await page.close();
  return charts;
}

// The hits search shows for `query`, as paths.
async function search(page, origin, base, query) {
  await page.goto(`${origin}${base}search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => document.getElementById("search-status").textContent !== "", null, {
    timeout: 10000,
  });
  return page.$$eval("#search-results a.title", (as) => as.map((a) => new URL(a.href).pathname));
}

// Right to left: the paragraph's computed direction, and its first letter at its right edge.
async function rightToLeft(page) {
  return page.$eval('.body [lang="fa"] p, .body[lang="fa"] p, [dir="rtl"] p', (p) => {
    const range = document.createRange();
    const text = p.firstChild;
    range.setStart(text, 0);
    range.setEnd(text, 1);
    const letter = range.getBoundingClientRect();
    const box = p.getBoundingClientRect();
    return { direction: getComputedStyle(p).direction, gap: box.right - letter.right };
  });
}

async function checkSite(browser, origin, base, site) {
  const label = site.label;
  const urls = await crawl(browser, origin, base, label);
  const pages = urls.length;
  check(pages >= site.minPages, `${label}: the crawl reached ${pages} pages`);
  const charts = await phone(browser, urls, base, label);
  const page = await watchedPage(browser, label);
  for (const path of ["", site.event, site.persian]) {
    const r = await page.goto(origin + base + path);
    check(r.status() === 200, `${label}: ${path} loads`);
  }
  const rtl = await rightToLeft(page);
  check(rtl.direction === "rtl", `${label}: the Persian article's direction is ${rtl.direction}`);
  check(rtl.gap >= 0 && rtl.gap < 4, `${label}: the Persian text starts ${rtl.gap}px from the right edge`);
  for (const [query, expected] of site.searches) {
    const hits = await search(page, origin, base, query);
    check(
      hits.some((h) => h.startsWith(base + expected)),
      `${label}: search "${query}" finds ${expected} (got ${hits.join(", ")})`,
    );
  }
  await page.close();
  console.log(`ok ${label}: ${pages} pages crawled and seen at 390px (${charts} charts), searches and right-to-left layout checked`);
}

async function screenshots(browser, origin, base) {
  const dir = join(repo, "docs", "screenshots");
  mkdirSync(dir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  await page.goto(origin + base);
  await page.screenshot({ path: join(dir, "index.png") });
  const event = origin + base + "events/2023-10-23-fm-calls-haniyeh-nakhalah/";
  await page.goto(event + "#reports");
  await page.screenshot({ path: join(dir, "event.png"), fullPage: false });
  await page.goto(event + "#coverage");
  await page.screenshot({ path: join(dir, "event-coverage.png"), fullPage: false });
  await page.goto(origin + base + "timelines/tehran-and-palestinian-factions/");
  await page.screenshot({ path: join(dir, "timeline.png"), fullPage: false });
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(event + "#reports");
  await page.screenshot({ path: join(dir, "event-phone.png"), fullPage: false });
  await page.goto(`${origin}${base}search/?q=Rafah`);
  await page.waitForSelector("#search-results li");
  await page.screenshot({ path: join(dir, "search.png") });
  await page.close();
}

// The sample's book: the briefs of step 1 built by mdBook (on PATH, as .ci/run installs it).
async function book(browser, briefs) {
  const root = join(work, "book-project");
  cpSync(join(repo, "book.toml"), join(root, "book.toml"));
  cpSync(briefs, join(root, "briefs"), { recursive: true });
  execFileSync("mdbook", ["build", root], { stdio: ["ignore", "ignore", "pipe"] });
  const origin = await staticServer(join(root, "book"));
  const page = await watchedPage(browser, "book");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(`${origin}/months/2023-10.html`);
  const quotes = await page.$$eval("main blockquote[lang]", (els) =>
    els.map((q) => {
      const range = document.createRange();
      range.setStart(q.firstChild, 0);
      range.setEnd(q.firstChild, 1);
      const box = q.getBoundingClientRect();
      const letter = range.getBoundingClientRect();
      return { lang: q.lang, direction: getComputedStyle(q).direction, text: q.textContent.trim(), right: box.right - letter.right, left: letter.left - box.left };
    }),
  );
  const fa = quotes.filter((q) => q.lang === "fa");
  const en = quotes.filter((q) => q.lang === "en");
  check(fa.length > 0 && en.length > 0, `book: quotes in both languages (${quotes.length})`);
  for (const q of fa) {
    check(q.direction === "rtl" && q.text.startsWith("«") && q.text.endsWith("»"), `book: Persian quote ${q.direction} ${q.text.slice(0, 20)}`);
    check(q.right < 40, `book: a Persian quote starts ${q.right}px from its right edge`);
  }
  for (const q of en) {
    check(q.direction === "ltr" && q.text.startsWith("“") && q.text.endsWith("”"), `book: English quote ${q.text.slice(0, 20)}`);
  }
  const charts = await page.$$eval("main svg.chart[role=img] > title", (ts) => ts.length);
  check(charts >= 2, `book: the month shows ${charts} charts`);
  const width = await page.evaluate(() => document.documentElement.scrollWidth);
  check(width <= 390, `book: the month is ${width}px wide on a 390px screen`);
  if (!process.env.NO_SCREENSHOTS) {
    // Scrolled down in one step (mdBook shows its bar again when a reader scrolls up).
    await page.evaluate(() => {
      const quote = document.querySelector("main blockquote[lang=fa]");
      window.scrollTo(0, quote.getBoundingClientRect().top + window.scrollY - 260);
    });
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(repo, "docs", "screenshots", "book-month-phone.png") });
  }
  await page.close();
  console.log(`ok book: ${fa.length} Persian and ${en.length} English quotes set by language, ${charts} charts, fits 390px`);
}

// `mediabrief serve` on a copy of the sample, with a page open while files change.
async function liveEdits(browser) {
  const root = join(work, "live");
  cpSync(join(repo, "content"), join(root, "content"), { recursive: true });
  cpSync(join(repo, "book.toml"), join(root, "book.toml"));
  const child = spawn(bin, ["serve", "--port", "0", "--root", root], { stdio: ["ignore", "ignore", "pipe"] });
  children.push(child);
  const port = await new Promise((done, fail) => {
    let seen = "";
    child.stderr.on("data", (chunk) => {
      seen += chunk;
      const m = seen.match(/Serving on http:\/\/127\.0\.0\.1:(\d+)\//);
      if (m) done(Number(m[1]));
    });
    child.on("exit", () => fail(new Error("serve stopped: " + seen)));
  });
  const page = await browser.newPage();
  page.on("pageerror", (e) => check(false, `serve: ${e.message}`));
  const article = join(root, "content/articles/2023/2023-10-24-nournews-fm-calls.md");
  await page.goto(`http://127.0.0.1:${port}/articles/2023-10-24-nournews-fm-calls/`);
  const original = readFileSync(article, "utf8");
  writeFileSync(article, original.replace("title: Iranian FM's conversations", "title: Edited while open"));
  await page.waitForFunction(() => document.title.startsWith("Edited while open"), null, { timeout: 15000 });
  const broken = join(root, "content/articles/2023/broken.md");
  writeFileSync(broken, "---\ntitle: [unclosed\n---\n");
  await page.waitForSelector("#mediabrief-error", { timeout: 15000 });
  check(
    (await page.textContent("#mediabrief-error")).includes("broken.md"),
    "serve: the error names the broken file",
  );
  check(await page.title().then((t) => t.startsWith("Edited while open")), "serve: the last good page stays");
  rmSync(broken);
  await page.waitForSelector("#mediabrief-error", { state: "detached", timeout: 15000 });
  await page.close();
  console.log("ok serve: the edit appeared, the broken edit kept the page with its error, the fix recovered");
}

async function main() {
  const browser = await chromium.launch({ executablePath: chromiumPath, args: ["--no-sandbox"] });
  try {
    // 1. The sample, under a sub-path as on GitHub Pages.
    const www = join(work, "www");
    mediabrief([
      "build", "--quiet", "--base-url", "/mediabrief/",
      "--output", join(www, "mediabrief"), "--briefs", join(work, "briefs"),
    ]);
    const sample = await staticServer(www);
    await checkSite(browser, sample, "/mediabrief/", {
      label: "sample",
      minPages: 30,
      event: "events/2023-10-23-fm-calls-haniyeh-nakhalah/",
      persian: "articles/2023-10-24-solhkhabar-fm-calls/",
      searches: [
        ["Rafah", "articles/2023-10-24-nournews-fm-calls/"],
        ["رفح", "articles/2023-10-24-solhkhabar-fm-calls/"],
        // Arabic yeh and kaf, as an Arabic keyboard types them.
        ["اسماعيل هنيه", "articles/2023-10-24-solhkhabar-fm-calls/"],
        ["Haniyeh", "people/haniyeh/"],
      ],
    });
    if (!process.env.NO_SCREENSHOTS) await screenshots(browser, sample, "/mediabrief/");
    await book(browser, join(work, "briefs"));

    // 2. A new project and one imported clipping.
    const project = join(work, "new-project");
    mediabrief(["new", project]);
    const clipping = join(repo, "tests/fixtures/import/seeds/003_f123fd4ab106fae1.txt");
    const report = mediabrief(["import", "--root", project, "--published", "2023-10-24", clipping]);
    mediabrief(["build", "--strict", "--quiet", "--root", project]);
    const imported = execFileSync("ls", [join(project, "content/articles/2023")], { encoding: "utf8" })
      .split("\n")
      .find((f) => f.includes("solhkhabar"));
    check(Boolean(imported), "new project: the clipping was imported " + report);
    const fresh = await staticServer(join(project, "public"));
    const events = JSON.parse(readFileSync(join(project, "public/data.json"), "utf8")).events;
    await checkSite(browser, fresh, "/", {
      label: "new project",
      minPages: 10,
      event: `events/${events[0].id}/`,
      persian: `articles/${imported.replace(/\.md$/, "")}/`,
      searches: [
        ["Rafah", "articles/2023-10-24-nournews-fm-calls/"],
        ["رفح", `articles/${imported.replace(/\.md$/, "")}/`],
      ],
    });

    // 3. serve.
    await liveEdits(browser);
  } finally {
    await browser.close();
    for (const c of children) c.kill();
    rmSync(work, { recursive: true, force: true });
  }
  if (failures.length) {
    console.error(`${failures.length} browser check(s) failed`);
    process.exit(1);
  }
  console.log("browser: all checks passed");
}

main().catch((e) => {
  console.error(e);
  for (const c of children) c.kill();
  process.exit(1);
});
