// SPDX-License-Identifier: GPL-3.0-or-later
// Parley dashboard. Every piece of article-derived text reaches the page through text nodes (el() below) or
// through ECharts' canvas, never as HTML, so markup in an article is shown and never run.
'use strict';

const main = document.getElementById('main');
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
let charts = [];

// Event types in words: [label, verb (present, after "did not", "intends to"), verb (past)], and the quad class of
// each PLOVER type (1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict).
const TYPE_WORDS = {
  AGREE: ['Agree', 'agree with', 'agreed with', 1], CONSULT: ['Consult', 'meet', 'met', 1],
  SUPPORT: ['Support', 'support', 'supported', 1], CONCEDE: ['Concede', 'make concessions to', 'made concessions to', 2],
  COOPERATE: ['Cooperate', 'cooperate with', 'cooperated with', 2], AID: ['Aid', 'aid', 'aided', 2],
  RETREAT: ['Retreat', 'pull back from', 'pulled back from', 2], REQUEST: ['Request', 'ask', 'asked', 3],
  ACCUSE: ['Accuse', 'accuse', 'accused', 3], REJECT: ['Reject', 'reject', 'rejected', 3],
  THREATEN: ['Threaten', 'threaten', 'threatened', 3], PROTEST: ['Protest', 'protest against', 'protested against', 4],
  SANCTION: ['Sanction', 'sanction', 'sanctioned', 4], MOBILIZE: ['Mobilize', 'mobilize against', 'mobilized against', 4],
  COERCE: ['Coerce', 'coerce', 'coerced', 4], ASSAULT: ['Attack', 'attack', 'attacked', 4] };
const QUADS = { 1: ['Verbal cooperation', '#3b82c4'], 2: ['Material cooperation', '#1a9e77'],
  3: ['Verbal conflict', '#e6a100'], 4: ['Material conflict', '#d7301f'] };
const MODALITY_WORDS = { asserted: 'stated as fact', reported: 'reported (a claim)', intended: 'intended, not yet done',
  hypothetical: 'hypothetical' };

/** A PLOVER type as a person reads it ("Attack"); the code and CAMEO code go in a tooltip. */
function typeLabel(type) {
  return (TYPE_WORDS[type] || [type])[0];
}

function typeChip(type, cameo, polarity) {
  const quad = (TYPE_WORDS[type] || [])[3];
  return el('span', { class: 'badge type q' + (quad || 0) + (polarity === 'negated' ? ' negated' : ''),
    title: 'PLOVER ' + type + (cameo ? ' · CAMEO ' + cameo : '') + (quad ? ' · ' + QUADS[quad][0].toLowerCase() : '') },
    typeLabel(type));
}

/** An issue key in words: prisoner_exchange → "Prisoner exchange" (or "prisoner exchange" inside a sentence). */
function issueLabel(key, inSentence) {
  const words = String(key || '').replace(/_/g, ' ');
  return inSentence ? words : words.charAt(0).toUpperCase() + words.slice(1);
}

/** Whether the event happened as far as the text says, in words: never by colour alone. */
function statusWords(polarity, modality) {
  if (polarity === 'negated') return modality === 'intended' ? 'not intended' : 'did not happen';
  if (modality === 'intended') return 'intended, not yet done';
  if (modality === 'hypothetical') return 'hypothetical';
  if (modality === 'reported') return 'reported claim';
  return '';
}

/** "Ethiopian government did not agree with Tigray rebels", "Kenya intends to meet …", "… attacked …". */
function meaning(type, polarity, modality, source, target) {
  const w = TYPE_WORDS[type] || [type, type.toLowerCase(), type.toLowerCase()];
  const who = source || 'an unnamed party';
  const whom = target ? ' ' + target : '';
  let verb;
  if (polarity === 'negated') verb = modality === 'intended' ? 'does not intend to ' + w[1] : modality === 'hypothetical' ? 'might not ' + w[1] : 'did not ' + w[1];
  else if (modality === 'intended') verb = 'intends to ' + w[1];
  else if (modality === 'hypothetical') verb = 'might ' + w[1];
  else verb = w[2];
  return (who + ' ' + verb + whom).replace(/ (with|to|from|against)$/, '');
}

function statusBadge(polarity, modality) {
  const words = statusWords(polarity, modality);
  return words ? el('span', { class: 'badge status ' + (polarity === 'negated' ? 'negated' : modality) }, words) : null;
}

/** A web address that may become a link (http or https), else null. */
function safeUrl(u) {
  return typeof u === 'string' && /^https?:\/\/[^\s]+$/i.test(u.trim()) ? u.trim() : null;
}

/** The publisher's name, else the web site's host. */
function outletOf(source, url) {
  if (source) return source;
  const u = safeUrl(url);
  if (!u) return '';
  try { return new URL(u).hostname.replace(/^www\./, ''); } catch (e) { return ''; }
}

/** Outlet, the article's title (to its page here) and its original address (opens the publisher's page). */
function articleRef(id, title, outlet, url, hl) {
  const u = safeUrl(url);
  return el('span', { class: 'article-ref' }, outlet ? el('span', { class: 'outlet' }, outlet, ': ') : null,
    articleLink(id, title || 'untitled article', hl),
    u ? [' ', el('a', { class: 'original', href: u, target: '_blank', rel: 'noopener noreferrer', title: 'original at ' + (outlet || u) }, 'original ↗')] : null);
}

