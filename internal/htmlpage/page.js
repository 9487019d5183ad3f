// The script of actorgraph's HTML page. It reads the graph from the JSON element
// #graph-data and finds the drawing's actors and relations by their ids: n0, n1, … for
// actors, e0, e1, … for relations (e0b for the second half of an edge drawn through its
// label, r0 for that label). Every name and sentence is shown with textContent or as a
// text node: nothing from the data is ever parsed as HTML.
(() => {
  'use strict';

  const data = JSON.parse(document.getElementById('graph-data').textContent);
  const view = document.getElementById('view');
  const svg = view.querySelector('svg');
  const search = document.getElementById('search');
  const results = document.getElementById('results');
  const panel = document.getElementById('panel');
  const filters = document.getElementById('filters');
  const typeOf = new Map(data.types.map((t) => [t.type, t]));
  const modalityOf = new Map(data.modalities.map((m) => [m.modality, m]));

  // el makes an element with properties and children; a string child becomes a text node.
  function el(tag, props, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(props || {})) {
      if (k === 'onclick') {
        e.addEventListener('click', v);
      } else {
        e[k] = v;
      }
    }
    for (const c of children) {
      if (c !== null && c !== undefined) {
        e.append(c);
      }
    }
    return e;
  }

  // The drawing's nodes and edges by id, read once: a query each would take seconds
  // on a drawing of thousands.
  const drawn = new Map();
  if (svg) {
    for (const g of svg.querySelectorAll('g[id]')) {
      drawn.set(g.id, g);
    }
  }
  const byId = (id) => drawn.get(id);

  // The drawing's elements of each actor and relation.
  const actorEls = data.actors.map((a, k) => byId('n' + k));
  const relationEls = data.relations.map((r, i) => ['e' + i, 'e' + i + 'b', 'r' + i].map(byId).filter((e) => e));
  const outOf = data.actors.map(() => []);
  const into = data.actors.map(() => []);
  data.relations.forEach((r, i) => {
    outOf[r.source].push(i);
    into[r.target].push(i);
  });

  // A wide transparent copy of each edge's line makes it easy to click.
  for (const els of relationEls) {
    for (const g of els) {
      if (g.classList.contains('edge')) {
        for (const p of g.querySelectorAll('path')) {
          const hit = p.cloneNode(false);
          hit.setAttribute('class', 'hit');
          p.after(hit);
        }
      }
    }
  }

  // fold turns a name into the key search compares: lower case, without diacritics,
  // with typographic quotes and dashes made plain and without a leading "the".
  const letterFolds = {
    'ł': 'l', 'ø': 'o', 'đ': 'd', 'ð': 'd', 'ı': 'i', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ħ': 'h', 'ß': 'ss',
    '\u2018': "'", '\u2019': "'", '\u02bc': "'", '\u201b': "'", '`': "'", '\u00b4': "'",
    '\u201c': '"', '\u201d': '"', '\u201e': '"',
    '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-',
  };
  const foldable = new RegExp('[' + Object.keys(letterFolds).join('') + ']', 'g');
  function fold(s) {
    return s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
      .replace(foldable, (c) => letterFolds[c])
      .replace(/\s+/g, ' ').trim().replace(/^the /, '');
  }

  // Each actor's search keys: its name, ID and aliases, folded.
  const keys = data.actors.map((a) => {
    const seen = new Set();
    const list = [];
    for (const text of [a.name, a.id, ...a.aliases]) {
      const key = fold(text);
      if (key && !seen.has(key)) {
        seen.add(key);
        list.push({ key, text });
      }
    }
    return list;
  });

  // find returns the actors whose keys hold the query, best first: a whole key, the
  // start of a key, the start of a word in it, anywhere; then by name.
  function find(query) {
    const q = fold(query);
    if (!q) {
      return [];
    }
    const found = [];
    keys.forEach((list, k) => {
      let best = null;
      for (const { key, text } of list) {
        const at = key.indexOf(q);
        if (at < 0) {
          continue;
        }
        const rank = key === q ? 0 : at === 0 ? 1 : key[at - 1] === ' ' ? 2 : 3;
        if (!best || rank < best.rank) {
          best = { k, rank, via: text };
        }
      }
      if (best) {
        found.push(best);
      }
    });
    const name = (f) => data.actors[f.k].name;
    found.sort((x, y) => x.rank - y.rank || (name(x) < name(y) ? -1 : name(x) > name(y) ? 1 : x.k - y.k));
    return found;
  }

  const maxResults = 12;

  function showResults() {
    results.replaceChildren();
    const q = search.value;
    if (!fold(q)) {
      results.hidden = true;
      return;
    }
    const found = find(q);
    for (const f of found.slice(0, maxResults)) {
      const a = data.actors[f.k];
      const via = f.via !== a.name ? el('span', { className: 'via' }, ' (' + f.via + ')') : null;
      const button = el('button', { type: 'button', onclick: () => selectActor(f.k, true) }, a.name, via,
        el('span', { className: 'via' }, ' \u00b7 ' + (a.kind || 'unknown')));
      button.dataset.actor = f.k;
      results.append(el('li', {}, button));
    }
    if (found.length === 0) {
      results.append(el('li', { className: 'none' }, 'No actor goes by that name.'));
    } else if (found.length > maxResults) {
      results.append(el('li', { className: 'none' }, (found.length - maxResults) + ' more: type more of the name.'));
    }
    results.hidden = false;
  }

  // The selection: one actor highlighted, and one actor or relation in the panel.
  let highlighted = null;
  let selected = [];

  function clearSelection() {
    if (highlighted) {
      highlighted.classList.remove('hl');
      highlighted = null;
    }
    for (const e of selected) {
      e.classList.remove('sel');
    }
    selected = [];
  }

  function centre(e) {
    const r = e.getBoundingClientRect();
    const v = view.getBoundingClientRect();
    view.scrollLeft += r.left + r.width / 2 - (v.left + v.width / 2);
    view.scrollTop += r.top + r.height / 2 - (v.top + v.height / 2);
  }

  function actorLink(k, text) {
    return el('button', { type: 'button', className: 'link', onclick: () => selectActor(k, true) }, text);
  }

  function refNode(ref) {
    return ref.actor === undefined ? ref.name : actorLink(ref.actor, ref.name);
  }

  function hidden(r) {
    return !typeOn.get(r.type) || !modalityOn.get(r.modality);
  }

  function relationItem(i, k) {
    const r = data.relations[i];
    const t = typeOf.get(r.type);
    const arrow = t && t.symmetric ? ' \u2194 ' : ' \u2192 ';
    const words = r.source === k ? [r.type + arrow, data.actors[r.target].name] : [data.actors[r.source].name, arrow + r.type];
    return el('li', {},
      el('button', { type: 'button', className: 'link relation', onclick: () => selectRelation(i, true) }, words.join('')),
      ' ', el('span', { className: 'modality' }, r.modality),
      hidden(r) ? el('span', { className: 'off-note' }, ' (hidden)') : null);
  }

  function selectActor(k, scroll) {
    clearSelection();
    const a = data.actors[k];
    const e = actorEls[k];
    if (e) {
      e.classList.add('hl');
      highlighted = e;
      if (scroll) {
        centre(e);
      }
    }
    const parts = [el('h2', {}, a.name), el('p', { className: 'meta' }, (a.kind || 'unknown kind') + ' \u00b7 ' + a.id +
      ' \u00b7 named ' + a.mentions + (a.mentions === 1 ? ' time' : ' times'))];
    if (a.country) {
      parts.push(el('p', {}, 'Country: ', refNode(a.country)));
    }
    parts.push(el('h3', {}, 'Aliases'), list(a.aliases.map((s) => el('li', {}, s)), 'none'));
    parts.push(el('h3', {}, 'Roles'), list(a.roles.map((r) => el('li', {}, r.title,
      r.of ? ' of ' : null, r.of ? refNode(r.of) : null,
      r.inferred ? el('span', { className: 'desc' }, ' (inferred: ' + r.inferred + ')') : null)), 'none'));
    parts.push(el('h3', {}, 'Relations out'), list(outOf[k].map((i) => relationItem(i, k)), 'none'));
    parts.push(el('h3', {}, 'Relations in'), list(into[k].map((i) => relationItem(i, k)), 'none'));
    panel.replaceChildren(...parts);
    panel.dataset.actor = k;
    delete panel.dataset.relation;
  }

  function list(items, empty) {
    return items.length ? el('ul', {}, ...items) : el('p', { className: 'desc' }, empty);
  }

  function selectRelation(i, scroll) {
    clearSelection();
    const r = data.relations[i];
    selected = relationEls[i];
    for (const e of selected) {
      e.classList.add('sel');
    }
    if (scroll && selected.length) {
      centre(selected[0]);
    }
    const t = typeOf.get(r.type);
    const m = modalityOf.get(r.modality);
    const parts = [
      el('h2', {}, actorLink(r.source, data.actors[r.source].name), ' ' + r.type + (t && t.symmetric ? ' \u2194 ' : ' \u2192 '),
        actorLink(r.target, data.actors[r.target].name)),
      el('p', { className: 'meta' }, el('span', { className: 'modality' }, r.modality), ' ' + (m ? m.description : '')),
      el('p', { className: 'desc' }, t ? t.description : '', r.inferred ? ' \u00b7 inferred: the text does not state it' : ''),
      el('h3', {}, 'Evidence (' + r.evidence.length + ')'),
    ];
    const items = r.evidence.map((ev) => el('li', {},
      el('blockquote', {}, ev.before, ev.words ? el('mark', {}, ev.words) : null, ev.after),
      el('div', { className: 'doc' }, (ev.doc || 'document') + ', sentence ' + (ev.sentence + 1) + ' \u00b7 rule ' + ev.rule)));
    parts.push(items.length ? el('ol', {}, ...items) : el('p', { className: 'desc' }, 'none kept'));
    panel.replaceChildren(...parts);
    panel.dataset.relation = i;
    delete panel.dataset.actor;
  }

  // Filters: a check box per relation type and per modality the drawing has, which
  // hides or shows their edges; with the kinds, they are the legend.
  const typeOn = new Map(data.types.map((t) => [t.type, true]));
  const modalityOn = new Map(data.modalities.map((m) => [m.modality, true]));

  function applyFilters() {
    data.relations.forEach((r, i) => {
      const off = hidden(r);
      for (const e of relationEls[i]) {
        e.classList.toggle('off', off);
      }
    });
  }

  function checkbox(on, key, name, swatch, desc) {
    const input = el('input', { type: 'checkbox', checked: true, value: name });
    input.addEventListener('change', () => {
      on.set(key, input.checked);
      applyFilters();
    });
    return el('label', { title: desc }, input, swatch, name);
  }

  function buildFilters() {
    const types = el('fieldset', { id: 'filter-types' }, el('legend', {}, 'Relation types'));
    for (const t of data.types) {
      const swatch = el('span', { className: 'swatch' });
      swatch.style.borderTopColor = t.colour;
      types.append(checkbox(typeOn, t.type, t.type, swatch, t.description));
    }
    const modalities = el('fieldset', { id: 'filter-modalities' }, el('legend', {}, 'Modalities'));
    for (const m of data.modalities) {
      modalities.append(checkbox(modalityOn, m.modality, m.modality, el('span', { className: 'swatch ' + m.line }), m.description));
    }
    const kinds = el('fieldset', { id: 'legend-kinds' }, el('legend', {}, 'Actors'));
    for (const k of data.kinds) {
      kinds.append(el('label', {}, el('span', { className: 'shape ' + k.shape }), k.kind));
    }
    const notes = el('p', { className: 'desc' }, 'Lighter lines are inferred; relations with no arrowhead are symmetric.');
    filters.replaceChildren(...[types, modalities].filter((f) => f.children.length > 1), kinds, notes);
  }

  // Zoom: the drawing's size in points times a factor.
  const natural = svg ? { w: parseFloat(svg.getAttribute('width')), h: parseFloat(svg.getAttribute('height')) } : null;
  let zoom = 1;

  function setZoom(z) {
    if (!natural || !(natural.w > 0 && natural.h > 0)) {
      return;
    }
    zoom = Math.min(4, Math.max(0.05, z));
    svg.setAttribute('width', natural.w * zoom + 'pt');
    svg.setAttribute('height', natural.h * zoom + 'pt');
  }

  function fitZoom() {
    const pt = 4 / 3; // CSS pixels a point
    return natural ? Math.min(view.clientWidth / (natural.w * pt), view.clientHeight / (natural.h * pt)) : 1;
  }

  function clearAll() {
    search.value = '';
    results.replaceChildren();
    results.hidden = true;
    clearSelection();
    panel.replaceChildren(el('p', { className: 'hint' }, 'Click an actor or a relation, or find an actor by name.'));
    delete panel.dataset.actor;
    delete panel.dataset.relation;
  }

  search.addEventListener('input', showResults);
  search.addEventListener('keydown', (ev) => {
    const first = results.querySelector('button');
    if (ev.key === 'Enter' && first) {
      ev.preventDefault();
      first.click();
    } else if (ev.key === 'ArrowDown' && first) {
      ev.preventDefault();
      first.focus();
    }
  });
  results.addEventListener('keydown', (ev) => {
    const li = ev.target.closest('li');
    if (ev.key === 'ArrowDown' || ev.key === 'ArrowUp') {
      ev.preventDefault();
      const next = ev.key === 'ArrowDown' ? li.nextElementSibling : li.previousElementSibling;
      const b = next && next.querySelector('button');
      (b || search).focus();
    }
  });
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape') {
      clearAll();
    } else if (ev.target.tagName !== 'INPUT' && (ev.key === '+' || ev.key === '=' || ev.key === '-')) {
      setZoom(zoom * (ev.key === '-' ? 0.8 : 1.25));
    }
  });
  if (svg) {
    svg.addEventListener('click', (ev) => {
      const g = ev.target.closest('g.node, g.edge');
      const m = g && /^([ner])(\d+)b?$/.exec(g.id);
      if (!m) {
        return;
      }
      if (m[1] === 'n') {
        selectActor(Number(m[2]), false);
      } else {
        selectRelation(Number(m[2]), false);
      }
    });
  }
  document.getElementById('zoom-in').addEventListener('click', () => setZoom(zoom * 1.25));
  document.getElementById('zoom-out').addEventListener('click', () => setZoom(zoom * 0.8));
  document.getElementById('zoom-fit').addEventListener('click', () => setZoom(fitZoom()));

  buildFilters();
  // Start by fitting the drawing to the window, but never below 40%: a large drawing
  // starts readable, and the search box finds what is out of sight.
  setZoom(Math.min(1, Math.max(0.4, fitZoom())));
  document.body.dataset.ready = 'true';
})();
