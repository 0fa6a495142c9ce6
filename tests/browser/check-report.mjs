// Opens an HTML report in headless Chromium and checks that it renders: every chart is an
// SVG of non-zero size with marks in it, nothing is fetched from the network, and the console
// stays free of errors. Saves a full-page PNG screenshot.
//
// usage: node check-report.mjs REPORT.html SCREENSHOT.png
import { chromium } from 'playwright-core';
import { pathToFileURL } from 'node:url';

const [report, screenshot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const problems = [];
try {
  const page = await browser.newPage({ viewport: { width: 900, height: 1200 } });
  page.on('console', (m) => { if (m.type() === 'error') problems.push(`console: ${m.text()}`); });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) {
      problems.push(`network request: ${r.url()}`);
    }
  });
  await page.goto(pathToFileURL(report).href, { waitUntil: 'load' });
  const charts = await page.$$eval('figure', (figures) => figures.map((f) => {
    const svg = f.querySelector('svg');
    const box = svg ? svg.getBoundingClientRect() : { width: 0, height: 0 };
    return {
      id: f.id,
      title: f.querySelector('figcaption')?.textContent ?? '',
      width: box.width,
      height: box.height,
      marks: svg ? svg.querySelectorAll('rect, path, circle').length : 0,
      table: f.querySelector('table') !== null,
    };
  }));
  if (charts.length === 0) problems.push('no charts');
  for (const c of charts) {
    if (!(c.width > 0 && c.height > 0)) problems.push(`chart ${c.id} has no size`);
    if (c.marks === 0) problems.push(`chart ${c.id} draws nothing`);
    if (!c.title.trim()) problems.push(`chart ${c.id} has no title`);
    if (!c.table) problems.push(`chart ${c.id} has no data table`);
  }
  await page.screenshot({ path: screenshot, fullPage: true });
  await page.emulateMedia({ media: 'print' });
  await page.pdf({ path: screenshot.replace(/\.png$/, '.pdf'), format: 'A4' });
  console.log(`${charts.length} charts rendered: ${charts.map((c) => `${c.id} ${Math.round(c.width)}x${Math.round(c.height)}`).join(', ')}`);
} finally {
  await browser.close();
}
if (problems.length > 0) {
  console.error(problems.join('\n'));
  process.exit(1);
}