/** Builds an element; strings and numbers among children become text nodes. */
// A direct quotation in quotation marks; reported (indirect) speech is the article's paraphrase, so it is shown
// as such, never dressed up as the speaker's own words.
function quoted(text, direct) {
  return direct === false ? [el('span', { class: 'muted' }, 'reported: '), text] : ['“', text, '”'];
}

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (k === 'class') e.className = v;
    else e.setAttribute(k, String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c === null || c === undefined || c === false) continue;
    e.appendChild(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

/** Escapes text for the few places a library wants an HTML string (ECharts tooltips). */
function esc(s) {
  return String(s ?? '').replace(/[&<>"']/g, c => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]));
}

async function api(path) {
  const r = await fetch(path, { headers: { Accept: 'application/json' } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.error || ('HTTP ' + r.status));
  return body;
}

function show(...nodes) {
  charts.forEach(c => c.dispose());
  charts = [];
  // Optional parts are passed as null; replaceChildren would print them as the text "null".
  main.replaceChildren(...nodes.filter(n => n !== null && n !== undefined && n !== false));
}

function fail(e, ...keep) {
  show(...keep, el('p', { class: 'error', id: 'error', role: 'alert' }, 'Error: ', e.message));
}

function chart(node, option) {
  const c = echarts.init(node);
  c.setOption(option);
  charts.push(c);
  return c;
}

function articleLink(id, label, hl) {
  return el('a', { href: '#/article/' + encodeURIComponent(id) + (hl ? '?hl=' + hl : '') }, label || 'untitled article');
}

function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== '' && v !== null && v !== undefined) q.set(k, v);
  return q.toString();
}

// ---- overview -----------------------------------------------------------------------------------------

/** Where a round of talks left things, in words: "Talks held in Jeddah on 2023-05-20: ended without agreement". */
function roundWords(r) {
  if (!r) return null;
  const where = [r.location ? 'in ' + r.location : null, r.date ? 'on ' + r.date : null].filter(Boolean).join(' ');
  if (r.status === 'scheduled') return 'Talks scheduled' + (where ? ' ' + where : '') + ' (not yet held)';
  const outcome = { agreement: 'agreement reached', partial: 'partial agreement', no_agreement: 'ended without agreement',
    unknown: 'outcome not reported' }[r.outcome] || r.outcome;
  return (r.name ? r.name.charAt(0).toUpperCase() + r.name.slice(1) : 'Talks') + ' held' + (where ? ' ' + where : '') + ': ' + outcome
    + (r.contested ? ' (accounts differ)' : '');
}

/** A stance change in words, with a link to the sentence that shows it. */
function changeWords(c, names) {
  const who = c.side_name || (names && names[c.side]) || c.side;
  return [el('b', {}, c.date || 'undated'), ' ', who, ' on ', issueLabel(c.issue, true), ': ',
    c.from.length ? c.from.map(x => el('span', { class: 'chip ' + x }, x)).concat(' → ') : 'first stance: ',
    c.to.map(x => el('span', { class: 'chip ' + x }, x)), ' ',
    el('a', { class: 'source', href: evidenceHref(c.shown_by), title: credit(c.shown_by) }, sentenceLabel(c.shown_by))];
}

/** "sentence (Example Wire)", or "sentence" when the outlet is not known. */
function sentenceLabel(r) {
  return r && r.outlet ? 'sentence (' + r.outlet + ')' : 'sentence';
}

/** Counts by quad class (verbal/material cooperation/conflict) per month: what happened; the rest stacked apart. */
function drawActivity(node, timeline) {
  const counts = {};
  const periods = new Set();
  for (const r of timeline) {
    const happened = r.polarity === 'positive' && (r.modality === 'asserted' || r.modality === 'reported');
    const key = happened ? (TYPE_WORDS[r.type] || [])[3] || 0 : 'apart';
    counts[key] = counts[key] || {};
    counts[key][r.period] = (counts[key][r.period] || 0) + r.events;
    periods.add(r.period);
  }
  // ECharts stacks bars by position in the data, not by date: every series lists every period, in one order
  const all = [...periods].sort();
  const data = key => all.map(pd => ({ value: [periodStart(pd), counts[key][pd] || 0], period: pd }));
  const series = [1, 2, 3, 4].filter(q => counts[q]).map(q => ({ name: QUADS[q][0], type: 'bar', stack: 'happened', barMaxWidth: 28,
    itemStyle: q === 2 || q === 4 ? { color: QUADS[q][1] } : { color: QUADS[q][1], opacity: 0.75, decal: { symbol: 'rect', dashArrayX: [1, 0], dashArrayY: [2, 3], rotation: 0.8 } },
    data: data(q) }));
  if (counts.apart) series.push({ name: 'Did not happen or not yet', type: 'bar', stack: 'apart', barMaxWidth: 28,
    itemStyle: { color: '#e5e7eb', borderColor: '#6b7280', borderType: 'dashed', borderWidth: 1 },
    data: data('apart') });
  const c = chart(node, {
    aria: { enabled: true, decal: { show: false } },
    tooltip: { trigger: 'item', formatter: i => esc(i.seriesName) + ' · ' + esc(i.data.period) + ': ' + i.data.value[1] },
    legend: { top: 0 }, grid: { left: 36, right: 16, bottom: 28, top: 60 },
    xAxis: { type: 'time', ...axisBounds([...periods]), minInterval: 28 * 86400000,
      axisLabel: { formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}' } } },
    yAxis: { type: 'value', minInterval: 1 }, series });
  c.on('click', i => { if (i.data && i.data.period && i.data.value[1]) location.hash = '#/events?' + query({ from: i.data.period, to: i.data.period }); });
}

/** Whether the text says the event happened (stated or reported as done, not negated). */
function happenedEvent(e) {
  return e.polarity === 'positive' && (e.modality === 'asserted' || e.modality === 'reported');
}

async function pageOverview() {
  let talks, timeline, events, recent;
  worldLoaded = worldLoaded || fetch('/world-110m.geojson').then(r => r.json()).then(j => { echarts.registerMap('world', j); return j; });
  let latest;
  [talks, timeline, events, recent, latest] = await Promise.all([api('/api/negotiations'), api('/api/stats/timeline?interval=month'),
    api('/api/events?limit=1000'), api('/api/articles?limit=8'), api('/api/changes'), worldLoaded]);
  addChanges(latest.items, false);

  const rows = talks.map(t => {
    const names = Object.fromEntries(t.parties.concat(t.mediators).map(p => [p.side, p.name]));
    const status = roundWords(t.latest_round);
    const told = t.latest_round && t.latest_round.reports.length ? t.latest_round.reports[t.latest_round.reports.length - 1] : null;
    return el('tr', { 'data-track': t.id },
      el('td', {}, el('a', { href: '#/board?' + query({ track: t.id }), class: 'talks' }, t.parties.map(p => p.name).join(' – ')),
        t.mediators.length ? el('div', { class: 'muted' }, 'mediated by ', t.mediators.map(m => m.name).join(', ')) : null),
      el('td', { class: 'talks-status' }, status || el('span', { class: 'muted' }, 'no round of talks reported'),
        told ? [' ', el('a', { class: 'source', href: evidenceHref(told), title: credit(told) }, sentenceLabel(told))] : null),
      el('td', { class: 'last-change' }, t.last_change ? changeWords(t.last_change, names) : el('span', { class: 'muted' }, 'no stance reported')),
      el('td', {}, t.last_reported || ''),
      el('td', {}, `${t.articles} article${t.articles === 1 ? '' : 's'}`, t.conflicts ? el('div', { class: 'badge negated' }, `${t.conflicts} contradiction${t.conflicts === 1 ? '' : 's'}`) : null));
  });
  const table = el('table', { id: 'overview-talks' },
    el('tr', {}, ['Talks', 'Latest status', 'Last change', 'Last reported', 'Sources'].map(h => el('th', {}, h))), rows);
  if (!talks.length) table.append(el('tr', {}, el('td', { colspan: 5, class: 'muted' }, 'No negotiation followed yet: ingest articles about talks.')));

  const activity = el('div', { class: 'chart', id: 'overview-activity' });
  const mapNode = el('div', { class: 'chart', id: 'overview-map' });
  const placed = events.items.filter(e => e.lat !== null && e.lon !== null);
  const articles = el('ul', { class: 'list', id: 'recent-articles' }, recent.items.map(a => el('li', {},
    el('span', { class: 'muted' }, a.published || 'undated'), ' ', articleRef(a.id, a.title, outletOf(a.source, a.url), a.url),
    el('span', { class: 'muted' }, ` · ${a.events} events, ${a.quotes} quotes`))));
  if (!recent.items.length) articles.append(el('li', { class: 'muted' }, 'No articles stored yet.'));

  show(el('h2', {}, 'Overview'),
    el('div', { class: 'card' }, el('h3', {}, `Negotiations followed (${talks.length})`), table),
    el('div', { class: 'cols even' },
      el('div', { class: 'card' }, el('h3', {}, 'Events by kind, per month'),
        el('p', { class: 'muted small' }, 'Cooperation in blue and green, conflict in amber and red; verbal hatched, material solid. What did not happen or is only intended is counted apart, in grey. Click a bar for its events.'),
        activity),
      el('div', { class: 'card' }, el('h3', {}, 'Where events happened'),
        el('p', { class: 'muted small', id: 'overview-map-summary' }, `${placed.length} of ${events.total} events placed · `, el('a', { href: '#/map' }, 'full map')),
        el('ul', { class: 'legend', id: 'overview-map-legend' }, [1, 2, 3, 4].filter(q => placed.some(e => e.quad_class === q && happenedEvent(e)))
          .map(q => el('li', {}, el('span', { class: 'swatch', style: 'background:' + QUADS[q][1] }), QUADS[q][0]))
          .concat(placed.some(e => !happenedEvent(e) || !QUADS[e.quad_class]) ? [el('li', {}, el('span', { class: 'swatch hollow', style: 'border-color:#6b7280' }), 'Did not happen or not yet')] : [])),
        mapNode)),
    el('div', { class: 'card' }, el('h3', {}, 'What changed'), el('ul', { class: 'list', id: 'changes', 'aria-live': 'polite' })),
    el('div', { class: 'card' }, el('h3', {}, 'Recent articles'), articles));
  drawChanges();
  drawActivity(activity, timeline);
  const fit = fitTo(placed.map(e => [e.lon, e.lat]));
  const m = chart(mapNode, {
    tooltip: { formatter: i => i.data && i.data.label ? esc(i.data.label) + '<br>' + esc(i.data.place) : esc(i.name) },
    geo: { map: 'world', roam: true, center: fit.center, zoom: fit.zoom, itemStyle: { areaColor: '#e7ecf2', borderColor: '#9aa8b8' }, emphasis: { disabled: true } },
    series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 9,
      data: placed.map(e => { const happened = happenedEvent(e);
        return { value: [e.lon, e.lat], label: meaning(e.type, e.polarity, e.modality, e.source_name, e.target_name), place: e.place_name,
          itemStyle: happened && QUADS[e.quad_class] ? { color: QUADS[e.quad_class][1], borderColor: '#fff', borderWidth: 1 } : { color: '#fff', borderColor: '#6b7280', borderWidth: 2 } }; }) }] });
  m.on('click', () => { location.hash = '#/map'; });
}

// ---- search -------------------------------------------------------------------------------------------

async function pageSearch(params) {
  const input = el('input', { id: 'q', name: 'q', size: 50, placeholder: 'words, names, places…', value: params.get('q') || '' });
  const results = el('div', { id: 'results' });
  const form = el('form', { class: 'filters', onsubmit: ev => { ev.preventDefault(); location.hash = '#/search?' + query({ q: input.value }); } },
    el('label', {}, 'Search articles and quotes', input), el('button', { type: 'submit' }, 'Search'));
  show(el('h2', {}, 'Search'), form, results);
  const q = params.get('q');
  if (q) {
    const r = await api('/api/search?' + query({ q, limit: 20 }));
    results.append(el('h3', {}, `Articles (${r.articles.length})`),
      el('ul', { class: 'list', id: 'article-hits' }, r.articles.map(a => el('li', {},
        articleLink(a.article_id, a.title), ' ', el('span', { class: 'muted' }, a.published || ''),
        el('div', { class: 'muted' }, a.snippet)))),
      el('h3', {}, `Quotes (${r.quotes.length})`),
      el('ul', { class: 'list' }, r.quotes.map(x => el('li', {}, quoted(x.text, x.direct), ' — ', x.speaker || 'unknown speaker', ' · ',
        articleLink(x.article_id, x.title)))));
  } else {
    const r = await api('/api/articles?limit=50');
    results.append(el('h3', {}, `Latest articles (${r.total})`), el('table', { id: 'articles' },
      el('tr', {}, el('th', {}, 'Published'), el('th', {}, 'Outlet'), el('th', {}, 'Title'), el('th', {}, 'Events'), el('th', {}, 'Quotes')),
      r.items.map(a => el('tr', {}, el('td', {}, a.published || ''), el('td', {}, outletOf(a.source, a.url)),
        el('td', {}, articleRef(a.id, a.title, null, a.url)), el('td', {}, a.events), el('td', {}, a.quotes)))));
  }
}

// ---- article ------------------------------------------------------------------------------------------

/** Splits the text at every span boundary; each piece knows which annotations cover it. */
function annotate(text, marks) {
  const cuts = new Set([0, text.length]);
  for (const m of marks) { cuts.add(Math.max(0, Math.min(text.length, m.start))); cuts.add(Math.max(0, Math.min(text.length, m.end))); }
  const points = [...cuts].sort((a, b) => a - b);
  const pieces = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i], e = points[i + 1];
    pieces.push({ start: s, end: e, marks: marks.filter(m => m.start <= s && e <= m.end) });
  }
  return pieces;
}

