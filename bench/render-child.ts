// Run by bench/large-render.ts in its own process, so the peak memory it reports is the render's:
// generates the 24,000-routine guide, renders it once, prints the figures as JSON.
import { renderGuideHtml } from '@/lib/render/html';
import { generateSmallRoutinesGuide } from './large-guide';
import { datesFor } from '@/lib/dates';

const labels = {
  what: 'Hva',
  owner: 'Eier',
  reviewBy: 'Revideres innen',
  calloutLabels: { note: 'Merk', tip: 'Tips', important: 'Viktig', warning: 'Advarsel', caution: 'Forsiktig' },
  formatDate: datesFor('nb', 'UTC').date,
};
const doc = generateSmallRoutinesGuide(Number(process.argv[2] ?? 24_000));
const rssBefore = process.memoryUsage().rss;
const cpu = process.cpuUsage();
const started = performance.now();
const html = renderGuideHtml(doc, labels);
const ms = performance.now() - started;
const used = process.cpuUsage(cpu);
const cpuMs = (used.user + used.system) / 1000;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(JSON.stringify({ ms, cpuMs, htmlBytes: Buffer.byteLength(html), rssBefore, peakRss: peak }));
