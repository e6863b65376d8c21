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
  for (const c of children.flat()) {
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

// ---- search -------------------------------------------------------------------------------------------

async function pageSearch(params) {
  const input = el('input', { id: 'q', name: 'q', size: 50, placeholder: 'words, names, places…', value: params.get('q') || '' });
  const results = el('div', { id: 'results' });
  const form = el('form', { class: 'filters', onsubmit: ev => { ev.preventDefault(); location.hash = '#/?' + query({ q: input.value }); } },
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
        el('tr', {}, el('th', {}, 'Evidence'), el('td', { id: 'detail-evidence' }, ev.evidence.map(s => el('div', {}, '“', s.text, '”'))))));
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
  const series = types.map(t => ({ name: typeLabel(t), type: 'bar', stack: 'happened', barMaxWidth: 28, itemStyle: { color: shade(t) },
    data: Object.entries(counts[t]).map(([pd, n]) => ({ value: [periodStart(pd), n], period: pd, filter: { type: t, polarity: 'positive', modality: 'asserted,reported' } })) }))
    .concat(apart.map(n => ({ name: n, type: 'bar', stack: 'apart', barMaxWidth: 28,
      itemStyle: n === NOT_HAPPENED ? { color: '#d1d5db', borderColor: '#4b5563', borderType: 'dashed', borderWidth: 1 }
        : { color: '#eef0f3', borderColor: '#6b7280', borderType: 'dotted', borderWidth: 1 },
      data: Object.entries(counts[n]).map(([pd, v]) => ({ value: [periodStart(pd), v], period: pd,
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
    if (!i.data || !i.data.period) return;
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
    tooltip: { formatter: i => i.data && i.data.event ? esc(i.data.label) + (i.data.status ? ' (' + esc(i.data.status) + ')' : '') + '<br>'
      + esc(i.data.place) + (i.data.according ? ' · according to ' + esc(i.data.according) : '') + '<br>' + esc(i.data.evidence) : esc(i.name) },
    legend: { show: false },
    geo: { map: 'world', roam: true, center: fit.center, zoom: fit.zoom, itemStyle: { areaColor: '#e7ecf2', borderColor: '#9aa8b8' }, emphasis: { disabled: true } },
    series: all.slice().reverse().map(g => ({ name: g.name, type: 'scatter', coordinateSystem: 'geo', symbolSize: 11,
      itemStyle: g.hollow ? { color: '#fff', borderColor: g.color, borderWidth: 2 } : { color: g.color, borderColor: '#fff', borderWidth: 1 },
      data: g.items.map(e => ({ value: [e.lon, e.lat], label: meaning(e.type, e.polarity, e.modality, e.source_name, e.target_name),
        status: statusWords(e.polarity, e.modality), according: e.attributed_name, place: e.place_name, evidence: e.evidence_text,
        article: e.article_id, event: e.event_id })) }))
  });
  c.on('click', i => { if (i.data && i.data.article) location.hash = '#/article/' + encodeURIComponent(i.data.article) + '?event=' + encodeURIComponent(i.data.event); });
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

async function pageBoard(params) {
  const tracks = await api('/api/negotiations');
  const id = params.get('track') || (tracks[0] && tracks[0].id);
  const partyNames = t => t.parties.map(p => p.name).join(' / ');
  const pick = el('select', { id: 'track', onchange: ev => { location.hash = '#/board?' + query({ track: ev.target.value, as_of: asOf.value }); } },
    tracks.map(t => el('option', { value: t.id, selected: t.id === id }, partyNames(t),
      ` (${t.articles} articles, ${t.rounds.length} rounds${t.conflicts ? ', ' + t.conflicts + ' contradictions' : ''})`)));
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

// ---- routing ------------------------------------------------------------------------------------------

async function route() {
  const hash = location.hash.replace(/^#/, '') || '/';
  const [path, qs] = hash.split('?');
  const params = new URLSearchParams(qs || '');
  const parts = path.split('/').filter(Boolean);
  const page = parts[0] || 'search';
  document.querySelectorAll('nav a').forEach(a => a.classList.toggle('active', a.dataset.page === page));
  document.body.dataset.page = 'loading';
  try {
    if (page === 'article') await pageArticle(decodeURIComponent(parts.slice(1).join('/')), params);
    else if (page === 'events') await pageEvents(params);
    else if (page === 'network') await pageNetwork(params);
    else if (page === 'map') await pageMap(params);
    else if (page === 'board') await pageBoard(params);
    else if (page === 'quotes') await pageQuotes(params);
    else await pageSearch(params);
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