async function pageArticle(id, params) {
  const a = await api('/api/articles/' + encodeURIComponent(id));
  const an = a.analysis;
  const text = an.article.text;
  const actors = Object.fromEntries(an.actors.map(x => [x.id, x]));
  const name = i => (i && actors[i]) ? actors[i].name : '—';
  const marks = [];
  an.actors.forEach(x => x.mentions.forEach(m => marks.push({ kind: 'actor', start: m.start, end: m.end, actor: x })));
  an.quotes.forEach((q, i) => marks.push({ kind: 'quote', start: q.start, end: q.end, quote: i }));
  an.events.forEach(ev => ev.evidence.forEach(s => marks.push({ kind: 'event', start: s.start, end: s.end, event: ev })));
  const hl = (params.get('hl') || '').split('-').map(Number);
  if (hl.length === 2 && !isNaN(hl[0])) marks.push({ kind: 'mark', start: hl[0], end: hl[1] });
  // ?mention=NAME: where the article first names that actor (a mediator on the board's timeline links so)
  const named = params.get('mention') && an.actors.find(x => x.name === params.get('mention') && x.mentions.length);
  if (named) marks.push({ kind: 'mark', start: named.mentions[0].start, end: named.mentions[0].end });

  const detail = el('div', { id: 'detail', class: 'card' }, el('span', { class: 'muted' }, 'Click an event or highlighted sentence to see how it was coded.'));
  const textNode = el('div', { class: 'text card', id: 'article-text' });
  for (const p of annotate(text, marks)) {
    const piece = text.slice(p.start, p.end);
    if (!p.marks.length) { textNode.append(piece); continue; }
    const evs = p.marks.filter(m => m.kind === 'event').map(m => m.event);
    const cls = [...new Set(p.marks.map(m => 'hl-' + m.kind))].join(' ');
    const span = el('span', { class: cls, 'data-events': evs.map(e => e.id).join(' ') || null,
      title: p.marks.filter(m => m.kind === 'actor').map(m => m.actor.name + (m.actor.code ? ' [' + m.actor.code + ']' : '')).join(', ') || null }, piece);
    if (evs.length) span.addEventListener('click', () => selectEvent(evs[0]));
    textNode.append(span);
  }

  function selectEvent(ev) {
    document.querySelectorAll('.hl-active').forEach(n => n.classList.remove('hl-active'));
    document.querySelectorAll('#event-list li').forEach(n => n.classList.toggle('selected', n.dataset.event === ev.id));
    const spans = [...document.querySelectorAll('[data-events]')].filter(n => n.dataset.events.split(' ').includes(ev.id));
    spans.forEach(n => n.classList.add('hl-active'));
    if (spans[0] && spans[0].scrollIntoView) spans[0].scrollIntoView({ block: 'center' });
    detail.replaceChildren(el('h3', {}, typeChip(ev.type, ev.cameo, ev.polarity), ' ', statusBadge(ev.polarity, ev.modality)),
      el('p', { id: 'detail-meaning', class: 'meaning' }, meaning(ev.type, ev.polarity, ev.modality, ev.source ? name(ev.source) : null, ev.target ? name(ev.target) : null),
        ev.attributed_to ? ', according to ' + name(ev.attributed_to) : ''),
      el('table', {},
        el('tr', {}, el('th', {}, 'Source'), el('td', { id: 'detail-source' }, name(ev.source))),
        el('tr', {}, el('th', {}, 'Target'), el('td', {}, name(ev.target))),
        el('tr', {}, el('th', {}, 'Type'), el('td', {}, typeLabel(ev.type), ' (PLOVER ', ev.type, ev.cameo ? ', CAMEO ' + ev.cameo : '', ')')),
        el('tr', {}, el('th', {}, 'Happened?'), el('td', {}, ev.polarity === 'negated' ? 'no: the text says it did not happen' : 'yes, as far as the text says',
          ' · ', MODALITY_WORDS[ev.modality] || ev.modality)),
        el('tr', {}, el('th', {}, 'Stance / issues'), el('td', {}, ev.stance || '', ' ', (ev.issues || []).map(i => issueLabel(i, true)).join(', '))),
        el('tr', {}, el('th', {}, 'Date'), el('td', {}, ev.date || '', ev.date_text ? ' (“' + ev.date_text + '”)' : '')),
        el('tr', {}, el('th', {}, 'Place'), el('td', {}, ev.location ? ev.location.name + (ev.location.country ? ', ' + ev.location.country : '') : '')),
        el('tr', {}, el('th', {}, 'According to'), el('td', {}, ev.attributed_to ? name(ev.attributed_to) : 'the outlet itself')),
        el('tr', {}, el('th', {}, 'Evidence'), el('td', { id: 'detail-evidence' }, ev.evidence.map(s => el('div', {}, '“', s.text, '”'))))),
      // the named steps that made the event what it is, as `parley explain` prints them (stored since traces were kept)
      ev.trace && ev.trace.length ? el('details', { id: 'detail-trace', open: true }, el('summary', {}, 'Why Parley coded it so'),
        el('ol', { class: 'trace' }, ev.trace.map(st => el('li', {}, el('code', {}, st.rule), st.change ? ': ' + st.change : ''))))
        : el('p', { class: 'muted small', id: 'detail-trace' }, 'No trace stored for this article (ingested before traces were kept).'));
  }

  const eventList = el('ul', { class: 'list', id: 'event-list' }, an.events.map(ev => el('li', { 'data-event': ev.id, onclick: () => selectEvent(ev) },
    typeChip(ev.type, ev.cameo, ev.polarity), statusBadge(ev.polarity, ev.modality),
    meaning(ev.type, ev.polarity, ev.modality, ev.source ? name(ev.source) : null, ev.target ? name(ev.target) : null),
    ev.attributed_to ? el('span', { class: 'muted' }, ' — according to ', name(ev.attributed_to)) : null)));
  const quoteList = el('ul', { class: 'list', id: 'quote-list' }, an.quotes.map(q => el('li', {}, quoted(q.text, q.direct), ' — ', name(q.speaker))));
  const actorList = el('ul', { class: 'list' }, an.actors.map(x => el('li', {}, x.name, ' ', el('span', { class: 'muted' }, x.code || ''), ' ×', x.mentions.length)));
  // Provenance: outlet, date and the original's address as a link; never a local file or database path.
  const original = safeUrl(a.url);
  const meta = el('p', { class: 'muted', id: 'article-meta' }, outletOf(a.source, a.url) || 'unknown outlet', ' · ', a.published || 'undated',
    original ? [' · ', el('a', { id: 'article-url', href: original, target: '_blank', rel: 'noopener noreferrer' }, 'original article ↗')] : '');
  const story = a.story_articles.length ? el('p', {}, 'Same story: ', a.story_articles.map(s => el('span', {}, articleLink(s.id, s.title), ' '))) : null;
  show(el('h2', { id: 'article-title' }, an.article.title || 'Untitled article'), meta, story,
    el('div', { class: 'cols' }, textNode,
      el('div', {}, detail, el('div', { class: 'card' }, el('h3', {}, `Events (${an.events.length})`), eventList),
        el('div', { class: 'card' }, el('h3', {}, `Quotes (${an.quotes.length})`), quoteList),
        el('div', { class: 'card' }, el('h3', {}, `Actors (${an.actors.length})`), actorList))));
  const ev = params.get('event');
  if (ev) { const found = an.events.find(e => e.id === ev); if (found) selectEvent(found); }
  const mark = document.querySelector('.hl-mark');
  if (mark && mark.scrollIntoView) mark.scrollIntoView({ block: 'center' });
}

