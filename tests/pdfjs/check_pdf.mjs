// Reads each PDF named on the command line with pdf.js, the reader of Firefox and of many web viewers: every page
// is opened, its text extracted and its drawing operators (fonts, images) loaded. Anything pdf.js logs — its
// warnings come through console.log as "Warning: …" — or any failure to read makes the exit status 1, with a
// line per file saying what. `--pages=1,2,-1` before the files reads only those pages (-1: the last), for
// documents of thousands of pages.
import { readFile } from "node:fs/promises";

const logged = [];
for (const name of ["log", "warn", "error", "info", "debug"]) {
  console[name] = (...args) => logged.push(args.join(" "));
}
const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");

let failures = 0;
let pages = null;
for (const file of process.argv.slice(2)) {
  if (file.startsWith("--pages=")) {
    pages = file.slice("--pages=".length).split(",").map(Number);
    continue;
  }
  logged.length = 0;
  try {
    const data = new Uint8Array(await readFile(file));
    const task = pdfjs.getDocument({ data, verbosity: pdfjs.VerbosityLevel.WARNINGS, isEvalSupported: false });
    const document = await task.promise;
    const numbers = pages === null ? Array.from({ length: document.numPages }, (_, i) => i + 1)
                                   : pages.map((n) => (n < 0 ? document.numPages + 1 + n : n));
    for (const n of numbers) {
      const page = await document.getPage(n);
      await page.getTextContent();
      await page.getOperatorList();
      page.cleanup();
    }
    await document.destroy();
  } catch (error) {
    logged.push(`cannot read it: ${error}`);
  }
  if (logged.length > 0) {
    ++failures;
    process.stdout.write(`${file}: pdf.js: ${logged.join("; ")}\n`);
  }
}
process.exit(failures === 0 ? 0 : 1);
