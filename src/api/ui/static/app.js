/* k8s-netmodel /ui: a plain page over the public REST API (no framework, no CDN). */
/* global document, window, fetch, sessionStorage, DOMParser, URLSearchParams */
'use strict';

const $ = (id) => document.getElementById(id);
const API = '/api/v1';

function token() {
  return sessionStorage.getItem('netmodel-token') || '';
}

function status(text, isError) {
  $('status').textContent = text;
  $('status').className = isError ? 'error' : '';
}

/** Calls the API with the token when one is set; a problem+json answer becomes an Error with its detail. */
async function api(path, options) {
  const headers = Object.assign({}, (options && options.headers) || {});
  if (token()) headers.authorization = `Bearer ${token()}`;
  const response = await fetch(`${API}${path}`, Object.assign({}, options, { headers }));
  if (response.status === 401) {
    $('token').focus();
    throw new Error('this server requires a token: enter one above and press "Use token"');
  }
  if (!response.ok) {
    let detail = `${response.status} ${response.statusText}`;
    try {
      const problem = await response.json();
      detail = problem.detail || problem.title || detail;
    } catch {
      /* not JSON: keep the status line */
    }
    throw new Error(detail);
  }
  return response;
}

function showSvg(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const svg = doc.documentElement;
  $('drawing').replaceChildren(document.importNode(svg, true));
}

function option(value, label) {
  const o = document.createElement('option');
  o.value = value;
  if (label !== undefined) o.textContent = label;
  return o;
}

async function loadTopologies() {
  const { items } = await (await api('/topologies')).json();
  $('topology').replaceChildren(...items.map((t) => option(t.name, `${t.name} (${t.nodeCount} nodes)`)));
  if (items.length === 0) status('no topologies stored yet: import one (POST /api/v1/topologies)');
  return items;
}

/** Pods, Services and DNS names of the topology as suggestions for From and To (anything else may be typed). */
async function loadTargets(name) {
  const t = await (await api(`/topologies/${encodeURIComponent(name)}`)).json();
  const domain = t.clusterDomain || 'cluster.local';
  const targets = [];
  for (const p of t.pods || []) targets.push([`pod:${p.namespace}/${p.name}`, `pod on ${p.nodeName || 'no node'}`]);
  for (const s of t.services || []) {
    const port = s.ports && s.ports[0] ? `:${s.ports[0].port}` : '';
    targets.push([`svc:${s.namespace}/${s.name}${port}`, `Service ${s.type}`]);
    targets.push([`dns:${s.name}.${s.namespace}.svc.${domain}${port}`, 'DNS name']);
  }
  for (const n of t.nodes || []) targets.push([`node:${n.name}`, 'node']);
  targets.push(['external:8.8.8.8:53', 'an external address']);
  $('targets').replaceChildren(...targets.map(([v, l]) => option(v, l)));
  const namespaces = [...new Set((t.pods || []).map((p) => p.namespace))].sort();
  $('namespaces').replaceChildren(...namespaces.map((n) => option(n)));
}

async function loadScenarios(name) {
  const { items } = await (await api(`/scenarios?topology=${encodeURIComponent(name)}`)).json();
  const open = items.filter((s) => s.status === 'open');
  $('scenario').replaceChildren(...(open.length ? open.map((s) => option(s.name, `${s.name} (${s.operations.length} ops)`)) : [option('', 'no open scenarios')]));
}

async function selectTopology() {
  const name = $('topology').value;
  if (!name) return;
  await Promise.all([loadTargets(name), loadScenarios(name)]);
  await showMap();
}

async function showMap() {
  const name = $('topology').value;
  const q = new URLSearchParams({ format: 'svg', groupBy: $('group-by').value });
  if ($('services').checked) q.set('services', 'true');
  if ($('namespace').value) q.set('namespace', $('namespace').value);
  status(`drawing ${name}…`);
  showSvg(await (await api(`/topologies/${encodeURIComponent(name)}/diagram?${q}`)).text());
  $('steps').replaceChildren();
  status(`map of ${name}`);
}

function stepItems(trace) {
  const items = [];
  const failed = !['DELIVERED', 'EXITS_CLUSTER'].includes(trace.disposition);
  let deciding = null;
  trace.hops.forEach((hop, h) => hop.steps.forEach((s, i) => {
    if (!['SENT', 'FORWARDED', 'TRANSFORMED', 'TRANSMITTED', 'RECEIVED', 'DELIVERED', 'EXITED', 'RESOLVED', 'ACCEPTED'].includes(s.action)) deciding = `${h}/${i}`;
  }));
  trace.hops.forEach((hop, h) => {
    const head = document.createElement('li');
    head.className = 'hop';
    head.textContent = `${h + 1}. ${hop.node} [${hop.netns}]`;
    items.push(head);
    hop.steps.forEach((s, i) => {
      const li = document.createElement('li');
      li.textContent = `${s.type} ${s.action}: ${s.detail.summary}`;
      if (failed && deciding === `${h}/${i}`) li.className = 'deciding';
      items.push(li);
    });
  });
  const end = document.createElement('li');
  end.className = failed ? 'hop deciding' : 'hop';
  end.textContent = `→ ${trace.disposition}`;
  items.push(end);
  return items;
}

async function runTrace() {
  const name = $('topology').value;
  const from = $('from').value.trim();
  const to = $('to').value.trim();
  if (!from || !to) return status('give a source and a destination', true);
  const q = new URLSearchParams({ from, to });
  if ($('port').value) q.set('port', $('port').value);
  if ($('protocol').value) q.set('protocol', $('protocol').value);
  status(`tracing ${from} → ${to}…`);
  const path = `/topologies/${encodeURIComponent(name)}/trace?${q}`;
  const [answer, svg] = await Promise.all([api(path).then((r) => r.json()), api(`${path}&format=svg`).then((r) => r.text())]);
  showSvg(svg);
  $('steps').replaceChildren(...stepItems(answer.trace));
  status(`${from} → ${to}: ${answer.trace.disposition}`);
}

async function runDiff() {
  const scenario = $('scenario').value;
  if (!scenario) return status('no open scenario on this topology: create one with netmodel scenario create', true);
  status(`diffing ${scenario}…`);
  // Scenario names are unique per topology: name the topology so a same-named scenario elsewhere cannot make it ambiguous.
  const topology = encodeURIComponent($('topology').value);
  const response = await api(`/scenarios/${encodeURIComponent(scenario)}/diff?format=svg&topology=${topology}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
  showSvg(await response.text());
  $('steps').replaceChildren();
  status(`scenario ${scenario} against its baseline`);
}

function guarded(fn) {
  return () => fn().catch((error) => status(error.message, true));
}

$('topology').addEventListener('change', guarded(selectTopology));
$('show-map').addEventListener('click', guarded(showMap));
$('run-trace').addEventListener('click', guarded(runTrace));
$('run-diff').addEventListener('click', guarded(runDiff));
$('save-token').addEventListener('click', guarded(async () => {
  sessionStorage.setItem('netmodel-token', $('token').value.trim());
  $('token').value = '';
  await start();
}));

async function start() {
  const items = await loadTopologies();
  if (items.length > 0) await selectTopology();
}

window.addEventListener('DOMContentLoaded', guarded(start));