// ---- events -------------------------------------------------------------------------------------------

const FILTERS = ['actor', 'country', 'type', 'issue', 'from', 'to', 'place', 'text', 'polarity', 'modality'];
const FILTER_LABELS = { actor: 'actor', country: 'country (ISO3)', type: 'type', issue: 'issue', from: 'from', to: 'to',
  place: 'place', text: 'words', polarity: 'happened?', modality: 'how reported' };
const SELECTS = {
  type: TYPES.map(t => [t, typeLabel(t)]),
  polarity: [['positive', 'happened'], ['negated', 'did not happen']],
  modality: [['asserted,reported', 'stated or reported as done'], ['asserted', 'stated as fact'], ['reported', 'reported claim'],
    ['intended', 'intended'], ['hypothetical', 'hypothetical'], ['intended,hypothetical', 'intended or hypothetical']] };

function filterForm(params, target) {
  const inputs = {};
  const fields = FILTERS.map(f => {
    inputs[f] = SELECTS[f]
      ? el('select', { name: f, id: 'f-' + f }, el('option', { value: '' }, 'any'),
        SELECTS[f].map(([v, label]) => el('option', { value: v, selected: params.get(f) === v, title: f === 'type' ? 'PLOVER ' + v : null }, label)))
      : el('input', { name: f, id: 'f-' + f, size: f === 'text' ? 18 : 10, value: params.get(f) || '', placeholder: f === 'from' || f === 'to' ? 'YYYY-MM-DD' : '' });
    return el('label', {}, FILTER_LABELS[f], inputs[f]);
  });
  return el('form', { class: 'filters', id: 'filters', onsubmit: ev => {
    ev.preventDefault();
    const p = {};
    FILTERS.forEach(f => { p[f] = inputs[f].value.trim(); });
    location.hash = target + '?' + query(p);
  } }, fields, el('button', { type: 'submit', id: 'apply' }, 'Apply'));
}

function filterParams(params) {
  const p = {};
  FILTERS.forEach(f => { if (params.get(f)) p[f] = params.get(f); });
  return p;
}

/** Download links for every event matching the filters (the API's format=...), not just this page. */
const EXPORTS = [['csv', 'CSV', 'parley-events.csv'], ['jsonl', 'JSON Lines', 'parley-events.jsonl'],
  ['geojson', 'GeoJSON', 'parley-events.geojson'], ['gdelt', 'GDELT', 'parley-events.gdelt.tsv']];
function exportLinks(p, label, only) {
  const links = EXPORTS.filter(([f]) => !only || only.includes(f)).map(([f, name, file]) =>
    el('a', { class: 'button', id: 'export-' + f, href: '/api/events?' + query({ ...p, format: f }), download: file,
      title: f === 'geojson' ? 'the events that have coordinates' : f === 'gdelt' ? 'GDELT 2.0 event columns; only what happened or is intended' : null }, name));
  return el('span', { class: 'exports' }, label || 'Export these events: ', links.flatMap((a, i) => i ? [' ', a] : [a]));
}

async function pageEvents(params) {
  const p = filterParams(params);
  const offset = Number(params.get('offset') || 0);
  const form = filterForm(params, '#/events');
  let page, timeline;
  try {
    [page, timeline] = await Promise.all([api('/api/events?' + query({ ...p, limit: 50, offset })),
      api('/api/stats/timeline?' + query({ ...p, interval: params.get('interval') || 'month' }))]);
  } catch (e) {
    fail(e, el('h2', {}, 'Events'), form); // the filters stay, so the mistake can be corrected in place
    return;
  }
  const chartNode = el('div', { class: 'chart', id: 'timeline' });
  const rows = page.items.map(e => el('tr', { class: e.polarity === 'negated' ? 'negated' : null, 'data-polarity': e.polarity, 'data-modality': e.modality },
    el('td', {}, e.event_date || e.article_published || '', e.event_date ? null : el('div', { class: 'muted' }, '(published)')),
    el('td', {}, typeChip(e.type, e.cameo, e.polarity)),
    el('td', { class: 'meaning' }, meaning(e.type, e.polarity, e.modality, e.source_name, e.target_name)),
    el('td', { class: 'status' }, statusWords(e.polarity, e.modality) || 'happened'),
    el('td', { class: 'according' }, e.attributed_name ? 'according to ' + e.attributed_name : ''),
    el('td', {}, e.place_name || ''),
    el('td', {}, e.issues.map(i => issueLabel(i)).join(', ')),
    el('td', {}, articleRef(e.article_id, e.article_title, e.outlet, e.article_url)),
    el('td', {}, el('a', { href: '#/article/' + encodeURIComponent(e.article_id) + '?event=' + encodeURIComponent(e.event_id), class: 'evidence-link' }, e.evidence_text))));
  const nav = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: '#/events?' + query({ ...p, offset: Math.max(0, offset - 50) }) }, '← previous') : null,
    el('span', { id: 'event-count' }, `${page.total} events`, page.total > 50 ? ` (${offset + 1}–${Math.min(page.total, offset + 50)})` : ''),
    offset + 50 < page.total ? el('a', { href: '#/events?' + query({ ...p, offset: offset + 50 }) }, 'next →') : null,
    exportLinks(p));
  show(el('h2', {}, 'Events'), form, chartNode,
    el('p', { class: 'muted', id: 'timeline-note' }, 'Bars count what happened (stated or reported as done); what did not happen and what is only intended or hypothetical are stacked apart, in grey. Click a bar to see its events.'),
    nav,
    el('table', { id: 'events' }, el('tr', {}, ['Date', 'Type', 'What the text says', 'Happened?', 'According to', 'Place', 'Issues', 'Article', 'Evidence'].map(h => el('th', {}, h))), rows));
  drawTimeline(chartNode, timeline, p);
}

