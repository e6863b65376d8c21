// SPDX-License-Identifier: GPL-3.0-or-later
// Parley dashboard. Every piece of article-derived text reaches the page through text nodes (el() below) or
// through ECharts' canvas, never as HTML, so markup in an article is shown and never run.
'use strict';

const main = document.getElementById('main');
const TYPES = ['AGREE', 'CONSULT', 'SUPPORT', 'CONCEDE', 'COOPERATE', 'AID', 'RETREAT', 'REQUEST', 'ACCUSE', 'REJECT',
  'THREATEN', 'PROTEST', 'SANCTION', 'MOBILIZE', 'COERCE', 'ASSAULT'];
let charts = [];

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

function fail(e) {
  show(el('p', { class: 'error', id: 'error' }, 'Error: ', e.message));
}

function chart(node, option) {
  const c = echarts.init(node);
  c.setOption(option);
  charts.push(c);
  return c;
}

function articleLink(id, label, hl) {
  return el('a', { href: '#/article/' + encodeURIComponent(id) + (hl ? '?hl=' + hl : '') }, label || id);
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
        articleLink(a.article_id, a.title || a.article_id), ' ', el('span', { class: 'muted' }, a.published || ''),
        el('div', { class: 'muted' }, a.snippet)))),
      el('h3', {}, `Quotes (${r.quotes.length})`),
      el('ul', { class: 'list' }, r.quotes.map(x => el('li', {}, quoted(x.text, x.direct), ' — ', x.speaker || 'unknown speaker', ' · ',
        articleLink(x.article_id, x.title || x.article_id)))));
  } else {
    const r = await api('/api/articles?limit=50');
    results.append(el('h3', {}, `Latest articles (${r.total})`), el('table', { id: 'articles' },
      el('tr', {}, el('th', {}, 'Published'), el('th', {}, 'Title'), el('th', {}, 'Source'), el('th', {}, 'Events'), el('th', {}, 'Quotes')),
      r.items.map(a => el('tr', {}, el('td', {}, a.published || ''), el('td', {}, articleLink(a.id, a.title || a.id)),
        el('td', {}, a.source || ''), el('td', {}, a.events), el('td', {}, a.quotes)))));
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
    detail.replaceChildren(el('h3', {}, ev.type, ' ', el('span', { class: 'badge ' + ev.polarity }, ev.polarity), el('span', { class: 'badge' }, ev.modality)),
      el('table', {},
        el('tr', {}, el('th', {}, 'Source'), el('td', { id: 'detail-source' }, name(ev.source))),
        el('tr', {}, el('th', {}, 'Target'), el('td', {}, name(ev.target))),
        el('tr', {}, el('th', {}, 'CAMEO'), el('td', {}, ev.cameo || '')),
        el('tr', {}, el('th', {}, 'Stance / issues'), el('td', {}, ev.stance || '', ' ', (ev.issues || []).join(', '))),
        el('tr', {}, el('th', {}, 'Date'), el('td', {}, ev.date || '', ev.date_text ? ' (“' + ev.date_text + '”)' : '')),
        el('tr', {}, el('th', {}, 'Place'), el('td', {}, ev.location ? ev.location.name + (ev.location.country ? ', ' + ev.location.country : '') : '')),
        el('tr', {}, el('th', {}, 'Attributed to'), el('td', {}, ev.attributed_to ? name(ev.attributed_to) : 'the article')),
        el('tr', {}, el('th', {}, 'Evidence'), el('td', { id: 'detail-evidence' }, ev.evidence.map(s => el('div', {}, '“', s.text, '”'))))));
  }

  const eventList = el('ul', { class: 'list', id: 'event-list' }, an.events.map(ev => el('li', { 'data-event': ev.id, onclick: () => selectEvent(ev) },
    el('span', { class: 'badge ' + ev.polarity }, ev.type), name(ev.source), ' → ', name(ev.target), ev.polarity !== 'positive' ? ' (' + ev.polarity + ')' : '')));
  const quoteList = el('ul', { class: 'list', id: 'quote-list' }, an.quotes.map(q => el('li', {}, quoted(q.text, q.direct), ' — ', name(q.speaker))));
  const actorList = el('ul', { class: 'list' }, an.actors.map(x => el('li', {}, x.name, ' ', el('span', { class: 'muted' }, x.code || ''), ' ×', x.mentions.length)));
  const meta = el('p', { class: 'muted' }, a.published || 'undated', ' · ', a.source || '', ' · ', a.url ? el('span', { id: 'article-url' }, a.url) : a.origin || '');
  const story = a.story_articles.length ? el('p', {}, 'Same story: ', a.story_articles.map(s => el('span', {}, articleLink(s.id, s.title), ' '))) : null;
  show(el('h2', { id: 'article-title' }, an.article.title || an.article.id), meta, story,
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

const FILTERS = ['actor', 'country', 'type', 'issue', 'from', 'to', 'place', 'text'];

function filterForm(params, target) {
  const inputs = {};
  const fields = FILTERS.map(f => {
    inputs[f] = f === 'type'
      ? el('select', { name: f, id: 'f-' + f }, el('option', { value: '' }, 'any'), TYPES.map(t => el('option', { value: t, selected: params.get(f) === t }, t)))
      : el('input', { name: f, id: 'f-' + f, size: f === 'text' ? 18 : 10, value: params.get(f) || '', placeholder: f === 'from' || f === 'to' ? 'YYYY-MM-DD' : '' });
    return el('label', {}, f, inputs[f]);
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

async function pageEvents(params) {
  const p = filterParams(params);
  const offset = Number(params.get('offset') || 0);
  const [page, timeline] = await Promise.all([api('/api/events?' + query({ ...p, limit: 50, offset })),
    api('/api/stats/timeline?' + query({ ...p, interval: params.get('interval') || 'month' }))]);
  const chartNode = el('div', { class: 'chart', id: 'timeline' });
  const rows = page.items.map(e => el('tr', {},
    el('td', {}, e.event_date || e.article_published || ''), el('td', {}, el('span', { class: 'badge ' + e.polarity }, e.type)),
    el('td', {}, e.source_name || '—'), el('td', {}, e.target_name || '—'), el('td', {}, e.place_name || ''),
    el('td', {}, e.issues.join(', ')),
    el('td', {}, el('a', { href: '#/article/' + encodeURIComponent(e.article_id) + '?event=' + encodeURIComponent(e.event_id), class: 'evidence-link' }, e.evidence_text))));
  const nav = el('div', { class: 'pager' },
    offset > 0 ? el('a', { href: '#/events?' + query({ ...p, offset: Math.max(0, offset - 50) }) }, '← previous') : null,
    el('span', { id: 'event-count' }, `${page.total} events`, page.total > 50 ? ` (${offset + 1}–${Math.min(page.total, offset + 50)})` : ''),
    offset + 50 < page.total ? el('a', { href: '#/events?' + query({ ...p, offset: offset + 50 }) }, 'next →') : null);
  show(el('h2', {}, 'Events'), filterForm(params, '#/events'), chartNode, nav,
    el('table', { id: 'events' }, el('tr', {}, ['Date', 'Type', 'Source', 'Target', 'Place', 'Issues', 'Evidence'].map(h => el('th', {}, h))), rows));
  const periods = [...new Set(timeline.map(r => r.period))].sort();
  const types = [...new Set(timeline.map(r => r.type))].sort();
  chart(chartNode, {
    tooltip: { trigger: 'axis', formatter: items => items.filter(i => i.value).map(i => esc(i.seriesName) + ': ' + i.value).join('<br>') || esc(items[0] && items[0].axisValue) },
    legend: { type: 'scroll' }, grid: { left: 40, right: 20, bottom: 30, top: 40 },
    xAxis: { type: 'category', data: periods }, yAxis: { type: 'value', minInterval: 1 },
    series: types.map(t => ({ name: t, type: 'bar', stack: 'all', data: periods.map(pd => (timeline.find(r => r.period === pd && r.type === t) || { events: 0 }).events) }))
  });
}

// ---- network ------------------------------------------------------------------------------------------

async function pageNetwork(params) {
  const g = await api('/api/graph?' + query(filterParams(params)));
  const node = el('div', { class: 'chart tall', id: 'network' });
  show(el('h2', {}, 'Actor network'), filterForm(params, '#/network'),
    el('p', { class: 'muted', id: 'network-summary' }, `${g.nodes.length} actors, ${g.edges.length} links (source → target, by event type)`), node);
  const countries = [...new Set(g.nodes.map(n => n.country || '—'))];
  chart(node, {
    tooltip: { formatter: i => i.dataType === 'edge' ? esc(i.data.source) + ' → ' + esc(i.data.target) + ': ' + esc(i.data.type) + ' ×' + i.data.value : esc(i.data.name) + ' (' + esc(i.data.code || '') + ')' },
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
async function pageMap(params) {
  worldLoaded = worldLoaded || fetch('/world-110m.geojson').then(r => r.json()).then(j => { echarts.registerMap('world', j); return j; });
  const [, page] = await Promise.all([worldLoaded, api('/api/events?' + query({ ...filterParams(params), limit: 1000 }))]);
  const placed = page.items.filter(e => e.lat !== null && e.lon !== null);
  const node = el('div', { class: 'chart tall', id: 'map' });
  show(el('h2', {}, 'Where events happened'), filterForm(params, '#/map'),
    el('p', { class: 'muted', id: 'map-summary' }, `${placed.length} of ${page.items.length} events have coordinates`), node);
  const c = chart(node, {
    tooltip: { formatter: i => i.data ? esc(i.data.type) + ' · ' + esc(i.data.place) + '<br>' + esc(i.data.evidence) : esc(i.name) },
    geo: { map: 'world', roam: true, itemStyle: { areaColor: '#e7ecf2', borderColor: '#9aa8b8' }, emphasis: { disabled: true } },
    series: [{ type: 'scatter', coordinateSystem: 'geo', symbolSize: 10, itemStyle: { color: '#e4572e' },
      data: placed.map(e => ({ value: [e.lon, e.lat], type: e.type, place: e.place_name, evidence: e.evidence_text, article: e.article_id, event: e.event_id })) }]
  });
  c.on('click', i => { if (i.data && i.data.article) location.hash = '#/article/' + encodeURIComponent(i.data.article) + '?event=' + encodeURIComponent(i.data.event); });
}

// ---- negotiation board --------------------------------------------------------------------------------

/** A link to the sentence a report rests on, highlighted in its article. */
function evidenceHref(r) {
  return '#/article/' + encodeURIComponent(r.article) + (r.start !== undefined && r.end !== undefined ? '?hl=' + r.start + '-' + r.end : '');
}

function credit(r) {
  return (r.outlet || r.article) + (r.published ? ', ' + r.published : '') + (r.evidence ? ': “' + r.evidence + '”' : '');
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
    b.board.map(i => el('tr', {}, el('th', {}, i.issue), sides.map(s => {
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
    ' ', r.reports.map(x => el('a', { class: 'source', href: evidenceHref(x), title: credit(x) }, x.outlet || x.article, x.outcome !== 'unknown' ? ' (' + x.outcome.replace('_', ' ') + ')' : '', ' ')))));
  if (!b.rounds.length) rounds.append(el('li', { class: 'muted' }, 'None reported.'));

  const changes = el('ul', { class: 'list', id: 'changes' }, b.changes.map(c => el('li', {},
    el('b', {}, c.date), ' ', names[c.side] || c.side, ' on ', c.issue, ': ',
    c.from.length ? c.from.map(x => el('span', { class: 'chip ' + x }, x)).concat(' → ') : 'first: ',
    c.to.map(x => el('span', { class: 'chip ' + x }, x)), ' ',
    el('a', { class: 'source', href: evidenceHref(c.shown_by), title: credit(c.shown_by) }, c.shown_by.outlet || c.shown_by.article))));
  if (!b.changes.length) changes.append(el('li', { class: 'muted' }, 'None.'));

  // Contradictions: the disagreeing reports side by side, each with its outlet and sentence.
  const conflicts = el('div', { id: 'conflicts' }, b.conflicts.map(c => el('div', { class: 'conflict' },
    el('p', {}, el('b', {}, c.date), ' ', names[c.side] || c.side, ' on ', c.issue),
    el('div', { class: 'side-by-side' }, c.reports.map(r => el('div', { class: 'account' },
      stanceChip(r, '', false), ' according to ', el('b', {}, r.outlet || r.article),
      el('blockquote', {}, r.evidence || ''), el('a', { href: evidenceHref(r) }, 'read in the article')))))));
  if (!b.conflicts.length) conflicts.append(el('p', { class: 'muted' }, 'No reports contradict each other.'));

  const mediators = b.mediators.map(m => m.name + ' ' + period(m.first, m.last)).join(', then ');
  const articles = el('ul', { class: 'list', id: 'board-articles' }, b.articles.map(a => el('li', {},
    articleLink(a.id, a.title || a.id), ' ', el('span', { class: 'muted' }, [a.published, a.outlet].filter(Boolean).join(' · ')))));
  show(el('h2', {}, 'Negotiations'), form,
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
    el('ul', { class: 'list', id: 'quotes' }, r.items.map(q => el('li', {}, quoted(q.text, q.direct), ' — ', el('b', {}, q.speaker_name || 'unknown speaker'), ' · ',
      articleLink(q.article_id, q.article_title || q.article_id, q.start_char + '-' + q.end_char), ' ', el('span', { class: 'muted' }, q.article_published || '')))));
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
api('/api/stats').then(s => { document.getElementById('stats').textContent = `${s.articles} articles · ${s.events} events · ${s.store}`; }).catch(() => {});
route();
