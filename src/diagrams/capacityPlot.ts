/**
 * The capacity plot: for each forecast resource, the share of its range in use today and the straight line to 100 %
 * at the month the forecast says it runs out; the first exhaustion is marked with its date. Graphviz lays out graphs,
 * not charts, and a chart library would bring a DOM; this plot is a few axes and lines, so it is written as SVG here.
 */
import type { CapacityAnswer, Headroom } from '../questions/capacity';

const W = 760;
const H = 380;
const M = { left: 56, right: 200, top: 48, bottom: 48 };
const PALETTE = ['#1565c0', '#2e7d32', '#ef6c00', '#6a1b9a', '#00838f', '#ad1457'];

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Percent in use today of the headroom entries a forecast item covers (nodeAddresses sums the subnets). */
function usedPercent(headroom: readonly Headroom[], resource: string, scope: string, family: string | null): number {
  const rows = headroom.filter((h) => h.resource === resource && (h.scope === scope || scope === 'underlay' || scope === 'cluster') && (family === null || h.family === null || h.family === family));
  const total = rows.reduce((a, h) => a + Number(h.total), 0);
  const used = rows.reduce((a, h) => a + Number(h.used), 0);
  return total > 0 ? (used / total) * 100 : 0;
}

function addMonths(now: Date, months: number): string {
  const d = new Date(now.getTime());
  d.setUTCDate(d.getUTCDate() + Math.round(months * 30.44));
  return d.toISOString().slice(0, 10);
}

/** The plot as a standalone SVG document; `now` dates the exhaustion (a parameter, so tests are deterministic). */
export function capacityPlot(answer: CapacityAnswer, now: Date = new Date()): string {
  const forecast = answer.report.forecast ?? { growth: { nodesPerMonth: 0, podsPerMonth: 0, servicesPerMonth: 0 }, items: [], first: null };
  const items = forecast.items.filter((i) => i.perMonth > 0);
  const finite = items.map((i) => i.months).filter((m): m is number => m !== null);
  const horizon = Math.max(12, Math.ceil((finite.length > 0 ? Math.min(Math.max(...finite), (forecast.first?.months ?? 0) * 2 || 12) : 12) * 1.1));
  const x = (m: number) => M.left + (Math.min(m, horizon) / horizon) * (W - M.left - M.right);
  const y = (p: number) => H - M.bottom - (p / 100) * (H - M.top - M.bottom);
  const out: string[] = [];
  out.push(`<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="Helvetica,Arial,sans-serif" font-size="11">`);
  out.push(`<rect width="${W}" height="${H}" fill="white"/>`);
  const g = forecast.growth;
  out.push(`<text x="${M.left}" y="20" font-size="13">${esc(`${answer.report.topology}: address use and forecast (+${g.nodesPerMonth} nodes, +${g.podsPerMonth} pods, +${g.servicesPerMonth} Services per month)`)}</text>`);
  for (let p = 0; p <= 100; p += 25) {
    out.push(`<line x1="${M.left}" y1="${y(p)}" x2="${W - M.right}" y2="${y(p)}" stroke="#e0e0e0"/>`);
    out.push(`<text x="${M.left - 6}" y="${y(p) + 4}" text-anchor="end">${p}%</text>`);
  }
  const step = horizon <= 24 ? 3 : horizon <= 60 ? 12 : Math.ceil(horizon / 60) * 12;
  for (let m = 0; m <= horizon; m += step) out.push(`<text x="${x(m)}" y="${H - M.bottom + 16}" text-anchor="middle">${m}</text>`);
  out.push(`<text x="${(M.left + W - M.right) / 2}" y="${H - 10}" text-anchor="middle">months from now</text>`);
  out.push(`<line x1="${M.left}" y1="${y(0)}" x2="${W - M.right}" y2="${y(0)}" stroke="#424242"/><line x1="${M.left}" y1="${y(0)}" x2="${M.left}" y2="${y(100)}" stroke="#424242"/>`);
  const lines = forecast.items.map((item, i) => ({ item, color: PALETTE[i % PALETTE.length]!, now: usedPercent(answer.headroom, item.resource, item.scope, item.family) }));
  lines.forEach(({ item, color, now: used }, i) => {
    const label = `${item.resource} ${item.scope}${item.family ? ` ${item.family}` : ''}`;
    const end = item.months === null ? { m: horizon, p: used } : item.months <= horizon ? { m: item.months, p: 100 } : { m: horizon, p: used + ((100 - used) * horizon) / item.months };
    out.push(`<polyline class="forecast" data-resource="${esc(item.resource)}" points="${x(0)},${y(used)} ${x(end.m)},${y(end.p)}" fill="none" stroke="${color}" stroke-width="2.5"/>`);
    out.push(`<circle cx="${x(0)}" cy="${y(used)}" r="3.5" fill="${color}"/>`);
    const ly = M.top + 14 + i * 30;
    out.push(`<line x1="${W - M.right + 12}" y1="${ly - 4}" x2="${W - M.right + 30}" y2="${ly - 4}" stroke="${color}" stroke-width="2.5"/>`);
    out.push(`<text x="${W - M.right + 36}" y="${ly}">${esc(label)}</text>`);
    out.push(`<text x="${W - M.right + 36}" y="${ly + 13}" fill="#757575">${esc(`${used.toFixed(1)}% used, ${item.months === null ? 'never runs out' : `out in ${item.months} months`}`)}</text>`);
  });
  const first = forecast.first;
  if (first !== null) {
    const fx = x(first.months);
    out.push(`<line class="exhaustion" x1="${fx}" y1="${y(0)}" x2="${fx}" y2="${y(100) - 6}" stroke="#c62828" stroke-width="2" stroke-dasharray="6,4"/>`);
    out.push(`<text class="exhaustion" x="${fx}" y="${y(100) - 10}" text-anchor="${fx > (M.left + W - M.right) / 2 ? 'end' : 'start'}" fill="#c62828">${esc(`${first.resource} ${first.scope} exhausted in ${first.months} months (≈ ${addMonths(now, first.months)})`)}</text>`);
  } else {
    out.push(`<text x="${M.left + 8}" y="${y(100) - 10}" fill="#2e7d32">${esc(items.length === 0 ? 'no growth given: nothing runs out (pass growth per month to forecast)' : 'nothing runs out at this growth')}</text>`);
  }
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