// Counted: what the text says happened. Kept apart: what it says did not happen, and plans and hypotheses.
const NOT_HAPPENED = 'Did not happen (negated)';
const NOT_YET = 'Intended or hypothetical';

function timelineSeries(row) {
  if (row.polarity === 'negated') return NOT_HAPPENED;
  if (row.modality === 'intended' || row.modality === 'hypothetical') return NOT_YET;
  return row.type;
}

/** Where a period's bar stands on a real time axis (the middle of its month or year), so gaps between months show. */
function periodStart(period) {
  return period.length === 4 ? period + '-07-01' : period.length === 7 ? period + '-15' : period;
}

/** The axis from the first period's start to the last one's end, so no bar is cut at the edges. */
function axisBounds(periods) {
  if (!periods.length) return {};
  const sorted = [...periods].sort();
  const first = sorted[0], last = sorted[sorted.length - 1];
  const start = first.length === 4 ? first + '-01-01' : first.length === 7 ? first + '-01' : first;
  const end = new Date(periodStart(last) + 'T00:00:00Z');
  end.setUTCDate(end.getUTCDate() + (last.length === 4 ? 184 : last.length === 7 ? 17 : 1));
  const begin = new Date(start + 'T00:00:00Z');
  if (first.length === 10) begin.setUTCDate(begin.getUTCDate() - 1);
  return { min: begin.getTime(), max: end.getTime() };
}

function periodEnd(period) {
  return period;
}

function drawTimeline(node, timeline, p) {
  const counts = {};
  for (const r of timeline) {
    const name = timelineSeries(r);
    counts[name] = counts[name] || {};
    counts[name][r.period] = (counts[name][r.period] || 0) + r.events;
  }
  const types = TYPES.filter(t => counts[t]);
  const apart = [NOT_HAPPENED, NOT_YET].filter(n => counts[n]);
  const shade = t => { const q = TYPE_WORDS[t][3]; const same = TYPES.filter(x => TYPE_WORDS[x][3] === q); return echarts.color.lift(QUADS[q][1], same.indexOf(t) * 0.18); };
  // ECharts stacks bars by position in the data, not by date: every series lists every period, in one order
  // (a period a series has no events in is a zero; a click on it does nothing)
  const periods = [...new Set(timeline.map(r => r.period))].sort();
  const series = types.map(t => ({ name: typeLabel(t), type: 'bar', stack: 'happened', barMaxWidth: 28, itemStyle: { color: shade(t) },
    data: periods.map(pd => ({ value: [periodStart(pd), counts[t][pd] || 0], period: pd, filter: { type: t, polarity: 'positive', modality: 'asserted,reported' } })) }))
    .concat(apart.map(n => ({ name: n, type: 'bar', stack: 'apart', barMaxWidth: 28,
      itemStyle: n === NOT_HAPPENED ? { color: '#d1d5db', borderColor: '#4b5563', borderType: 'dashed', borderWidth: 1 }
        : { color: '#eef0f3', borderColor: '#6b7280', borderType: 'dotted', borderWidth: 1 },
      data: periods.map(pd => ({ value: [periodStart(pd), counts[n][pd] || 0], period: pd,
        filter: n === NOT_HAPPENED ? { polarity: 'negated' } : { polarity: 'positive', modality: 'intended,hypothetical' } })) })));
  const c = chart(node, {
    tooltip: { trigger: 'item', formatter: i => esc(i.seriesName) + ' · ' + esc(i.data.period) + ': ' + i.data.value[1] },
    legend: { type: 'scroll' }, grid: { left: 40, right: 20, bottom: 30, top: 40 },
    xAxis: { type: 'time', ...axisBounds(timeline.map(r => r.period)),
      minInterval: (timeline.length && timeline[0].period.length === 10 ? 1 : 28) * 86400000, // ticks no finer than the bars
      axisLabel: { formatter: { year: '{yyyy}', month: '{MMM} {yyyy}', day: '{d} {MMM}' } } },
    yAxis: { type: 'value', minInterval: 1 },
    series });
  // A click on a bar shows its period's events of that kind in the table.
  c.on('click', i => {
    if (!i.data || !i.data.period || !i.data.value[1]) return;
    const f = { ...p, ...i.data.filter, from: i.data.period, to: periodEnd(i.data.period) };
    location.hash = '#/events?' + query(f);
  });
}

// ---- network ------------------------------------------------------------------------------------------

async function pageNetwork(params) {
  const form = filterForm(params, '#/network');
  let g;
  try { g = await api('/api/graph?' + query(filterParams(params))); } catch (e) { fail(e, el('h2', {}, 'Actor network'), form); return; }
  const node = el('div', { class: 'chart tall', id: 'network' });
  show(el('h2', {}, 'Actor network'), form,
    el('p', { class: 'muted', id: 'network-summary' }, `${g.nodes.length} actors, ${g.edges.length} links (source → target, by event type)`), node);
  const countries = [...new Set(g.nodes.map(n => n.country || '—'))];
  chart(node, {
    tooltip: { formatter: i => i.dataType === 'edge' ? esc(i.data.source) + ' → ' + esc(i.data.target) + ': ' + esc(typeLabel(i.data.type)) + ' ×' + i.data.value : esc(i.data.name) + ' (' + esc(i.data.code || '') + ')' },
    legend: { data: countries },
    series: [{ type: 'graph', layout: 'force', roam: true, draggable: true, force: { repulsion: 260, edgeLength: 120 },
      label: { show: true }, edgeSymbol: ['none', 'arrow'],
      categories: countries.map(c => ({ name: c })),
      data: g.nodes.map(n => ({ name: n.id, code: n.code, value: n.events, symbolSize: 12 + Math.min(40, 4 * Math.sqrt(n.events)), category: countries.indexOf(n.country || '—') })),
      links: g.edges.map(e => ({ source: e.source, target: e.target, type: e.type, value: e.events, lineStyle: { width: 1 + Math.min(6, e.events) } })) }]
  });
}

// ---- map ----------------------------------------------------------------------------------------------

let worldLoaded = null;

/** Centre and zoom that show every placed event with a margin (the whole world when nothing is placed). */
function fitTo(points) {
  if (!points.length) return { center: [0, 20], zoom: 1 };
  const lons = points.map(p => p[0]), lats = points.map(p => p[1]);
  const w = Math.max(...lons) - Math.min(...lons), h = Math.max(...lats) - Math.min(...lats);
  const span = Math.max(w / 360, h / 170, 12 / 360); // never closer than about 12 degrees across
  return { center: [(Math.max(...lons) + Math.min(...lons)) / 2, (Math.max(...lats) + Math.min(...lats)) / 2],
    zoom: Math.max(1, Math.min(20, 0.6 / span)) };
}

