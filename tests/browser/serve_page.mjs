// One real browser on the page of naskah serve: the system's Chromium, headless, driven by puppeteer-core. It loads
// the page, uploads a plan, sees its diagnostics in the list (and a click on one marks its line in the source),
// waits for the preview, and downloads the PDF into DOWNLOADS, which the calling script reads with pdftotext.
// Usage: node serve_page.mjs URL PLAN WARNINGS DOWNLOADS, WARNINGS the number naskah check finds in PLAN.
import fs from "node:fs";
import path from "node:path";
import puppeteer from "puppeteer-core";

const [url, plan, warnings, downloads] = process.argv.slice(2);
const deadline = { timeout: 60000 };
const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || "/usr/bin/chromium",
  headless: true,
  // As root (CI) Chromium's sandbox cannot start; the page is naskah's own, on loopback.
  args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
});
let failed = false;
const fail = (message) => { console.log(`FAIL: ${message}`); failed = true; };
try {
  const page = await browser.newPage();
  const errors = [];
  page.on("pageerror", (error) => errors.push(error.message));
  page.on("console", (message) => { if (message.type() === "error") errors.push(message.text()); });
  await page.goto(url, { waitUntil: "networkidle0", ...deadline });
  if ((await page.title()) !== "naskah — Rencana Kinerja Tahunan") fail(`the title: ${await page.title()}`);

  const input = await page.$("#plan-file");
  await input.uploadFile(plan);
  await page.waitForFunction(() => /kesalahan, \d+ peringatan/.test(document.querySelector("#summary").textContent),
                             deadline);
  const summary = await page.$eval("#summary", (e) => e.textContent);
  if (summary !== `0 kesalahan, ${warnings} peringatan`) fail(`the summary: ${summary}`);
  const entries = await page.$$eval("#diagnostics li", (items) => items.map((i) => i.textContent));
  const entry = /^[^:]+\.xml:\d+:\d+: peringatan: .* \[[a-z-]+\]$/;
  if (entries.length !== Number(warnings) || !entries.every((e) => entry.test(e))) {
    fail(`the diagnostics: ${JSON.stringify(entries)}`);
  }
  const line = Number(/:(\d+):/.exec(entries.at(-1) || "")?.[1]);
  await page.click("#diagnostics li:last-child");
  const marked = await page.$$eval("#source span", (spans) => spans.findIndex((s) => s.classList.contains("marked")) + 1);
  if (marked !== line) fail(`a click on the diagnostic of line ${line} marked line ${marked}`);

  // The preview: the PDF in the browser's viewer, and the link to download it, named after the plan.
  await page.waitForFunction(() => document.querySelector("#preview").src.startsWith("blob:") &&
                                   !document.querySelector("#download").hidden, deadline);
  const name = await page.$eval("#download", (a) => a.download);
  if (name !== path.basename(plan).replace(/\.xml$/, ".pdf")) fail(`the download's name: ${name}`);

  const session = await page.createCDPSession();
  await session.send("Browser.setDownloadBehavior", { behavior: "allow", downloadPath: downloads });
  await page.click("#download");
  const file = path.join(downloads, name);
  for (let waited = 0; !fs.existsSync(file) && waited < 30000; waited += 100) await new Promise((r) => setTimeout(r, 100));
  if (!fs.existsSync(file)) fail(`no ${file} downloaded`);
  if (errors.length) fail(`the page's script said: ${errors.join("; ")}`);
} catch (error) {
  fail(error.stack || String(error));
} finally {
  await browser.close();
}
process.exit(failed ? 1 : 0);