/**
 * The events of one kind that share a place, as one marker: a town's dozen reports of shelling are one dot whose
 * size says how many (its area grows with the count), not twelve dots drawn on top of each other.
 */
function clusters(items) {
  const byPlace = new Map();
  for (const e of items) {
    const key = e.lon.toFixed(2) + ',' + e.lat.toFixed(2);
    if (!byPlace.has(key)) byPlace.set(key, { lon: e.lon, lat: e.lat, place: e.place_name, events: [] });
    byPlace.get(key).events.push(e);
  }
  return [...byPlace.values()];
}

/** Marker diameter in pixels for {@code n} events: area proportional to the count, capped so a hub stays readable. */
function markerSize(n) {
  return Math.min(42, 10 * Math.sqrt(n));
}

/** What a marker's tooltip says: the event itself, or how many of which happened there and the first few. */
function markerTooltip(d) {
  const evs = d.events;
  const line = e => esc(meaning(e.type, e.polarity, e.modality, e.source_name, e.target_name))
    + (statusWords(e.polarity, e.modality) ? ' (' + esc(statusWords(e.polarity, e.modality)) + ')' : '');
  if (evs.length === 1) {
    const e = evs[0];
    return line(e) + '<br>' + esc(e.place_name) + (e.place_precision === 'country' ? ' (country only)' : '')
      + (e.attributed_name ? ' · according to ' + esc(e.attributed_name) : '') + '<br>' + esc(e.evidence_text);
  }
  return esc(d.place) + ': ' + evs.length + ' events (click to list them)<br>'
    + evs.slice(0, 5).map(line).join('<br>') + (evs.length > 5 ? '<br>…' : '');
}

async function pageMap(params) {
  const form = filterForm(params, '#/map');
  worldLoaded = worldLoaded || fetch('/world-110m.geojson').then(r => r.json()).then(j => { echarts.registerMap('world', j); return j; });
  let page;
  try {
    [, page] = await Promise.all([worldLoaded, api('/api/events?' + query({ ...filterParams(params), limit: 1000 }))]);
  } catch (e) { fail(e, el('h2', {}, 'Where events happened'), form); return; }
  const placed = page.items.filter(e => e.lat !== null && e.lon !== null);
  const node = el('div', { class: 'chart tall', id: 'map' });
  // One series per quad class for what happened; what did not (or not yet) happen is grey and hollow.
  const groups = [1, 2, 3, 4].map(q => ({ name: QUADS[q][0], color: QUADS[q][1], items: placed.filter(e => e.quad_class === q && e.polarity === 'positive' && (e.modality === 'asserted' || e.modality === 'reported')) }));
  const apart = { name: 'Did not happen, intended or hypothetical', color: '#6b7280', hollow: true,
    items: placed.filter(e => !groups.some(g => g.items.includes(e))) };
  const all = groups.concat([apart]).filter(g => g.items.length);
  const legend = el('ul', { class: 'legend', id: 'map-legend' }, all.map(g => el('li', {},
    el('span', { class: 'swatch' + (g.hollow ? ' hollow' : ''), style: (g.hollow ? 'border-color:' : 'background:') + g.color }), g.name, ` (${g.items.length})`)));
  show(el('h2', {}, 'Where events happened'), form,
    el('p', { class: 'muted' }, el('span', { id: 'map-summary' }, `${placed.length} of ${page.items.length} events have coordinates`),
      ' · ', exportLinks(filterParams(params), 'Download: ', ['geojson', 'csv'])), legend, node);
  const fit = fitTo(placed.map(e => [e.lon, e.lat]));
  const c = chart(node, {
    tooltip: { formatter: i => i.data && i.data.events ? markerTooltip(i.data) : esc(i.name) },
    legend: { show: false },
    geo: { map: 'world', roam: true, center: fit.center, zoom: fit.zoom, itemStyle: { areaColor: '#e7ecf2', borderColor: '#9aa8b8' }, emphasis: { disabled: true } },
    series: all.slice().reverse().map(g => ({ name: g.name, type: 'scatter', coordinateSystem: 'geo',
      symbolSize: d => markerSize(d[2]),
      itemStyle: g.hollow ? { color: '#fff', borderColor: g.color, borderWidth: 2 } : { color: g.color, borderColor: '#fff', borderWidth: 1 },
      label: { show: true, formatter: i => i.data.events.length > 1 ? String(i.data.events.length) : '', fontSize: 10,
        color: g.hollow ? g.color : '#fff' },
      data: clusters(g.items).map(cl => ({ value: [cl.lon, cl.lat, cl.events.length], place: cl.place, events: cl.events })) }))
  });
  node.dataset.markers = String(all.reduce((n, g) => n + clusters(g.items).length, 0));
  c.on('click', i => {
    if (!i.data || !i.data.events) return;
    const one = i.data.events[0];
    location.hash = i.data.events.length === 1
      ? '#/article/' + encodeURIComponent(one.article_id) + '?event=' + encodeURIComponent(one.event_id)
      : '#/events?' + query({ ...filterParams(params), place: i.data.place });
  });
}

// ---- negotiation board --------------------------------------------------------------------------------

/** A link to the sentence a report rests on, highlighted in its article. */
function evidenceHref(r) {
  return '#/article/' + encodeURIComponent(r.article) + (r.start !== undefined && r.end !== undefined ? '?hl=' + r.start + '-' + r.end : '');
}

function credit(r) {
  return (r.outlet || 'unnamed outlet') + (r.published ? ', ' + r.published : '') + (r.evidence ? ': “' + r.evidence + '”' : '');
}

function stanceChip(r, date, current) {
  return el('a', { class: 'chip ' + r.stance + (current ? ' current' : ''), href: evidenceHref(r), title: credit(r) },
    r.stance, ' ', date || '');
}

function period(first, last) {
  if (!first) return '(undated)';
  return first === last ? '(' + first + ')' : '(' + first + ' to ' + last + ')';
}

/**
 * The negotiation on one time axis: rounds of talks, each party's stance changes per issue, and the mediators'
 * first and last reported days, in date order (undated items last), each linked to the sentence (or article)
 * that reports it.
 */
function boardTimeline(b, names) {
  const items = [];
  b.rounds.forEach(r => items.push({ date: r.date || (r.reports[0] && r.reports[0].published) || null, dated: !!r.date, kind: 'round',
    label: 'Round', body: [roundWords(r)],
    links: r.reports.map(x => el('a', { class: 'source', href: evidenceHref(x), title: credit(x) }, sentenceLabel(x))) }));
  b.changes.forEach(c => items.push({ date: c.date, dated: !!c.date, kind: 'change', label: 'Stance', body: [names[c.side] || c.side, ' on ',
    issueLabel(c.issue, true), ': ', c.from.length ? c.from.map(x => el('span', { class: 'chip ' + x }, x)).concat(' → ') : 'first stance: ',
    c.to.map(x => el('span', { class: 'chip ' + x }, x))],
    links: [el('a', { class: 'source', href: evidenceHref(c.shown_by), title: credit(c.shown_by) }, sentenceLabel(c.shown_by))] }));
  // A mediator's link: the sentence of a round or stance in its articles that names it, else where its first
  // article names it.
  const reports = b.rounds.flatMap(r => r.reports).concat(b.changes.map(c => c.shown_by));
  b.mediators.forEach(m => {
    const named = reports.find(x => m.articles.includes(x.article) && x.evidence && x.evidence.includes(m.name));
    const link = named ? el('a', { class: 'source', href: evidenceHref(named), title: credit(named) }, sentenceLabel(named))
      : m.articles.length ? el('a', { class: 'source', href: '#/article/' + encodeURIComponent(m.articles[0]) + '?' + query({ mention: m.name }),
        title: 'where the article names ' + m.name }, 'named in the article') : null;
    items.push({ date: m.first, dated: !!m.first, kind: 'mediator', label: 'Mediator', body: [m.name, m.first === m.last || !m.last
      ? ' reported mediating' : ' reported mediating (first report; last on ' + m.last + ')'], links: link ? [link] : [] });
  });
  const order = { round: 0, mediator: 1, change: 2 };
  items.sort((x, y) => (x.date === y.date ? 0 : x.date === null ? 1 : y.date === null ? -1 : x.date < y.date ? -1 : 1) || order[x.kind] - order[y.kind]);
  const list = el('ol', { class: 'axis', id: 'board-timeline' });
  let last;
  for (const i of items) {
    const day = i.date || 'undated';
    if (day !== last) { list.append(el('li', { class: 'day' }, day)); last = day; }
    list.append(el('li', { class: 'item ' + i.kind, 'data-kind': i.kind, 'data-date': i.date || '' },
      el('span', { class: 'kind' }, i.label), ' ', i.body, i.dated ? null : el('span', { class: 'muted' }, ' (date of the report)'), ' ', i.links));
  }
  if (!items.length) list.append(el('li', { class: 'muted' }, 'Nothing reported' + (b.as_of ? ' by ' + b.as_of : '') + '.'));
  return list;
}

async function pageBoard(params) {
  const tracks = await api('/api/negotiations');
  const id = params.get('track') || (tracks[0] && tracks[0].id);
  const partyNames = t => t.parties.map(p => p.name).join(' / ');
  const pick = el('select', { id: 'track', onchange: ev => { location.hash = '#/board?' + query({ track: ev.target.value, as_of: asOf.value }); } },
    tracks.map(t => el('option', { value: t.id, selected: t.id === id }, partyNames(t),
      ` (${t.articles} article${t.articles === 1 ? '' : 's'}, ${t.rounds.length} round${t.rounds.length === 1 ? '' : 's'}`
      + `${t.conflicts ? ', ' + t.conflicts + ' contradiction' + (t.conflicts === 1 ? '' : 's') : ''})`)));
  const asOf = el('input', { id: 'as-of', type: 'date', value: params.get('as_of') || '' });
  const form = el('form', { class: 'filters', onsubmit: ev => { ev.preventDefault(); location.hash = '#/board?' + query({ track: pick.value, as_of: asOf.value }); } },
    el('label', {}, 'Talks', pick), el('label', {}, 'As of', asOf), el('button', { type: 'submit', id: 'board-apply' }, 'Show'));
  if (!id) { show(el('h2', {}, 'Negotiations'), el('p', {}, 'No negotiation boards stored yet.')); return; }
  const b = await api('/api/negotiations/' + encodeURIComponent(id) + '/board?' + query({ as_of: params.get('as_of') }));
  const names = {};
  b.parties.forEach(p => { names[p.side] = p.name; });
  b.mediators.forEach(m => { names[m.side] = m.name; });
  const sides = [...b.parties.map(p => p.side), ...b.mediators.map(m => m.side).filter(s => !b.parties.some(p => p.side === s))];
  const isMediator = s => !b.parties.some(p => p.side === s);
  const history = {};
  b.timeline.forEach(t => { history[t.issue + '|' + t.side] = t.reports; });

  // The grid: each cell is the side's latest stance (bold chips), then the earlier ones of its timeline.
  const table = el('table', { id: 'board' },
    el('tr', {}, el('th', {}, 'Issue'), sides.map(s => el('th', {}, names[s] || s, isMediator(s) ? ' (mediator)' : ''))),
    b.board.map(i => el('tr', {}, el('th', {}, issueLabel(i.issue)), sides.map(s => {
      const cell = i.positions.find(p => p.side === s);
      if (!cell) return el('td', { class: 'muted' }, '—');
      const latest = new Set(cell.reports.map(r => r.article + '|' + r.stance));
      const earlier = (history[i.issue + '|' + s] || []).filter(r => r.date !== cell.date || !latest.has(r.article + '|' + r.stance));
      return el('td', { class: cell.contested ? 'contested' : null },
        cell.contested ? el('div', { class: 'badge negated' }, 'contested') : null,
        cell.reports.map(r => stanceChip(r, cell.date, true)),
        earlier.length ? el('div', { class: 'history' }, 'before: ', earlier.slice().reverse().map(r => stanceChip(r, r.date, false))) : null);
    }))));
  if (!b.board.length) table.append(el('tr', {}, el('td', { colspan: sides.length + 1, class: 'muted' }, 'No stances reported' + (b.as_of ? ' by ' + b.as_of : '') + '.')));

  const rounds = el('ul', { class: 'list', id: 'rounds' }, b.rounds.map(r => el('li', {},
    el('b', {}, r.date || 'undated'), r.name ? ' · ' + r.name : '', r.location ? ' · ' + r.location : '', r.level ? ' · ' + r.level : '',
    ' · ', el('span', { class: 'badge' + (r.outcome === 'no_agreement' ? ' negated' : '') }, r.outcome.replace('_', ' ')),
    r.contested ? el('span', { class: 'badge negated' }, 'accounts differ') : null,
    ' ', r.reports.map(x => el('a', { class: 'source', href: evidenceHref(x), title: credit(x) }, x.outlet || 'report', x.outcome !== 'unknown' ? ' (' + x.outcome.replace('_', ' ') + ')' : '', ' ')))));
  if (!b.rounds.length) rounds.append(el('li', { class: 'muted' }, 'None reported.'));

  const changes = el('ul', { class: 'list', id: 'changes' }, b.changes.map(c => el('li', {},
    el('b', {}, c.date), ' ', names[c.side] || c.side, ' on ', issueLabel(c.issue, true), ': ',
    c.from.length ? c.from.map(x => el('span', { class: 'chip ' + x }, x)).concat(' → ') : 'first: ',
    c.to.map(x => el('span', { class: 'chip ' + x }, x)), ' ',
    el('a', { class: 'source', href: evidenceHref(c.shown_by), title: credit(c.shown_by) }, c.shown_by.outlet || 'report'))));
  if (!b.changes.length) changes.append(el('li', { class: 'muted' }, 'None.'));

  // Contradictions: the disagreeing reports side by side, each with its outlet and sentence.
  const conflicts = el('div', { id: 'conflicts' }, b.conflicts.map(c => el('div', { class: 'conflict' },
    el('p', {}, el('b', {}, c.date), ' ', names[c.side] || c.side, ' on ', issueLabel(c.issue, true)),
    el('div', { class: 'side-by-side' }, c.reports.map(r => el('div', { class: 'account' },
      stanceChip(r, '', false), ' according to ', el('b', {}, r.outlet || 'an unnamed outlet'),
      el('blockquote', {}, r.evidence || ''), el('a', { href: evidenceHref(r) }, 'read in the article')))))));
  if (!b.conflicts.length) conflicts.append(el('p', { class: 'muted' }, 'No reports contradict each other.'));

  const mediators = b.mediators.map(m => m.name + ' ' + period(m.first, m.last)).join(', then ');
  const articles = el('ul', { class: 'list', id: 'board-articles' }, b.articles.map(a => el('li', {},
    articleRef(a.id, a.title, a.outlet, a.url), ' ', el('span', { class: 'muted' }, a.published || ''))));
  const download = el('a', { class: 'button', id: 'export-board-md', download: 'parley-board.md',
    href: '/api/negotiations/' + encodeURIComponent(id) + '/board?' + query({ as_of: params.get('as_of'), format: 'markdown' }) }, 'Board as Markdown');
  show(el('h2', {}, 'Negotiations'), form, el('p', { class: 'exports' }, download),
    el('p', { id: 'board-summary' }, 'Parties: ', b.parties.map(p => p.name).join(', '), mediators ? ' · mediated by ' + mediators : '',
      b.as_of ? ' · as of ' + b.as_of : ' · as of the latest report'),
    b.unreadable ? el('p', { class: 'error' }, `${b.unreadable.articles} stored analyses could not be read and are left out.`) : null,
    el('div', { class: 'card' }, table),
    el('div', { class: 'card' }, el('h3', {}, 'Timeline of the talks'),
      el('p', { class: 'muted small' }, 'Rounds, stance changes per party and issue, and mediators, by date; each links to the sentence that reports it.'),
      boardTimeline(b, names)),
    el('div', { class: 'cols' },
      el('div', {}, el('div', { class: 'card' }, el('h3', {}, 'Rounds'), rounds),
        el('div', { class: 'card' }, el('h3', {}, 'Stance changes'), changes)),
      el('div', {}, el('div', { class: 'card' }, el('h3', {}, `Contradictory reports (${b.conflicts.length})`), conflicts),
        el('div', { class: 'card' }, el('h3', {}, `Articles (${b.articles.length})`), articles))));
}

// ---- quotes -------------------------------------------------------------------------------------------

async function pageQuotes(params) {
  const speaker = el('input', { id: 'speaker', value: params.get('speaker') || '', placeholder: 'name or code' });
  const words = el('input', { id: 'quote-words', value: params.get('q') || '' });
  const form = el('form', { class: 'filters', onsubmit: ev => { ev.preventDefault(); location.hash = '#/quotes?' + query({ speaker: speaker.value, q: words.value }); } },
    el('label', {}, 'Speaker', speaker), el('label', {}, 'Words', words), el('button', { type: 'submit' }, 'Find'));
  const r = await api('/api/quotes?' + query({ speaker: params.get('speaker'), q: params.get('q'), limit: 100 }));
  show(el('h2', {}, 'Quotes'), form, el('p', { class: 'muted' }, `${r.total} quotes`),
    el('ul', { class: 'list', id: 'quotes' }, r.items.map(q => el('li', {}, quoted(q.text, q.direct), ' — ',
      el('b', {}, q.speaker_name || 'unknown speaker'), q.direct === false ? el('span', { class: 'muted' }, ' (as the outlet words it)') : null, ' · ',
      articleRef(q.article_id, q.article_title, q.outlet, q.article_url, q.start_char + '-' + q.end_char), ' ', el('span', { class: 'muted' }, q.article_published || '')))));
}

// ---- what changed (live) ------------------------------------------------------------------------------

// The changes a watcher in the server found, newest first: loaded once, then pushed by the server (server-sent
// events), so an open page shows each new one without reload.
let changes = [];
const CHANGE_WORDS = { 'stance-change': 'Stance change', round: 'Round of talks', assault: 'Attack', contradiction: 'Contradiction' };

function changeItem(c) {
  return el('li', { 'data-kind': c.kind, 'data-id': c.id },
    el('span', { class: 'muted' }, String(c.detected_at || '').replace('T', ' ').replace(/\.\d+Z$/, 'Z')), ' ',
    el('b', {}, CHANGE_WORDS[c.kind] || c.kind), ': ', c.summary);
}

function drawChanges() {
  const list = document.getElementById('changes');
  if (!list) return;
  list.replaceChildren(...(changes.length ? changes.map(changeItem)
    : [el('li', { class: 'muted' }, 'Nothing changed since the server started (changes appear here as a watcher finds them: parley serve --watch).')]));
}

function addChanges(items, newestFirst) {
  const known = new Set(changes.map(c => c.id));
  const fresh = items.filter(c => !known.has(c.id));
  changes = (newestFirst ? fresh.concat(changes) : changes.concat(fresh)).slice(0, 50);
  drawChanges();
}

// The stream is open only while the overview shows the list: an idle stream on every page would hold one of the
// browser's few connections to the server for nothing.
let changeStream = null;

function followChanges(on) {
  if (on && !changeStream && window.EventSource) {
    changeStream = new EventSource('/api/changes/stream');
    changeStream.addEventListener('change', ev => addChanges([JSON.parse(ev.data)], true));
  } else if (!on && changeStream) {
    changeStream.close();
    changeStream = null;
  }
}

// ---- corroboration ------------------------------------------------------------------------------------

/** One report of a group: outlet, title (to its page here), original, date, the sentence, and whose claim it is. */
function corroborationReport(r) {
  return el('li', {}, articleRef(r.article_id, r.title, r.outlet, r.url), ' ',
    el('span', { class: 'muted' }, r.published || ''), r.claimed_by ? el('span', { class: 'muted' }, ' · according to ' + r.claimed_by) : null,
    el('br'), quoted(r.evidence));
}

async function pageCorroboration(params) {
  const actor = el('input', { id: 'corroboration-actor', value: params.get('actor') || '', placeholder: 'name or code' });
  const outlets = el('input', { id: 'min-outlets', type: 'number', min: 0, value: params.get('min_outlets') || '1' });
  const contradicted = el('input', { id: 'contradicted', type: 'checkbox', checked: params.get('contradicted') === 'true' });
  const form = el('form', { class: 'filters', onsubmit: ev => { ev.preventDefault(); location.hash = '#/corroboration?' + query({ actor: actor.value, min_outlets: outlets.value, contradicted: contradicted.checked ? 'true' : '' }); } },
    el('label', {}, 'Actor', actor), el('label', {}, 'At least this many outlets', outlets),
    el('label', {}, contradicted, ' only events some report denies'), el('button', { type: 'submit' }, 'Find'));
  const r = await api('/api/corroboration?' + query({ actor: params.get('actor'), min_outlets: params.get('min_outlets'), contradicted: params.get('contradicted'), limit: 100 }));
  show(el('h2', {}, 'Corroboration'),
    el('p', { class: 'muted' }, 'The same event (type, who, whom, within a few days, same place when both say) reported by different articles; a report that says it did not happen is shown as a contradiction.'),
    form, el('p', { class: 'muted' }, `${r.total} events`),
    el('ul', { class: 'list', id: 'corroboration' }, r.items.map(g => el('li', { 'data-outlets': g.outlet_count, 'data-contradicted': g.contradictions.length > 0 && g.reports.length > 0 },
      typeChip(g.type), ' ', el('b', {}, meaning(g.type, 'positive', 'asserted', g.source_name, g.target_name)),
      g.place ? ' in ' + g.place : '', g.from ? ' · ' + (g.from === g.to ? g.from : g.from + ' to ' + g.to) : '',
      el('p', { class: 'corroboration-summary' }, g.summary),
      g.reports.length ? el('ul', { class: 'reports' }, g.reports.map(corroborationReport)) : null,
      g.contradictions.length ? [el('p', {}, el('b', {}, 'Says it did not happen:')),
        el('ul', { class: 'contradictions' }, g.contradictions.map(corroborationReport))] : null))));
}

// ---- routing ------------------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?');
  const params = new URLSearchParams(qs || '');
  const parts = path.split('/').filter(Boolean);
  // '#/' is the overview; '#/?q=…' (the search's old address) still searches
  const page = parts[0] || (params.get('q') ? 'search' : 'overview');
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.page === page));
  document.body.dataset.page = 'loading';
  followChanges(page === 'overview');
  try {
    if (page === 'article') await pageArticle(decodeURIComponent(parts.slice(1).join('/')), params);
    else if (page === 'events') await pageEvents(params);
    else if (page === 'network') await pageNetwork(params);
    else if (page === 'map') await pageMap(params);
    else if (page === 'board') await pageBoard(params);
    else if (page === 'quotes') await pageQuotes(params);
    else if (page === 'corroboration') await pageCorroboration(params);
    else if (page === 'search') await pageSearch(params);
    else await pageOverview();
  } catch (e) {
    fail(e);
  }
  document.body.dataset.page = page;
}

window.addEventListener('hashchange', route);
window.addEventListener('resize', () => charts.forEach(c => c.resize()));
// Counts only: the store's file or database address is the operator's business, not the page's.
api('/api/stats').then(s => { document.getElementById('stats').textContent = `${s.articles} articles · ${s.events} events`; }).catch(() => {});
route();
