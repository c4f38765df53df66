/* Reactivator dashboard: builds the tabs from the JSON data blocks of this page: the analysis.json
 * document (bounded to the customers the page shows; keys as in docs/analysis-json.md), the view-only
 * block (language, display limits, labels, the call-list words by customer index) and the texts.
 * Every data string is put into the DOM with textContent (never innerHTML); chart tooltips that show
 * data are DOM elements built the same way. Charts are created when their tab is first shown. */
(function () {
  'use strict';

  var T = JSON.parse(document.getElementById('rx-texts').textContent);
  var D = JSON.parse(document.getElementById('rx-data').textContent);

  // texts shared by a group are written once (analysis.json schema 2) and filled here per customer
  var CHAINS = {};
  (D.executiveSummary.chains || []).forEach(function (c) { if (!CHAINS[c.key]) { CHAINS[c.key] = c; } });
  function explanationOf(c) {
    var k = c.sales.explanationKey, all = (D.texts && D.texts.explanations) || {};
    return Object.prototype.hasOwnProperty.call(all, k) ? all[k] : k;
  }
  function firstMessageOf(c) {
    var chain = c.messages && CHAINS[c.messages.chain];
    if (!chain) { return null; }
    var values = { name: c.name !== undefined ? c.name : c.pseudonym, product: c.messages.product };
    return chain.firstTouch.replace(/\{([A-Za-z_]+)\}/g, function (m, k) {
      return Object.prototype.hasOwnProperty.call(values, k) ? values[k] : m;
    });
  }
  var V = JSON.parse(document.getElementById('rx-view').textContent);
  /** The run block: the files written beside the page and, on a protected page, the encrypted contacts. */
  var R = JSON.parse(document.getElementById('rx-run').textContent);
  var LOCK = R.lock || null;
  /** The segment CSVs embedded in a page rendered without them beside it, by file name. */
  var FILES = JSON.parse(document.getElementById('rx-files').textContent);
  var FILE_URLS = {};
  /** The in-browser download of an embedded file (made once, on first use). */
  function fileUrl(name) {
    if (!own(FILE_URLS, name)) {
      FILE_URLS[name] = URL.createObjectURL(new Blob([FILES[name]], { type: 'text/csv;charset=utf-8' }));
    }
    return FILE_URLS[name];
  }
  var locked = !!LOCK;
  var LANG = V.locale === 'en' ? 'en' : 'ru';
  var CUR = V.currencySymbol || '₽';
  var NUM = new Intl.NumberFormat(LANG === 'en' ? 'en-US' : 'ru-RU', { maximumFractionDigits: 0 });
  var NUM1 = new Intl.NumberFormat(LANG === 'en' ? 'en-US' : 'ru-RU', { maximumFractionDigits: 1, minimumFractionDigits: 1 });
  var NUM2 = new Intl.NumberFormat(LANG === 'en' ? 'en-US' : 'ru-RU', { maximumFractionDigits: 2 });
  var NUM3 = new Intl.NumberFormat(LANG === 'en' ? 'en-US' : 'ru-RU', { maximumFractionDigits: 3, minimumFractionDigits: 3 });
  var NBSP = '\u00a0';
  var C = {
    blue: '#2563eb', green: '#16a34a', dgreen: '#166534', red: '#dc2626', orange: '#f59e0b',
    yellow: '#eab308', gray: '#9ca3af', teal: '#0d9488', purple: '#7c3aed', navy: '#1e3a8a', lgreen: '#4ade80'
  };
  var PALETTE = [C.blue, C.green, C.orange, C.purple, C.teal, C.red, C.navy, C.yellow, C.gray];

  // ------------------------------------------------------------------ helpers

  function t(key, vars) {
    var s = Object.prototype.hasOwnProperty.call(T, key) ? T[key] : key;
    s = s.split('{cur}').join(CUR);
    if (vars) {
      Object.keys(vars).forEach(function (k) { s = s.split('{' + k + '}').join(String(vars[k])); });
    }
    return s;
  }
  function has(key) { return Object.prototype.hasOwnProperty.call(T, key); }
  function own(o, key) { return o !== undefined && Object.prototype.hasOwnProperty.call(o, key); }
  function isNum(v) { return typeof v === 'number' && isFinite(v); }
  /** The texts name enum constants: a document key {@code risk-zone} is {@code RISK_ZONE} there. */
  function constant(key) { return String(key).toUpperCase().replace(/-/g, '_'); }
  /** The label of a sales key ({@code channels}, {@code tones}, {@code forecast}, {@code priorities}), else the key. */
  function label(kind, key) { return own(V.labels[kind], key) ? V.labels[kind][key] : key; }
  /** The one label of a shared customer group by its glossary key ({@code rfm/champions}, {@code at-risk}…), else the key. */
  function gl(key) { return label('glossary', key); }
  /** A lifecycle stage's label; its at-risk stage is the glossary's customers at risk of churn. */
  function stageLabel(key) { return key === 'at-risk' ? gl('at-risk') : t('stage.' + key); }

  // ------------------------------------------------------------------ the document's customers and segments

  var SEGMENTS = {}, CUSTOMERS = {};
  D.segments.forEach(function (s) { SEGMENTS[s.key] = s; });
  D.customers.forEach(function (c) { CUSTOMERS[c.index] = c; });
  function customer(index) { return CUSTOMERS[index]; }
  function nameOf(c) { return c.name !== undefined ? c.name : c.pseudonym; }
  function contactOf(c) { return locked ? '🔒' : c.phones.concat(c.emails).join(', '); }
  /** Phones (readable +7 form for Russian numbers) and e-mails, one per line. */
  function contactLines(c) {
    if (locked) { return ['🔒']; }
    return c.phones.map(phone).concat(c.emails);
  }
  function phone(p) {
    return /^7\d{10}$/.test(p) ? '+7 ' + p.substr(1, 3) + ' ' + p.substr(4, 3) + '-' + p.substr(7, 2) + '-' + p.substr(9) : p;
  }
  /** The members of a segment in the file (the page's document lists only the first ones it shows). */
  function sizeOf(segKey) { var s = SEGMENTS[segKey]; return s ? s.size : 0; }
  /** The embedded customers of a segment, in its order, at most {@code limit}. */
  function members(segKey, limit) {
    var s = SEGMENTS[segKey];
    return s ? s.customers.slice(0, limit).map(customer) : [];
  }
  function money(v) { return isNum(v) ? NUM.format(Math.round(v)) + NBSP + CUR : '—'; }
  function signedMoney(v) { return isNum(v) ? (v > 0 ? '+' : v < 0 ? '−' : '') + money(Math.abs(v)) : '—'; }
  function int(v) { return isNum(v) ? NUM.format(Math.round(v)) : '—'; }
  function pct(v) { return isNum(v) ? NUM1.format(100 * v) + NBSP + '%' : '—'; }
  function pct0(v) { return isNum(v) ? NUM.format(100 * v) + NBSP + '%' : '—'; }
  function shortMoney(v) {
    if (!isNum(v)) { return '—'; }
    var a = Math.abs(v), sign = v < 0 ? '−' : '';
    if (a >= 1e9) { return sign + NUM1.format(a / 1e9) + NBSP + t('unit.bn'); }
    if (a >= 1e6) { return sign + NUM1.format(a / 1e6) + NBSP + t('unit.mln'); }
    if (a >= 1e3) { return sign + NUM1.format(a / 1e3) + NBSP + t('unit.thousand'); }
    return sign + NUM.format(a) + NBSP + CUR;
  }
  function date(iso) {
    if (!iso) { return '—'; }
    var p = iso.split('-');
    return LANG === 'en' ? iso : p[2] + '.' + p[1] + '.' + p[0];
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    return e;
  }
  function tip(title, lines) {
    var box = el('div');
    if (title) { box.appendChild(el('div', null, title)).style.fontWeight = '600'; }
    lines.forEach(function (l) { box.appendChild(el('div', null, l)); });
    return box;
  }
  function absence(key) {
    for (var i = 0; i < D.absences.length; i++) {
      var a = D.absences[i];
      if (a.widget === key) {
        if (a.missingColumn) { return t('absent.column', { column: t('field.' + constant(a.missingColumn)) }); }
        return has('absent.' + key) ? t('absent.' + key) : a.reason;
      }
    }
    return null;
  }
  /** The notes for the absent parts whose keys start with {@code prefix}: one line for all missing columns. */
  function absencesWithPrefix(prefix) {
    var parts = D.absences.filter(function (a) { return a.widget.indexOf(prefix) === 0; });
    var columns = [], out = [];
    parts.forEach(function (a) {
      if (a.missingColumn) {
        var c = '«' + t('field.' + constant(a.missingColumn)) + '»';
        if (columns.indexOf(c) < 0) { columns.push(c); }
      } else {
        out.push(absence(a.widget));
      }
    });
    if (columns.length === 1) { out.unshift(t('absent.column', { column: columns[0].slice(1, -1) })); }
    if (columns.length > 1) { out.unshift(t('absent.columns', { columns: columns.join(', ') })); }
    return out;
  }

  // ------------------------------------------------------------------ charts registry

  var charts = [];
  var active = null;

  function chart(parent, tab, option, cls) {
    var div = el('div', 'chart' + (cls ? ' ' + cls : ''));
    parent.appendChild(div);
    var entry = { el: div, tab: tab, option: option, instance: null };
    charts.push(entry);
    return entry;
  }
  function initCharts(tab) {
    charts.forEach(function (c) {
      if (c.tab !== tab) { return; }
      if (!c.instance) {
        c.instance = echarts.init(c.el, null, { renderer: 'canvas' });
        c.instance.setOption(base(c.option()));
        c.el.setAttribute('data-chart-ready', 'true');
      } else {
        c.instance.resize();
      }
    });
  }
  function refresh(entry) {
    if (entry.instance) { entry.instance.setOption(base(entry.option()), true); }
  }
  function base(o) {
    o.animation = false;
    o.color = o.color || PALETTE;
    o.textStyle = { fontFamily: 'inherit' };
    if (o.tooltip === undefined) { o.tooltip = { confine: true }; }
    if (o.tooltip) { o.tooltip.confine = true; }
    return o;
  }
  window.addEventListener('resize', function () {
    charts.forEach(function (c) { if (c.instance && c.tab === active) { c.instance.resize(); } });
  });

  /** The smallest 1, 2, 2.5 or 5 × 10^k at or above {@code x}: a round axis end. */
  function nice(x) {
    if (!(x > 0)) { return 1; }
    var p = Math.pow(10, Math.floor(Math.log10(x))), m = x / p;
    return (m <= 1 ? 1 : m <= 2 ? 2 : m <= 2.5 ? 2.5 : m <= 5 ? 5 : 10) * p;
  }
  var axisMoney = { formatter: function (v) { return shortMoney(v); } };
  function grid(extra) {
    var g = { left: 12, right: 24, top: 36, bottom: 12, containLabel: true };
    Object.keys(extra || {}).forEach(function (k) { g[k] = extra[k]; });
    return g;
  }

  /** A waterfall: steps of {label, value, total, color}; totals start at zero, deltas float. */
  function waterfall(steps) {
    var level = 0, hidden = [], shown = [];
    steps.forEach(function (s) {
      if (s.total) {
        hidden.push(0);
        shown.push({ value: s.value, itemStyle: { color: s.color }, raw: s.value });
        level = s.value;
      } else {
        var from = level, to = level + s.value;
        hidden.push(Math.min(from, to));
        shown.push({ value: Math.abs(s.value), itemStyle: { color: s.color }, raw: s.value });
        level = to;
      }
    });
    return {
      grid: grid({ top: 40 }),
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' },
        formatter: function (ps) {
          var p = ps[ps.length - 1];
          return tip(p.name, [steps[p.dataIndex].total ? money(p.data.raw) : signedMoney(p.data.raw)]);
        } },
      xAxis: { type: 'category', data: steps.map(function (s) { return s.label; }),
        axisLabel: { interval: 0, lineHeight: 15, formatter: function (v) { return v.replace(' ', '\n'); } } },
      yAxis: { type: 'value', axisLabel: axisMoney },
      series: [
        { type: 'bar', stack: 'w', data: hidden, itemStyle: { color: 'transparent' }, emphasis: { disabled: true }, silent: true },
        { type: 'bar', stack: 'w', data: shown, barMaxWidth: 70,
          label: { show: true, position: 'top', formatter: function (p) {
            return steps[p.dataIndex].total ? shortMoney(p.data.raw) : (p.data.raw >= 0 ? '+' : '') + shortMoney(p.data.raw);
          } } }
      ]
    };
  }

  // ------------------------------------------------------------------ widgets

  function kpis(parent, items) {
    var box = el('div', 'kpis');
    items.forEach(function (k) {
      var card = el('div', 'kpi' + (k.tone ? ' ' + k.tone : ''));
      card.appendChild(el('div', 'label', k.label));
      var v = card.appendChild(el('div', 'value', k.value));
      v.title = k.value;
      if (k.note) { card.appendChild(el('div', 'note', k.note)); }
      if (k.id) { card.setAttribute('data-kpi', k.id); }
      box.appendChild(card);
    });
    parent.appendChild(box);
  }

  function widget(parent, id, opts) {
    opts = opts || {};
    var w = el('div', 'widget' + (opts.wide ? ' wide' : ''));
    w.setAttribute('data-widget', id);
    var h = el('h2');
    var key = opts.key || id;
    h.appendChild(el('span', null, t('w.' + key + '.title')));
    if (opts.badge) { h.appendChild(el('span', 'badge' + (opts.badgeTone ? ' ' + opts.badgeTone : ''), opts.badge)); }
    w.appendChild(h);
    w.appendChild(el('p', 'how', t('w.' + key + '.how')));
    if (has('w.' + key + '.more')) {
      var det = el('details', 'more');
      det.appendChild(el('summary', null, t('ui.howToRead')));
      var ul = el('ul');
      t('w.' + key + '.more').split('|').forEach(function (line) { ul.appendChild(el('li', null, line.trim())); });
      det.appendChild(ul);
      w.appendChild(det);
    }
    parent.appendChild(w);
    return w;
  }
  function absent(parent, id, reason, opts) {
    var w = widget(parent, id, opts);
    w.setAttribute('data-absent', 'true');
    var box = el('div', 'absent');
    box.appendChild(el('b', null, t('ui.absent')));
    box.appendChild(document.createTextNode(reason));
    w.appendChild(box);
    return w;
  }
  /** How churn is computed: the purchase model, and the supervised layer when it was chosen. */
  function modelNote(parent) {
    var m = D.model;
    if (!m) { return; }
    var kinds = { 'bg-nbd': 'BG/NBD', 'mbg-nbd': 'MBG/NBD', 'pareto-nbd': 'Pareto/NBD', 'empirical': t('model.empirical') };
    var s = m.supervised;
    var vars = { kind: kinds[m.purchaseModel.kind] || m.purchaseModel.kind };
    var key = 'model.how.notTrained';
    if (s && s.trained) {
      vars.customers = int(s.validationCustomers);
      vars.sup = NUM3.format(s.validation.supervised.logLoss);
      vars.btyd = NUM3.format(s.validation.btyd.logLoss);
      vars.supAuc = NUM3.format(s.validation.supervised.auc);
      vars.btydAuc = NUM3.format(s.validation.btyd.auc);
      key = s.chosen ? 'model.how.supervised' : 'model.how.notChosen';
    }
    parent.appendChild(el('p', 'how', t(key, vars)));
  }
  function note(parent, text) {
    var box = el('div', 'absent');
    box.appendChild(document.createTextNode(text));
    box.style.marginTop = '8px';
    parent.appendChild(box);
    return box;
  }
  /**
   * The note of a widget that changed meaning without purchase dates (cohorts and LTV in
   * active-span mode, the product matrix counting co-purchases): what it shows instead, naming the
   * column that turns the exact form on.
   */
  function modeNote(parent, key) {
    note(parent, t(key, { column: t('field.PURCHASE_DATE') })).setAttribute('data-mode-note', key);
  }

  /**
   * The CSV link of a segment; {@code count} is its size as the widget reports it. The link points
   * at the file beside the page, else at the embedded copy; a segment whose file is in neither place
   * gets a note saying how to get it instead of a link.
   */
  function download(segKey, text, count) {
    var s = SEGMENTS[segKey];
    var label = '⬇ ' + text + ' · ' + int(count);
    var present = s && s.file !== undefined && count > 0;
    if (present && !R.segmentFiles && !own(FILES, s.file)) {
      var missing = el('span', 'dl missing', label + ' — ' + t('ui.notIncluded'));
      missing.setAttribute('data-segment', segKey);
      missing.setAttribute('data-missing', s.file);
      missing.title = t('ui.notIncludedHow');
      return missing;
    }
    var a = el('a', 'dl', label);
    a.setAttribute('data-segment', segKey);
    if (present && R.segmentFiles) {
      a.href = s.file;
      a.setAttribute('download', '');
      a.title = t('ui.downloadCsv');
    } else if (present) {
      a.href = fileUrl(s.file);
      a.setAttribute('download', s.file.substring(s.file.lastIndexOf('/') + 1));
      a.setAttribute('data-embedded', s.file);
      a.title = t('ui.embeddedCsv');
    } else {
      a.className = 'dl disabled';
      a.setAttribute('aria-disabled', 'true');
      a.title = t('ui.emptySegment');
    }
    return a;
  }
  /**
   * The label of a list cut to the page's limit, "first N of M — full list in FILE", when FILE is
   * beside the page or embedded in it; otherwise the same count and how to get the file. Nothing
   * when the list is whole. {@code key} is the text's key ({@code list.firstOf} or
   * {@code rfm.bubblesOf}); its {@code …Missing} twin is the text without the file.
   */
  function cutNote(parent, id, key, shown, total, file) {
    if (shown >= total) { return; }
    var have = R.exports.indexOf(file) >= 0 || own(FILES, file) || (R.segmentFiles && file.indexOf('segments/') === 0);
    var p = el('p', 'muted cut', t(have ? key : key + 'Missing', { n: int(shown), m: int(total), file: file }));
    p.setAttribute('data-cut', id);
    p.setAttribute('data-shown', String(shown));
    p.setAttribute('data-total', String(total));
    parent.appendChild(p);
  }
  /** The file of a segment, as the CSV renderer names it. */
  function segmentFile(segKey) {
    var s = SEGMENTS[segKey];
    return s && s.file !== undefined ? s.file : 'segments/' + segKey + '.csv';
  }
  function downloads(parent, items) {
    var box = el('div', 'downloads');
    items.forEach(function (i) { box.appendChild(download(i.segment, i.label, i.count)); });
    parent.appendChild(box);
  }

  /** A table with sorting (click a header) and paging; columns {key, label, num, fmt, render, cls}. */
  function table(parent, id, columns, rows, opts) {
    opts = opts || {};
    var size = opts.pageSize || 15, page = 0, sortKey = opts.sortKey || null, dir = opts.dir || 1;
    var wrap = el('div', 'table-wrap');
    var tbl = el('table', 'data');
    tbl.setAttribute('data-table', id);
    var thead = el('thead'), tbody = el('tbody'), htr = el('tr');
    columns.forEach(function (c) {
      var th = el('th', c.num ? 'num' : '', c.label);
      th.addEventListener('click', function () {
        if (sortKey === c.key) { dir = -dir; } else { sortKey = c.key; dir = c.num ? -1 : 1; }
        page = 0; draw();
      });
      c.th = th;
      htr.appendChild(th);
    });
    thead.appendChild(htr);
    tbl.appendChild(thead); tbl.appendChild(tbody); wrap.appendChild(tbl); parent.appendChild(wrap);
    var pager = el('div', 'pager');
    var prev = el('button', null, '‹'), next = el('button', null, '›'), info = el('span');
    prev.type = 'button'; next.type = 'button';
    prev.setAttribute('aria-label', t('ui.prev')); next.setAttribute('aria-label', t('ui.next'));
    prev.addEventListener('click', function () { if (page > 0) { page--; draw(); } });
    next.addEventListener('click', function () { page++; draw(); });
    pager.appendChild(prev); pager.appendChild(info); pager.appendChild(next);
    parent.appendChild(pager);
    function cell(r, c) { return c.get ? c.get(r) : r[c.key]; }
    function value(r, c) { return c.sortValue ? c.sortValue(r) : cell(r, c); }
    function draw() {
      var data = rows.slice();
      if (sortKey) {
        var col = columns.filter(function (c) { return c.key === sortKey; })[0];
        data.sort(function (x, y) {
          var a = value(x, col), b = value(y, col);
          if (a === null || a === undefined) { return 1; }
          if (b === null || b === undefined) { return -1; }
          if (typeof a === 'number' && typeof b === 'number') { return dir * (a - b); }
          return dir * String(a).localeCompare(String(b), LANG);
        });
      }
      var pages = Math.max(1, Math.ceil(data.length / size));
      if (page >= pages) { page = pages - 1; }
      columns.forEach(function (c) {
        c.th.className = (c.num ? 'num ' : '') + (c.key === sortKey ? (dir > 0 ? 'sorted-asc' : 'sorted-desc') : '');
      });
      while (tbody.firstChild) { tbody.removeChild(tbody.firstChild); }
      data.slice(page * size, page * size + size).forEach(function (r) {
        var tr = el('tr');
        columns.forEach(function (c) {
          var td = el('td', (c.num ? 'num' : '') + (c.cls ? ' ' + c.cls : ''));
          if (c.render) {
            var node = c.render(r);
            if (node) { td.appendChild(node); }
          } else {
            var v = cell(r, c);
            td.textContent = c.fmt ? c.fmt(v, r) : (v === null || v === undefined ? '' : String(v));
          }
          tr.appendChild(td);
        });
        tbody.appendChild(tr);
      });
      if (data.length === 0) {
        var tr0 = el('tr'), td0 = el('td', 'muted', t('ui.noRows'));
        td0.colSpan = columns.length; tr0.appendChild(td0); tbody.appendChild(tr0);
      }
      info.textContent = t('ui.page', { page: page + 1, pages: pages, rows: int(data.length) });
      prev.disabled = page === 0;
      next.disabled = page >= pages - 1;
    }
    draw();
    /** Shows other rows (a filtered list) from the first page, keeping the sort. */
    tbl.setRows = function (r) { rows = r; page = 0; draw(); };
    return tbl;
  }

  /** Columns over rows {@code {customer, group}}, the customer as in the document's {@code customers}. */
  function customerColumns(extra) {
    var cols = [
      { key: 'name', label: t('col.customer'), cls: 'who', get: function (r) { return nameOf(r.customer); } },
      { key: 'contact', label: t('col.contact'), get: function (r) { return contactOf(r.customer); } },
      { key: 'ltv', label: t('col.ltv'), num: true, fmt: money, get: function (r) { return r.customer.historicalLtv; } },
      { key: 'purchases', label: t('col.purchases'), num: true, fmt: int, get: function (r) { return r.customer.purchases; } },
      { key: 'lastPurchase', label: t('col.lastPurchase'), fmt: date, get: function (r) { return r.customer.lastPurchase; } },
      { key: 'daysIdle', label: t('col.daysIdle'), num: true, fmt: int, get: function (r) { return r.customer.timing.daysSinceLast; } },
      { key: 'churn', label: t('col.churn'), num: true, fmt: pct, get: function (r) { return r.customer.churnProbability; } },
      { key: 'returnProbability', label: t('col.return', { days: int(D.horizonDays) }), num: true, fmt: pct, get: function (r) { return r.customer.returnProbability; } }
    ];
    return (extra || []).concat(cols);
  }

  // ------------------------------------------------------------------ Обзор

  function overview(tab) {
    var o = D.overview;
    var h = o.health;
    kpis(tab, [
      { id: 'transactions', label: t('kpi.transactions'), value: int(o.transactions), note: t('kpi.customersNote', { n: int(o.uniqueCustomers) }) },
      { id: 'health', label: t('kpi.health'), value: pct0(h.score / 100), tone: h.alarm ? 'red' : 'green',
        note: h.alarm ? t('kpi.healthAlarm') : t('kpi.healthOk') },
      { id: 'risk', label: gl('structure/risk-zone'), value: pct(o.atRisk.share), tone: 'orange', note: t('kpi.customersCount', { n: int(o.atRisk.customers) }) },
      { id: 'churn', label: gl('structure/critical-churn'), value: pct(o.criticalChurn.share), tone: 'red', note: t('kpi.customersCount', { n: int(o.criticalChurn.customers) }) },
      { id: 'revenue-at-risk', label: t('kpi.revenueAtRisk'), value: money(o.revenueAtRisk.total), tone: 'red', note: t('kpi.revenueAtRiskNote') }
    ]);
    var g = tab.appendChild(el('div', 'grid'));

    var w = widget(g, 'health', { badge: pct0(h.score / 100), badgeTone: h.alarm ? 'red' : 'green' });
    chart(w, 'overview', function () {
      return {
        grid: grid({ right: 48 }),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } , formatter: function (ps) { return tip(ps[0].name, [pct0(ps[0].value / 100)]); } },
        xAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
        yAxis: { type: 'category', inverse: true, data: [t('health.score'), t('health.activity'), t('health.repeatRate'), t('health.retention')] },
        series: [{ type: 'bar', barMaxWidth: 26,
          data: [h.score / 100, h.activity, h.repeatRate, h.retention].map(function (v, i) {
            return { value: 100 * v, itemStyle: { color: i === 0 ? (h.alarm ? C.red : C.green) : C.blue } };
          }),
          label: { show: true, position: 'right', formatter: function (p) { return NUM.format(p.value) + ' %'; } },
          markLine: { silent: true, symbol: 'none', lineStyle: { color: C.red, type: 'dashed' }, label: { formatter: '50 %' }, data: [{ xAxis: 50 }] } }]
      };
    });

    w = widget(g, 'revenueAtRisk', { badge: money(o.revenueAtRisk.total), badgeTone: 'red' });
    var bucketColors = { low: C.green, medium: C.yellow, high: C.orange, critical: C.red };
    chart(w, 'overview', function () {
      var b = o.revenueAtRisk.buckets;
      return {
        grid: grid(),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          var x = b[ps[0].dataIndex];
          return tip(ps[0].name, [t('tip.atRisk') + ': ' + money(x.revenueAtRisk), t('tip.revenueBase') + ': ' + money(x.revenueBase),
            t('tip.customers') + ': ' + int(x.customers)]);
        } },
        xAxis: { type: 'category', data: b.map(function (x) { return gl('risk/' + x.level); }), axisLabel: { interval: 0, lineHeight: 15 } },
        yAxis: { type: 'value', axisLabel: axisMoney },
        series: [{ type: 'bar', barMaxWidth: 64, data: b.map(function (x) { return { value: x.revenueAtRisk, itemStyle: { color: bucketColors[x.level] } }; }),
          label: { show: true, position: 'top', formatter: function (p) { return shortMoney(p.value); } } }]
      };
    });
    downloads(w, o.revenueAtRisk.buckets.map(function (x) { return { segment: 'risk/' + x.level, label: gl('risk/' + x.level), count: x.customers }; }));
    modelNote(w);

    w = widget(g, 'top5');
    if (o.topToSave.length === 0) {
      note(w, t('absent.top5'));
    } else {
      var ul = w.appendChild(el('ol', 'top5'));
      o.topToSave.forEach(function (c, i) {
        var li = el('li');
        li.appendChild(el('span', 'n', i + 1));
        var who = el('div');
        who.appendChild(el('div', 'who', nameOf(customer(c.customer))));
        who.appendChild(el('div', 'meta', t('top5.idle', { date: date(c.lastPurchase), days: int(c.daysIdle) })));
        li.appendChild(who);
        var m = el('div', 'money');
        m.appendChild(el('div', null, money(c.ltv)));
        m.appendChild(el('div', 'meta', t('top5.risk', { risk: NUM1.format(c.riskPercent) + NBSP + '%' })));
        li.appendChild(m);
        ul.appendChild(li);
      });
    }
    downloads(w, [{ segment: 'vip/vip-at-risk', label: gl('vip/vip-at-risk'), count: sizeOf('vip/vip-at-risk') }]);

    var n = o.nrr;
    w = widget(g, 'nrr', { badge: !isNum(n.nrrPercent) ? '—' : 'NRR ' + NUM1.format(n.nrrPercent) + NBSP + '%',
      badgeTone: isNum(n.nrrPercent) && n.nrrPercent >= 100 ? 'green' : 'red' });
    chart(w, 'overview', function () {
      return waterfall([
        { label: t('nrr.current'), value: n.currentBase, total: true, color: C.blue },
        { label: t('nrr.expansion'), value: n.expansion, color: C.green },
        { label: t('nrr.contraction'), value: -n.contraction, color: C.orange },
        { label: t('nrr.churn'), value: -n.churn, color: C.red },
        { label: t('nrr.projected'), value: n.projected, total: true, color: C.dgreen }
      ]);
    });
    var facts = w.appendChild(el('div', 'roi-out four'));
    [[t('nrr.expansion'), signedMoney(n.expansion)], [t('nrr.contraction'), signedMoney(-n.contraction)], [t('nrr.churn'), signedMoney(-n.churn)],
      ['Projected NRR', !isNum(n.nrrPercent) ? '—' : NUM1.format(n.nrrPercent) + NBSP + '%']]
      .forEach(function (f) { var d = el('div'); d.appendChild(el('div', 'label', f[0])); d.appendChild(el('div', 'value', f[1])); facts.appendChild(d); });
    if (n.currentBaseEstimated) { note(w, t('nrr.estimated')); }

    w = widget(g, 'structure', { wide: true });
    var structColors = { 'active': C.green, 'risk-zone': C.orange, 'critical-churn': C.red };
    chart(w, 'overview', function () {
      var s = o.riskStructure;
      return {
        grid: grid({ top: 44 }),
        legend: { top: 0, data: [t('tip.customers'), t('tip.revenue')] },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          var x = s[ps[0].dataIndex];
          return tip(ps[0].name, [t('tip.customers') + ': ' + int(x.customers) + ' (' + pct(x.customers / Math.max(1, o.uniqueCustomers)) + ')', t('tip.revenue') + ': ' + money(x.revenue)]);
        } },
        xAxis: { type: 'category', data: s.map(function (x) { return gl('structure/' + x.key); }) },
        yAxis: [{ type: 'value', name: t('tip.customers') }, { type: 'value', axisLabel: axisMoney, splitLine: { show: false } }],
        series: [
          { name: t('tip.customers'), type: 'bar', barMaxWidth: 60, data: s.map(function (x) { return { value: x.customers, itemStyle: { color: structColors[x.key] || C.blue } }; }),
            label: { show: true, position: 'top', formatter: function (p) { return int(p.value); } } },
          { name: t('tip.revenue'), type: 'bar', yAxisIndex: 1, barMaxWidth: 60, itemStyle: { color: '#93c5fd' }, data: s.map(function (x) { return x.revenue; }),
            label: { show: true, position: 'top', formatter: function (p) { return shortMoney(p.value); } } }
        ]
      };
    });
    downloads(w, o.riskStructure.map(function (x) { return { segment: 'structure/' + x.key, label: gl('structure/' + x.key), count: x.customers }; }));
  }

  // ------------------------------------------------------------------ Финансы

  var roiState = null;
  var roiListeners = [];

  /** Exactly core's RoiSimulator.simulate. */
  function simulate(i) {
    var converted = i.touchBase * i.conversion;
    var budget = i.touchBase * i.costPerTouch;
    var discounts = converted * i.offerCost;
    var revenue = converted * i.averageCheck;
    var cost = budget + discounts;
    var net = revenue - cost;
    var roi = cost > 0 ? net / cost * 100 : null;
    var acquisition = converted * i.cac;
    return { converted: converted, budget: budget, discounts: discounts, revenue: revenue, net: net, roi: roi,
      acquisition: acquisition, savings: acquisition - cost };
  }

  /** An expected number of people, whole: "≈ 9" for 9.4 (rounded down), "< 1" between 0 and 1. */
  function people(v) {
    if (!isNum(v)) { return '—'; }
    return v > 0 && v < 1 ? '<' + NBSP + '1' : '≈' + NBSP + NUM.format(Math.floor(v + 1e-9));
  }

  /** The campaign's saved revenue: the simulator's revenue (0 without a campaign), as core's FinanceCalculator. */
  function savedRevenue() { return roiState ? roiState.result.revenue : 0; }

  function finance(tab) {
    var f = D.finance, wf = f.waterfall, roi = D.roi;
    if (roi) {
      var start = {};
      Object.keys(roi.inputs).forEach(function (k) { start[k] = roi.inputs[k]; });
      roiState = { inputs: start, result: simulate(start) };
    }
    kpis(tab, [
      { id: 'base-potential', label: t('kpi.basePotential'), value: money(wf.basePotential) },
      { id: 'finance-at-risk', label: t('kpi.revenueAtRisk'), value: money(wf.revenueAtRisk), tone: 'red' },
      { id: 'saved', label: t('kpi.saved'), value: money(savedRevenue()), tone: 'green', note: roi ? ' ' : t('absent.roi') },
      { id: 'roi-net', label: t('kpi.roiNet'), value: '—', note: ' ' }
    ]);
    var savedCard = tab.querySelector('[data-kpi="saved"]'), netCard = tab.querySelector('[data-kpi="roi-net"]');
    function cards() {
      savedCard.querySelector('.value').textContent = money(savedRevenue());
      if (!roiState) { return; }
      var x = roiState.result;
      savedCard.querySelector('.note').textContent = t('kpi.savedNote', { n: people(x.converted), check: money(roiState.inputs.averageCheck) });
      var nv = netCard.querySelector('.value');
      nv.textContent = signedMoney(x.net);
      nv.title = nv.textContent;
      netCard.className = 'kpi ' + (x.net >= 0 ? 'green' : 'orange');
      netCard.querySelector('.note').textContent = x.roi === null ? '' : 'ROI ' + NUM1.format(x.roi) + NBSP + '%';
    }
    cards();
    roiListeners.push(cards);
    var g = tab.appendChild(el('div', 'grid'));

    var w;
    if (roi) {
      w = widget(g, 'reactivation', { badge: signedMoney(roiState.result.savings), badgeTone: roiState.result.savings >= 0 ? 'green' : 'red' });
      var badge = w.querySelector('.badge');
      roiListeners.push(function () {
        badge.textContent = signedMoney(roiState.result.savings);
        badge.className = 'badge ' + (roiState.result.savings >= 0 ? 'green' : 'red');
      });
      var reEntry = chart(w, 'finance', function () {
        var x = roiState.result;
        var bars = [
          { name: t('re.acquire'), value: x.acquisition, color: C.red },
          { name: t('re.retain'), value: x.budget + x.discounts, color: C.blue },
          { name: t('re.savings'), value: x.savings, color: x.savings >= 0 ? C.green : C.red }
        ];
        return {
          grid: grid(),
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) { return tip(ps[0].name, [money(ps[0].value)]); } },
          xAxis: { type: 'category', data: bars.map(function (b) { return b.name; }), axisLabel: { interval: 0, lineHeight: 15 } },
          yAxis: { type: 'value', axisLabel: axisMoney },
          series: [{ type: 'bar', barMaxWidth: 70, data: bars.map(function (b) { return { value: b.value, itemStyle: { color: b.color } }; }),
            label: { show: true, position: 'top', formatter: function (p) { return shortMoney(p.value); } } }]
        };
      });
      roiListeners.push(function () { refresh(reEntry); });
    } else {
      absent(g, 'reactivation', absence('roi') || t('absent.roi'));
    }

    w = widget(g, 'waterfall');
    var wfEntry = chart(w, 'finance', function () {
      var saved = savedRevenue();
      return waterfall([
        { label: t('wf.base'), value: wf.basePotential, total: true, color: C.blue },
        { label: t('wf.atRisk'), value: -wf.revenueAtRisk, color: C.red },
        { label: t('wf.saved'), value: saved, color: C.dgreen },
        { label: t('wf.forecast'), value: wf.basePotential - wf.revenueAtRisk + saved, total: true, color: C.green }
      ]);
    });
    roiListeners.push(function () { refresh(wfEntry); });

    if (roi) {
      w = widget(g, 'roi', { wide: true, badge: t('roi.base', { group: gl('at-risk'), n: int(roi.inputs.touchBase) }) });
      roiWidget(w);
    } else {
      absent(g, 'roi', absence('roi') || t('absent.roi'), { wide: true });
    }

    var lc = D.ltvVsCac, ltv = lc.cumulativeLtv, payback = lc.paybackMonth;
    w = widget(g, 'ltvCac', { wide: true, key: lc.mode === 'active-span' ? 'ltvCacSpan' : 'ltvCac', badge: payback === undefined ? t('ltv.noPayback') : t('ltv.payback', { m: payback }),
      badgeTone: payback === undefined ? 'red' : 'green' });
    chart(w, 'finance', function () {
      var months = ltv.map(function (_, i) { return 'M' + i; });
      var series = [{ name: t('ltv.ltv'), type: 'line', smooth: false, connectNulls: false, symbolSize: 6,
        itemStyle: { color: C.green }, lineStyle: { width: 3 }, areaStyle: { color: 'rgba(22,163,74,.08)' }, data: ltv,
        markLine: { silent: true, symbol: 'none', lineStyle: { color: C.red, type: 'dashed', width: 2 },
          label: { formatter: 'CAC ' + money(lc.cac), position: 'insideEndTop', color: C.red }, data: [{ yAxis: lc.cac }] } }];
      if (payback !== undefined) {
        series[0].markPoint = { symbol: 'pin', symbolSize: 44, itemStyle: { color: C.dgreen },
          label: { formatter: 'M' + payback, fontSize: 11 }, data: [{ coord: ['M' + payback, ltv[payback]] }] };
      }
      var top = Math.max.apply(null, ltv.filter(isNum).concat([lc.cac]));
      return {
        grid: grid({ top: 40 }),
        legend: { top: 0, data: [t('ltv.ltv')] },
        tooltip: { trigger: 'axis', formatter: function (ps) {
          var i = ps[0].dataIndex;
          return tip(ps[0].name, [t('ltv.ltv') + ': ' + money(ltv[i]), 'CAC: ' + money(lc.cac), t('ltv.observed') + ': ' + int(lc.observedCustomers[i])]);
        } },
        xAxis: { type: 'category', boundaryGap: false, data: months },
        yAxis: { type: 'value', max: nice(top * 1.1), axisLabel: axisMoney },
        series: series
      };
    });
    if (lc.mode === 'active-span') { modeNote(w, 'mode.activeSpan.ltv'); }

    if (f.discountHarm) {
      w = widget(g, 'discountHarm', { wide: true });
      var kinds = { sensitive: C.red, occasional: C.orange, 'full-price': C.green, unknown: C.gray };
      chart(w, 'finance', function () {
        var d = f.discountHarm;
        return {
          grid: grid({ top: 44 }),
          legend: { top: 0, data: [t('tip.customers'), t('discount.avgLtv')] },
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
            var x = d[ps[0].dataIndex];
            return tip(ps[0].name, [t('tip.customers') + ': ' + int(x.customers), t('discount.avgLtv') + ': ' + money(x.averageLtv),
              t('discount.repeat') + ': ' + pct(x.repeatRate), t('discount.churn') + ': ' + pct(x.meanChurnProbability)]);
          } },
          xAxis: { type: 'category', data: d.map(function (x) { return t('discount.' + constant(x.profile)); }), axisLabel: { interval: 0, lineHeight: 15 } },
          yAxis: [{ type: 'value', name: t('tip.customers') }, { type: 'value', axisLabel: axisMoney, splitLine: { show: false } }],
          series: [
            { name: t('tip.customers'), type: 'bar', barMaxWidth: 56, data: d.map(function (x) { return { value: x.customers, itemStyle: { color: kinds[x.profile] } }; }),
              label: { show: true, position: 'top' } },
            { name: t('discount.avgLtv'), type: 'line', yAxisIndex: 1, symbolSize: 9, itemStyle: { color: C.navy },
              data: d.map(function (x) { return isNum(x.averageLtv) ? x.averageLtv : null; }) }
          ]
        };
      });
      downloads(w, f.discountHarm.map(function (x) { return { segment: 'discount/' + x.profile, label: t('discount.' + constant(x.profile)), count: x.customers }; }));
      discountElasticity(g, f.discountElasticity, f.discountHarm);
    } else {
      absent(g, 'discountHarm', absence('discount-harm') || t('absent.generic'), { wide: true });
      absent(g, 'discountElasticity', absence('discount-harm') || t('absent.generic'), { wide: true });
    }
  }

  /**
   * The discount elasticity: the discount-sensitive customers against the others on each metric,
   * the difference relative to the others' value with its 95 % interval, and the segment's CSV.
   */
  function discountElasticity(g, e, harm) {
    var sensitive = harm.filter(function (x) { return x.profile === 'sensitive'; })[0];
    var w = widget(g, 'discountElasticity', { wide: true, badge: t('elasticity.badge', { n: int(e.sensitiveCustomers) }) });
    var fx = e.effects;
    function share(m) { return m === 'repeat-rate' || m === 'churn'; }
    function value(m, v) { return share(m) ? pct(v) : m === 'purchases' ? NUM1.format(v) : money(v); }
    function diff(m, v) { return share(m) ? NUM1.format(100 * v) + NBSP + t('elasticity.pp') : value(m, v); }
    function rel(x, v) { return x.others === 0 ? 0 : 100 * v / Math.abs(x.others); }
    function good(x) { return x.metric === 'churn' ? x.high < 0 : x.low > 0; }
    function bad(x) { return x.metric === 'churn' ? x.low > 0 : x.high < 0; }
    if (fx.length) {
      chart(w, 'finance', function () {
        return {
          grid: grid({ left: 150 }),
          tooltip: { trigger: 'item', formatter: function (p) {
            var x = fx[p.dataIndex];
            return tip(t('elasticity.' + x.metric), [t('elasticity.sensitive') + ': ' + value(x.metric, x.sensitive),
              t('elasticity.others') + ': ' + value(x.metric, x.others),
              t('elasticity.ci') + ': ' + diff(x.metric, x.low) + ' … ' + diff(x.metric, x.high), 'p = ' + NUM3.format(x.p)]);
          } },
          xAxis: { type: 'value', axisLabel: { formatter: function (v) { return NUM1.format(v) + NBSP + '%'; } } },
          yAxis: { type: 'category', inverse: true, data: fx.map(function (x) { return t('elasticity.' + x.metric); }) },
          series: [
            { name: t('elasticity.difference'), type: 'bar', barMaxWidth: 26,
              data: fx.map(function (x) { return { value: rel(x, x.difference), itemStyle: { color: bad(x) ? C.red : good(x) ? C.green : C.gray } }; }),
              label: { show: true, position: 'right', formatter: function (p) { return NUM1.format(p.value) + NBSP + '%'; } } },
            { name: t('elasticity.ci'), type: 'scatter', symbol: 'rect', symbolSize: [2, 18], itemStyle: { color: C.navy },
              data: fx.map(function (x, i) { return [rel(x, x.low), i]; }).concat(fx.map(function (x, i) { return [rel(x, x.high), i]; })),
              tooltip: { show: false } }
          ]
        };
      });
      table(w, 'discountElasticity', [
        { key: 'metric', label: t('elasticity.metric'), fmt: function (v) { return t('elasticity.' + v); } },
        { key: 'sensitive', label: t('elasticity.sensitive'), num: true, fmt: function (v, x) { return value(x.metric, x.sensitive); } },
        { key: 'others', label: t('elasticity.others'), num: true, fmt: function (v, x) { return value(x.metric, x.others); } },
        { key: 'low', label: t('elasticity.ci'), num: true, fmt: function (v, x) { return diff(x.metric, x.low) + ' … ' + diff(x.metric, x.high); } },
        { key: 'p', label: 'p', num: true, fmt: function (v) { return v < 0.001 ? '< ' + NUM3.format(0.001) : NUM3.format(v); } },
        { key: 'verdict', label: t('elasticity.verdict'), fmt: function (v, x) { return t(bad(x) ? 'elasticity.worse' : good(x) ? 'elasticity.better' : 'elasticity.same'); } }
      ], fx, { pageSize: 5 });
    } else {
      note(w, t('elasticity.tooFew'));
    }
    downloads(w, [{ segment: 'discount/sensitive', label: t('discount.SENSITIVE'), count: sensitive ? sensitive.customers : 0 }]);
  }

  function roiWidget(w) {
    var inputs = roiState.inputs;
    var form = w.appendChild(el('div', 'roi-form'));
    var fields = [
      { key: 'costPerTouch', label: t('roi.costPerTouch'), value: inputs.costPerTouch, step: '1' },
      { key: 'conversion', label: t('roi.conversion'), value: Math.round(inputs.conversion * 100 * 1e6) / 1e6, step: '0.1' },
      { key: 'offerCost', label: t('roi.offerCost'), value: inputs.offerCost, step: '10' },
      { key: 'touchBase', label: t('roi.touchBase'), value: inputs.touchBase, step: '1' }
    ];
    var boxes = {};
    fields.forEach(function (fd) {
      var lab = el('label', null, fd.label);
      var inp = el('input');
      inp.type = 'number'; inp.min = '0'; inp.step = fd.step; inp.value = String(fd.value);
      inp.id = 'roi-' + fd.key;
      if (fd.key === 'conversion') { inp.max = '100'; }
      inp.addEventListener('input', recompute);
      lab.appendChild(inp);
      form.appendChild(lab);
      boxes[fd.key] = inp;
    });
    w.appendChild(el('p', 'muted', t('roi.check', { check: money(inputs.averageCheck), cac: money(inputs.cac) })));
    var entry = chart(w, 'finance', function () {
      var x = roiState.result;
      var bars = [
        { name: t('roi.budget'), value: x.budget, color: C.red },
        { name: t('roi.discounts'), value: x.discounts, color: C.orange },
        { name: t('roi.revenue'), value: x.revenue, color: C.blue },
        { name: t('roi.net'), value: x.net, color: x.net >= 0 ? C.green : C.red }
      ];
      return {
        grid: grid(),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) { return tip(ps[0].name, [money(ps[0].value)]); } },
        xAxis: { type: 'category', data: bars.map(function (b) { return b.name; }), axisLabel: { interval: 0, lineHeight: 15 } },
        yAxis: { type: 'value', axisLabel: axisMoney },
        series: [{ type: 'bar', barMaxWidth: 70, data: bars.map(function (b) { return { value: b.value, itemStyle: { color: b.color } }; }),
          label: { show: true, position: 'top', formatter: function (p) { return money(p.value); } } }]
      };
    });
    var out = w.appendChild(el('div', 'roi-out four'));
    var outputs = {};
    ['converted', 'budget', 'discounts', 'revenue', 'net', 'roi', 'acquisition', 'savings'].forEach(function (k) {
      var d = el('div');
      d.appendChild(el('div', 'label', t('roi.out.' + k)));
      var v = d.appendChild(el('div', 'value'));
      v.id = 'roi-out-' + k;
      outputs[k] = v;
      out.appendChild(d);
    });
    function show() {
      var x = roiState.result;
      Object.keys(outputs).forEach(function (k) {
        var v = x[k];
        outputs[k].setAttribute('data-value', v === null ? '' : String(v));
        outputs[k].textContent = k === 'roi' ? (v === null ? '—' : NUM1.format(v) + NBSP + '%')
          : k === 'converted' ? people(v) : k === 'net' || k === 'savings' ? signedMoney(v) : money(v);
      });
      outputs.net.style.color = x.net >= 0 ? C.dgreen : C.red;
    }
    function read(inp, scale, integer) {
      var v = Number(inp.value);
      var ok = inp.value !== '' && isFinite(v) && v >= 0 && (scale !== 100 || v <= 100);
      inp.style.borderColor = ok ? '' : C.red;
      if (!ok) { return null; }
      return integer ? Math.floor(v) : v / scale;
    }
    function recompute() {
      var next = {
        touchBase: read(boxes.touchBase, 1, true), costPerTouch: read(boxes.costPerTouch, 1),
        conversion: read(boxes.conversion, 100), offerCost: read(boxes.offerCost, 1),
        averageCheck: inputs.averageCheck, cac: inputs.cac
      };
      if (Object.keys(next).some(function (k) { return next[k] === null; })) { return; }
      roiState = { inputs: next, result: simulate(next) };
      show();
      refresh(entry);
      roiListeners.forEach(function (f) { f(); });
    }
    show();
  }

  // ------------------------------------------------------------------ Аналитика

  function heatmap(rows, months, label) {
    var cols = [];
    for (var m = 0; m <= months; m++) { cols.push('M' + m); }
    var data = [];
    rows.forEach(function (r, y) {
      r.retention.forEach(function (v, x) { if (isNum(v)) { data.push([x, y, Math.round(1000 * v) / 10]); } });
    });
    var small = data.length <= 260;
    return {
      grid: grid({ top: 10, bottom: 56 }),
      tooltip: { formatter: function (p) {
        var r = rows[p.value[1]];
        return tip(label(r), [cols[p.value[0]] + ': ' + NUM1.format(p.value[2]) + NBSP + '%', t('tip.customers') + ': ' + int(r.customers),
          'Avg LTV: ' + money(r.averageLtv)]);
      } },
      xAxis: { type: 'category', data: cols, splitArea: { show: true } },
      yAxis: { type: 'category', inverse: true, data: rows.map(label), axisLabel: { width: 150, overflow: 'truncate' } },
      visualMap: { min: 0, max: 100, dimension: 2, calculable: false, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160,
        inRange: { color: ['#eff6ff', '#93c5fd', '#1d4ed8'] }, text: ['100 %', '0 %'] },
      series: [{ type: 'heatmap', data: data, label: { show: small, fontSize: 10, formatter: function (p) { return NUM.format(p.value[2]); } },
        itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
    };
  }

  function cohortTable(w, id, c, labelKey, prefix) {
    var cols = [
      { key: 'key', label: t(labelKey), cls: 'who' },
      { key: 'customers', label: t('col.clients'), num: true, fmt: int },
      { key: 'averageLtv', label: 'Avg LTV, ' + CUR, num: true, fmt: function (v) { return isNum(v) ? NUM.format(Math.round(v)) : '—'; } },
      { key: 'segment', label: t('col.download'), render: function (r) { return download(prefix + r.key, t('ui.csv'), r.customers); }, sortValue: function (r) { return r.customers; } }
    ];
    for (var m = 0; m <= c.months; m++) {
      (function (m) {
        cols.push({ key: 'm' + m, label: 'M' + m, num: true, sortValue: function (r) { return r.retention[m]; },
          fmt: function (_, r) { return isNum(r.retention[m]) ? pct0(r.retention[m]) : ''; } });
      })(m);
    }
    table(w, id, cols, c.rows, { pageSize: 12 });
  }

  /** A p-value: three decimals, and "< 0,001" (never a bare 0) below a thousandth. */
  function p2(v) { return !isNum(v) ? '—' : v < 0.001 ? '<' + NBSP + NUM3.format(0.001) : NUM3.format(v); }

  function analytics(tab) {
    var fn = D.funnel, sa = D.scoreAnalytics, t2np = sa.t2np;
    var node = {};
    fn.nodes.forEach(function (n) { node[n.key] = n; });
    var first = node['first-purchase'].customers, second = node['second-purchase'].customers, third = node['third-plus-purchase'].customers;
    kpis(tab, [
      { id: 'second-rate', label: t('kpi.secondRate'), value: first ? pct(second / first) : '—', note: t('kpi.customersCount', { n: int(second) }) },
      { id: 'third-rate', label: t('kpi.thirdRate'), value: second ? pct(third / second) : '—', note: t('kpi.customersCount', { n: int(third) }) },
      { id: 'late', label: t('kpi.late'), value: int(t2np.late), tone: 'red', note: t('kpi.lateNote') },
      { id: 'cohorts', label: t('kpi.cohorts'), value: int(D.cohorts.rows.length), note: t('kpi.cohortsNote', { n: int(D.productCohorts.rows.length) }) }
    ]);
    var g = tab.appendChild(el('div', 'grid'));

    var w = widget(g, 'funnel');
    var nodeColors = { 'first-purchase': C.blue, 'second-purchase': C.teal, 'third-plus-purchase': C.green, 'lost-after-first': C.red, 'lost-after-second': '#f87171' };
    chart(w, 'analytics', function () {
      return {
        tooltip: { trigger: 'item', formatter: function (p) {
          if (p.dataType === 'edge') { return tip(t('funnel.' + p.data.source) + ' → ' + t('funnel.' + p.data.target), [t('tip.customers') + ': ' + int(p.data.value)]); }
          return tip(t('funnel.' + p.name), [t('tip.customers') + ': ' + int(node[p.name].customers)]);
        } },
        series: [{ type: 'sankey', left: 10, right: 150, top: 16, bottom: 16, nodeWidth: 18, nodeGap: 16, layoutIterations: 0,
          emphasis: { focus: 'adjacency' },
          data: fn.nodes.map(function (n) { return { name: n.key, itemStyle: { color: nodeColors[n.key] || C.blue } }; }),
          links: fn.links.filter(function (l) { return l.value > 0; }).map(function (l) { return { source: l.source, target: l.target, value: l.value }; }),
          lineStyle: { color: 'target', opacity: 0.35, curveness: 0.5 },
          label: { formatter: function (p) { return t('funnel.' + p.name) + ': ' + int(node[p.name].customers); } } }]
      };
    });
    downloads(w, fn.nodes.map(function (n) { return { segment: 'funnel/' + n.key, label: t('funnel.' + n.key), count: n.customers }; }));

    var r = sa.radar;
    var missingAxes = absencesWithPrefix('radar-axis:');
    w = widget(g, 'radar', { badge: t('radar.atRisk', { group: gl('at-risk'), n: int(r.atRiskCustomers) }) });
    if (r.axes.length < 3) {
      note(w, t('absent.radarAxes', { n: r.axes.length }));
      w.setAttribute('data-absent', 'true');
    } else {
      chart(w, 'analytics', function () {
        // the scale: 0 … the largest mean strength rounded up to the next 10 % (20 % above 50 %), a ring per step
        var top = Math.max.apply(null, r.axes.map(function (x) { return Math.max(x.meanStrength, x.meanStrengthAtRisk); }).concat([0.0001]));
        var step = top > 0.5 ? 0.2 : 0.1;
        var rings = Math.max(1, Math.ceil(top / step - 1e-9));
        var max = Math.min(1, rings * step);
        rings = Math.round(max / step);
        return {
          legend: { bottom: 0, data: [t('radar.all'), gl('at-risk')] },
          tooltip: { trigger: 'item', formatter: function (p) {
            return tip(p.name, r.axes.map(function (x, i) { return t('reason.' + constant(x.reason)) + ': ' + pct(p.value[i]); }));
          } },
          radar: { radius: '66%', center: ['50%', '48%'], splitNumber: rings,
            indicator: r.axes.map(function (x, i) { return { name: t('reason.' + constant(x.reason)), min: 0, max: max, axisLabel: { show: i === 0 } }; }),
            axisName: { color: '#374151' },
            axisLabel: { show: true, showMinLabel: false, fontSize: 10, color: '#6b7280', formatter: function (v) { return NUM.format(Math.round(100 * v)) + NBSP + '%'; } } },
          series: [{ type: 'radar', data: [
            { name: t('radar.all'), value: r.axes.map(function (x) { return x.meanStrength; }), itemStyle: { color: C.blue }, areaStyle: { opacity: 0.12 } },
            { name: gl('at-risk'), value: r.axes.map(function (x) { return x.meanStrengthAtRisk; }), itemStyle: { color: C.red }, areaStyle: { opacity: 0.22 } }
          ] }]
        };
      });
    }
    if (r.axes.length >= 3) { w.appendChild(el('p', 'muted', t('radar.scale'))); }
    missingAxes.forEach(function (m) { note(w, m); });

    w = widget(g, 't2np', { wide: true });
    var st = [['expected', t2np.expected], ['now', t2np.now], ['late', t2np.late], ['not-enough-data', t2np.notEnoughData]]
      .map(function (x) { return { key: x[0], customers: x[1] }; });
    var stColors = { expected: C.blue, now: C.green, late: C.red, 'not-enough-data': C.gray };
    var row = w.appendChild(el('div', 'grid'));
    var left = row.appendChild(el('div')), right = row.appendChild(el('div'));
    chart(left, 'analytics', function () {
      return {
        grid: grid(),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          return tip(ps[0].name, [t('tip.customers') + ': ' + int(ps[0].value) + ' (' + pct(ps[0].value / Math.max(1, D.overview.uniqueCustomers)) + ')']);
        } },
        xAxis: { type: 'category', data: st.map(function (s) { return t('t2np.' + s.key); }), axisLabel: { interval: 0, width: 100, overflow: 'break' } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', barMaxWidth: 60, data: st.map(function (s) { return { value: s.customers, itemStyle: { color: stColors[s.key] } }; }),
          label: { show: true, position: 'top' } }]
      };
    });
    var bins = t2np.overdue;
    if (bins.length > 0) {
      chart(right, 'analytics', function () {
        return {
          title: { text: t('t2np.overdueTitle'), left: 'center', textStyle: { fontSize: 13, fontWeight: 500 } },
          grid: grid({ top: 40 }),
          tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) { return tip(ps[0].name, [t('tip.customers') + ': ' + int(ps[0].value)]); } },
          xAxis: { type: 'category', name: t('t2np.days'), nameLocation: 'middle', nameGap: 28,
            data: bins.map(function (b) { return b.toDays === undefined ? b.fromDays + '+' : b.fromDays + '–' + b.toDays; }) },
          yAxis: { type: 'value', minInterval: 1 },
          series: [{ type: 'bar', barCategoryGap: '8%', itemStyle: { color: '#f87171' }, data: bins.map(function (b) { return b.customers; }) }]
        };
      });
    } else {
      note(right, t('t2np.noOverdue'));
    }
    downloads(w, st.map(function (s) { return { segment: 't2np/' + s.key, label: t('t2np.' + s.key), count: s.customers }; }));

    // month cohorts come oldest first (the heatmap keeps the latest), product cohorts largest first (it keeps the largest)
    [['cohorts', D.cohorts, 'col.cohort', function (x) { return x.key; }, true, 'cohort/', 'cohort'],
      ['productCohorts', D.productCohorts, 'col.product', function (x) { return x.key; }, false, 'product-cohort/', 'product-cohort']]
      .forEach(function (spec) {
        var c = spec[1];
        if (c.rows.length === 0) {
          absent(g, spec[0], absence(spec[6]) || t('absent.cohorts'), { wide: true });
          return;
        }
        var span = c.mode === 'active-span';
        var ww = widget(g, spec[0], { wide: true, key: span ? spec[0] + 'Span' : spec[0], badge: t('cohort.count', { n: int(c.rows.length) }) });
        ww.setAttribute('data-mode', c.mode);
        if (span) { note(ww, t('cohort.spanNote')); }
        var shown = spec[4] ? c.rows.slice(Math.max(0, c.rows.length - 60)) : c.rows.slice(0, 60);
        chart(ww, 'analytics', function () { return heatmap(shown, c.months, spec[3]); }, 'tall');
        ww.lastChild.style.height = Math.max(260, shown.length * 20 + 110) + 'px';
        if (c.rows.length > shown.length) { ww.appendChild(el('p', 'muted', t(spec[4] ? 'cohort.firstRows' : 'cohort.topRows', { n: shown.length }))); }
        cohortTable(ww, spec[0], c, spec[2], spec[5]);
        if (c.mode === 'active-span') { modeNote(ww, 'mode.activeSpan.cohorts'); }
      });

    w = widget(g, 'drivers', { wide: true });
    if (D.drivers.length === 0) {
      note(w, t('absent.drivers'));
    } else {
      table(w, 'drivers', [
        { key: 'key', label: t('col.driver'), fmt: function (v) { return v.indexOf('product:') === 0 ? t('driver.product', { p: v.substring(8) }) : t('driver.' + v); } },
        { key: 'customers', label: t('col.clients'), num: true, fmt: int },
        { key: 'ltvWith', label: t('col.ltvWith'), num: true, fmt: money, get: function (d) { return d.ltv && d.ltv.meanWith; } },
        { key: 'ltvWithout', label: t('col.ltvWithout'), num: true, fmt: money, get: function (d) { return d.ltv && d.ltv.meanWithout; } },
        { key: 'ltvP', label: 'p (LTV)', num: true, fmt: p2, get: function (d) { return d.ltv && d.ltv.p; } },
        { key: 'churnWith', label: t('col.churnWith'), num: true, fmt: pct, get: function (d) { return d.churn && d.churn.churnRateWith; } },
        { key: 'churnWithout', label: t('col.churnWithout'), num: true, fmt: pct, get: function (d) { return d.churn && d.churn.churnRateWithout; } },
        { key: 'churnP', label: t('col.churnP'), num: true, fmt: p2, get: function (d) { return d.churn && d.churn.p; } }
      ], D.drivers, { pageSize: 10 });
    }
    absencesWithPrefix('driver:').forEach(function (m) { note(w, m); });

    earlyWarnings(g, D.lifecycle);
  }

  /** The early-warning triggers (seed 004): customers per trigger, each downloadable. */
  function earlyWarnings(g, l) {
    var ws = l.earlyWarnings;
    var w = widget(g, 'earlyWarnings', { wide: true, badge: t('warning.badge', { n: int(l.warnedCustomers) }), badgeTone: l.warnedCustomers > 0 ? 'orange' : 'green' });
    chart(w, 'analytics', function () {
      return {
        grid: grid({ left: 190 }),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          return tip(ps[0].name, [t('tip.customers') + ': ' + int(ps[0].value) + ' (' + pct(ps[0].value / Math.max(1, D.overview.uniqueCustomers)) + ')']);
        } },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: ws.map(function (x) { return t('warning.' + x.key); }), axisLabel: { width: 180, overflow: 'break' } },
        series: [{ type: 'bar', barMaxWidth: 26, itemStyle: { color: C.orange }, data: ws.map(function (x) { return x.customers; }),
          label: { show: true, position: 'right' } }]
      };
    });
    downloads(w, ws.map(function (x) { return { segment: 'early-warning/' + x.key, label: t('warning.' + x.key), count: x.customers }; }));
    absencesWithPrefix('early-warning:').forEach(function (m) { note(w, m); });
  }

  /** The lifecycle stages (seed 004) with ARPU, its growth for existing customers and the upsell share. */
  function lifecycle(g, l) {
    if (!l.stages) {
      absent(g, 'lifecycle', absence('lifecycle') || t('absent.generic'), { wide: true });
      return;
    }
    var colors = { onboarding: C.teal, adoption: C.blue, expansion: C.green, renewal: C.dgreen, 'at-risk': C.red };
    var w = widget(g, 'lifecycle', { wide: true });
    var facts = w.appendChild(el('div', 'kpis'));
    [['arpu', t('lifecycle.arpu'), money(l.arpu), t('lifecycle.arpuNote', { n: int(l.activeCustomers) })],
      ['arpu-growth', t('lifecycle.arpuGrowth'), isNum(l.arpuGrowth) ? (l.arpuGrowth > 0 ? '+' : '') + pct(l.arpuGrowth) : '—',
        isNum(l.arpuGrowth) ? t('lifecycle.arpuGrowthNote', { n: int(l.existingCustomers), before: money(l.arpuBefore), now: money(l.arpuNow) }) : (absence('arpu-growth') || '')],
      ['upsell-share', t('lifecycle.upsell'), pct(l.upsellShare), t('lifecycle.upsellNote', { v: money(l.upsellRevenue) })]]
      .forEach(function (k) {
        var card = facts.appendChild(el('div', 'kpi'));
        card.setAttribute('data-kpi', k[0]);
        card.appendChild(el('div', 'label', k[1]));
        card.appendChild(el('div', 'value', k[2]));
        if (k[3]) { card.appendChild(el('div', 'note', k[3])); }
      });
    chart(w, 'growth', function () {
      return {
        grid: grid(),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          return tip(ps[0].name, [t('tip.customers') + ': ' + int(ps[0].value) + ' (' + pct(ps[0].value / Math.max(1, D.overview.uniqueCustomers)) + ')']);
        } },
        xAxis: { type: 'category', data: l.stages.map(function (s) { return stageLabel(s.key); }), axisLabel: { interval: 0, width: 110, overflow: 'break' } },
        yAxis: { type: 'value', minInterval: 1 },
        series: [{ type: 'bar', barMaxWidth: 60, data: l.stages.map(function (s) { return { value: s.customers, itemStyle: { color: colors[s.key] || C.blue } }; }),
          label: { show: true, position: 'top' } }]
      };
    });
    downloads(w, l.stages.map(function (s) { return { segment: 'lifecycle/' + s.key, label: stageLabel(s.key), count: s.customers }; }));
  }

  // ------------------------------------------------------------------ Точки роста

  /** VIP churn by month: class A customers by the month their pause passed twice their cycle. */
  function vipChurn(g) {
    var vc = D.vipChurn;
    if (!vc) {
      absent(g, 'vipChurn', absence('vip-churn') || t('absent.generic'), { wide: true });
      return;
    }
    var w = widget(g, 'vipChurn', { wide: true, badge: t('vipChurn.badge', { n: int(vc.customers), v: money(vc.ltv) }),
      badgeTone: vc.customers > 0 ? 'red' : 'green' });
    var label = function (m) { return m.month + (m.partial ? ' ' + t('vipChurn.partial') : ''); };
    chart(w, 'growth', function () {
      return {
        grid: grid({ top: 44 }),
        legend: { top: 0, data: [t('vipChurn.customers'), t('vipChurn.ltv')] },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          var m = vc.months[ps[0].dataIndex];
          return tip(label(m), [t('vipChurn.customers') + ': ' + int(m.customers), t('vipChurn.ltv') + ': ' + money(m.ltv),
            t('vipChurn.annual') + ': ' + money(m.annualRevenue), t('vipChurn.atRiskNow') + ': ' + int(m.atRiskNow)]);
        } },
        xAxis: { type: 'category', data: vc.months.map(function (m) { return m.month; }) },
        yAxis: [{ type: 'value', minInterval: 1, name: t('vipChurn.customers') },
          { type: 'value', axisLabel: axisMoney, splitLine: { show: false } }],
        series: [
          { name: t('vipChurn.customers'), type: 'bar', barMaxWidth: 36, itemStyle: { color: C.red }, data: vc.months.map(function (m) { return m.customers; }),
            label: { show: true, position: 'top', formatter: function (p) { return p.value > 0 ? int(p.value) : ''; } } },
          { name: t('vipChurn.ltv'), type: 'line', yAxisIndex: 1, itemStyle: { color: C.navy }, data: vc.months.map(function (m) { return m.ltv; }) }
        ]
      };
    });
    table(w, 'vipChurn', [
      { key: 'month', label: t('vipChurn.month'), fmt: function (v, r) { return label(r); }, get: function (r) { return r.month; } },
      { key: 'customers', label: t('vipChurn.customers'), num: true, fmt: int },
      { key: 'ltv', label: t('vipChurn.ltv'), num: true, fmt: money },
      { key: 'annualRevenue', label: t('vipChurn.annual'), num: true, fmt: money },
      { key: 'atRiskNow', label: t('vipChurn.atRiskNow'), num: true, fmt: int }
    ], vc.months.slice().reverse(), { pageSize: 12 });
    w.appendChild(el('p', 'muted', t('vipChurn.rest', { earlier: int(vc.earlier), earlierLtv: money(vc.earlierLtv), notCrossed: int(vc.notCrossed) })));
    downloads(w, vc.months.map(function (m) { return { segment: 'vip-churn/' + m.month, label: t('vipChurn.segment', { m: m.month }), count: m.customers }; })
      .concat([{ segment: 'vip-churn/earlier', label: t('vipChurn.earlier'), count: vc.earlier }]));
  }

  function growth(tab) {
    var abc = D.abc, rfm = D.rfm, vipCount = sizeOf('vip/vip-at-risk');
    var champions = rfm.seedSegments.filter(function (s) { return s.key === 'champions'; })[0];
    // the whale groups by their segment keys, in the widget's order
    var whales = [['sleeping-whales', D.whales.sleepingWhales], ['cooling', D.whales.cooling], ['active', D.whales.active]]
      .map(function (x) { return { key: x[0], customers: x[1].customers, totalLtv: x[1].totalLtv }; });
    var sleeping = whales[0];
    kpis(tab, [
      { id: 'abc-a', label: t('kpi.abcA'), value: pct(abc.groups[0].revenueShare), note: t('kpi.abcANote', { n: int(abc.groups[0].customers), share: pct(abc.groups[0].customerShare) }) },
      { id: 'vip', label: gl('vip/vip-at-risk'), value: int(vipCount), tone: vipCount > 0 ? 'red' : 'green' },
      { id: 'whales', label: gl('whales/sleeping-whales'), value: int(sleeping.customers), tone: 'orange', note: money(sleeping.totalLtv) },
      { id: 'champions', label: gl('rfm/champions'), value: int(champions ? champions.customers : 0), tone: 'green', note: champions ? money(champions.revenue) : '' }
    ]);
    var g = tab.appendChild(el('div', 'grid'));

    var w = widget(g, 'vip', { wide: true, badge: t('vip.count', { group: gl('at-risk'), n: int(vipCount) }), badgeTone: vipCount > 0 ? 'red' : 'green' });
    var abcBox = w.appendChild(el('div'));
    chart(abcBox, 'growth', function () {
      return {
        grid: grid({ top: 44 }),
        legend: { top: 0, data: [t('abc.revenueShare'), t('abc.customerShare')] },
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) {
          var x = abc.groups[ps[0].dataIndex];
          return tip(ps[0].name, [t('tip.revenue') + ': ' + money(x.revenue) + ' (' + pct(x.revenueShare) + ')', t('tip.customers') + ': ' + int(x.customers) + ' (' + pct(x.customerShare) + ')']);
        } },
        xAxis: { type: 'category', data: abc.groups.map(function (x) { return t('abc.' + x.key); }) },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
        series: [
          { name: t('abc.revenueShare'), type: 'bar', barMaxWidth: 40, itemStyle: { color: C.navy }, data: abc.groups.map(function (x) { return 100 * x.revenueShare; }),
            label: { show: true, position: 'top', formatter: function (p) { return NUM.format(p.value) + ' %'; } } },
          { name: t('abc.customerShare'), type: 'bar', barMaxWidth: 40, itemStyle: { color: '#93c5fd' }, data: abc.groups.map(function (x) { return 100 * x.customerShare; }),
            label: { show: true, position: 'top', formatter: function (p) { return NUM.format(p.value) + ' %'; } } }
        ]
      };
    });
    downloads(abcBox, abc.groups.map(function (x) { return { segment: 'abc/' + x.key, label: t('abc.' + x.key), count: x.customers }; })
      .concat([{ segment: 'vip/vip-at-risk', label: gl('vip/vip-at-risk'), count: vipCount }]));
    w.appendChild(el('h3', 'subhead', gl('vip/vip-at-risk')));
    var vipRows = D.vipAtRisk.slice(0, V.limits.groupRows).map(function (i) { return { customer: customer(i) }; });
    cutNote(w, 'vip', 'list.firstOf', vipRows.length, vipCount, segmentFile('vip/vip-at-risk'));
    table(w, 'vip', customerColumns(), vipRows, { pageSize: 10, sortKey: 'churn', dir: -1 });

    vipChurn(g);

    w = widget(g, 'whales', { wide: true, badge: t('whales.threshold', { v: money(D.whales.ltvThreshold) }) });
    var wc = { 'sleeping-whales': C.red, cooling: C.orange, active: C.green };
    var whChart = w.appendChild(el('div'));
    var whaleRows = [];
    whales.forEach(function (grp) {
      members('whales/' + grp.key, V.limits.groupRows).forEach(function (c) { whaleRows.push({ group: grp.key, customer: c }); });
    });
    if (whaleRows.length > 0) {
      chart(whChart, 'growth', function () {
        return {
          grid: grid({ top: 44, bottom: 24 }),
          legend: { top: 0 },
          tooltip: { trigger: 'item', formatter: function (p) {
            var x = p.data.row.customer;
            return tip(nameOf(x), [t('col.ltv') + ': ' + money(x.historicalLtv), t('col.daysIdle') + ': ' + int(x.timing.daysSinceLast), t('col.churn') + ': ' + pct(x.churnProbability)]);
          } },
          xAxis: { type: 'value', name: t('col.daysIdle'), nameLocation: 'middle', nameGap: 26, min: 0 },
          yAxis: { type: 'value', axisLabel: axisMoney, min: 0 },
          series: whales.map(function (grp) {
            return { name: gl('whales/' + grp.key) + ' · ' + int(grp.customers), type: 'scatter', symbolSize: 12, itemStyle: { color: wc[grp.key], opacity: 0.8 },
              data: whaleRows.filter(function (x) { return x.group === grp.key; })
                .map(function (x) { return { value: [x.customer.timing.daysSinceLast, x.customer.historicalLtv], row: x }; }) };
          })
        };
      });
    } else {
      note(whChart, t('absent.whales'));
    }
    downloads(whChart, whales.map(function (x) { return { segment: 'whales/' + x.key, label: gl('whales/' + x.key), count: x.customers }; }));
    whales.forEach(function (grp) {
      var shown = whaleRows.filter(function (x) { return x.group === grp.key; }).length;
      cutNote(whChart, 'whales/' + grp.key, 'list.firstOf', shown, grp.customers, segmentFile('whales/' + grp.key));
    });
    table(w, 'whales', customerColumns([{ key: 'group', label: t('col.group'), fmt: function (v) { return gl('whales/' + v); } }]),
      whaleRows, { pageSize: 10, sortKey: 'ltv', dir: -1 });

    w = widget(g, 'rfm', { wide: true });
    // the largest spenders first (ties by index), as many as the page draws
    var bubbles = D.customers.slice().sort(function (x, y) { return y.historicalLtv - x.historicalLtv; }).slice(0, V.limits.bubbles);
    var rfmColors = { champions: C.green, regular: C.lgreen, 'risk-zone': C.blue, lost: C.red };
    var maxM = Math.max.apply(null, bubbles.map(function (c) { return c.historicalLtv; }).concat([1]));
    chart(w, 'growth', function () {
      return {
        grid: grid({ top: 44, bottom: 30, left: 24 }),
        legend: { top: 0 },
        tooltip: { trigger: 'item', formatter: function (p) {
          var c = p.data.c;
          return tip(nameOf(c), ['RFM ' + c.rfm.code + ' · ' + gl('rfm/' + c.rfm.segment), 'Recency: ' + int(c.rfm.recencyDays) + ' ' + t('unit.days'),
            'Frequency: ' + int(c.purchases), 'Monetary: ' + money(c.historicalLtv)]);
        } },
        xAxis: { type: 'value', name: t('rfm.xAxis'), nameLocation: 'middle', nameGap: 26, inverse: true, min: 0 },
        yAxis: { type: 'value', name: t('rfm.yAxis'), nameLocation: 'middle', nameGap: 34, position: 'left', axisLine: { onZero: false, show: true }, minInterval: 1, min: 0 },
        series: rfm.seedSegments.map(function (s) {
          return { name: gl('rfm/' + s.key) + ' · ' + int(s.customers), type: 'scatter', itemStyle: { color: rfmColors[s.key], opacity: 0.6, borderColor: '#fff', borderWidth: 0.5 },
            symbolSize: function (v) { return 6 + 34 * Math.sqrt(Math.max(0, v[2]) / maxM); },
            data: bubbles.filter(function (c) { return c.rfm.segment === s.key; })
              .map(function (c) { return { value: [c.rfm.recencyDays, c.purchases, c.historicalLtv], c: c }; }) };
        })
      };
    }, 'tall');
    cutNote(w, 'rfm', 'rfm.bubblesOf', bubbles.length, D.overview.uniqueCustomers, 'customers.csv');
    downloads(w, rfm.seedSegments.map(function (s) { return { segment: 'rfm/' + s.key, label: gl('rfm/' + s.key), count: s.customers }; }));
    var rfmCols = [
      { key: 'key', label: t('col.rfmSegment'), fmt: function (v) { return gl('rfm-map/' + v); } },
      { key: 'customers', label: t('col.clients'), num: true, fmt: int },
      { key: 'revenue', label: t('tip.revenue'), num: true, fmt: money },
      { key: 'averageRecencyDays', label: t('col.avgRecency'), num: true, fmt: int },
      { key: 'averageFrequency', label: t('col.avgFrequency'), num: true, fmt: function (v) { return isNum(v) ? NUM1.format(v) : '—'; } },
      { key: 'averageMonetary', label: t('col.avgMonetary'), num: true, fmt: money },
      { key: 'segment', label: t('col.download'), render: function (r) { return download('rfm-map/' + r.key, t('ui.csv'), r.customers); },
        sortValue: function (r) { return r.customers; } }
    ];
    w.appendChild(el('h3', 'muted', t('rfm.mapTitle'))).style.fontSize = '14px';
    table(w, 'rfm', rfmCols, rfm.mapSegments, { pageSize: 11, sortKey: 'customers', dir: -1 });

    w = widget(g, 'nbp', { wide: true });
    var nbp = D.nextBestProducts.matrix.slice().sort(function (x, y) { return y.total - x.total; }).slice(0, 15);
    var nextTotals = {};
    nbp.forEach(function (p) { p.next.forEach(function (n) { nextTotals[n.product] = (nextTotals[n.product] || 0) + n.count; }); });
    var nextNames = Object.keys(nextTotals).sort(function (x, y) { return nextTotals[y] - nextTotals[x]; }).slice(0, 15);
    if (D.nextBestProducts.mode === 'co-purchase') { modeNote(w, 'mode.coPurchase'); }
    if (nbp.length === 0 || nextNames.length === 0) {
      note(w, absence('next-best-product') || t('absent.nbp'));
      w.setAttribute('data-absent', 'true');
    } else {
      var cells = [];
      nbp.forEach(function (p, y) {
        p.next.forEach(function (n) { var x = nextNames.indexOf(n.product); if (x >= 0) { cells.push([x, y, Math.round(1000 * n.share) / 10, n.count]); } });
      });
      chart(w, 'growth', function () {
        return {
          grid: grid({ top: 10, bottom: 56 }),
          tooltip: { formatter: function (p) {
            return tip(nbp[p.value[1]].product + ' → ' + nextNames[p.value[0]], [NUM1.format(p.value[2]) + NBSP + '% · ' + t('tip.customers') + ': ' + int(p.value[3])]);
          } },
          xAxis: { type: 'category', data: nextNames,
            axisLabel: { interval: 0, rotate: 30, width: 120, overflow: 'truncate' }, splitArea: { show: true } },
          yAxis: { type: 'category', inverse: true, data: nbp.map(function (p) { return p.product; }), axisLabel: { width: 160, overflow: 'truncate' } },
          visualMap: { min: 0, max: 100, dimension: 2, orient: 'horizontal', left: 'center', bottom: 0, itemHeight: 160, inRange: { color: ['#f0fdf4', '#86efac', '#15803d'] }, text: ['100 %', '0 %'] },
          series: [{ type: 'heatmap', data: cells, label: { show: cells.length <= 150, fontSize: 10, formatter: function (p) { return NUM.format(p.value[2]); } },
            itemStyle: { borderColor: '#fff', borderWidth: 1 } }]
        };
      }, 'tall');
      w.lastChild.style.height = Math.max(300, nbp.length * 28 + 150) + 'px';
    }
    var np = D.nextBestProducts.nextPurchaseModel;
    if (np) {
      w.appendChild(el('h3', 'muted', t('nbp.nextTitle'))).style.fontSize = '14px';
      w.appendChild(el('p', null, t('nbp.nextSummary', { repeat: int(np.customersByRule.repeat), after: int(np.customersByRule.after), popular: int(np.customersByRule.popular) })));
      if (np.holdout) {
        w.appendChild(el('p', 'muted', t('nbp.nextHoldout', { split: date(np.holdout.split), n: int(np.holdout.evaluatedCustomers),
          hit: pct0(np.holdout.nextPurchase.at1), popular: pct0(np.holdout.popularity.at1), repeat: pct0(np.holdout.repeatLast.at1) })));
      }
    }
    var rules = D.associationRules.rules;
    if (rules.length > 0) {
      w.appendChild(el('h3', 'muted', t('nbp.rulesTitle'))).style.fontSize = '14px';
      table(w, 'rules', [
        { key: 'antecedent', label: t('col.from') }, { key: 'consequent', label: t('col.to') },
        { key: 'bothCustomers', label: t('col.clients'), num: true, fmt: int },
        { key: 'support', label: 'Support', num: true, fmt: pct },
        { key: 'confidence', label: 'Confidence', num: true, fmt: pct },
        { key: 'lift', label: 'Lift', num: true, fmt: function (v) { return isNum(v) ? NUM2.format(v) : '—'; } }
      ], rules, { pageSize: 10, sortKey: 'lift', dir: -1 });
    }
    lifecycle(g, D.lifecycle);
    categoryViews(g);
  }

  /** The by-category views (cohorts, matrix, rules), switched by buttons; absent without categories. */
  function categoryViews(g) {
    var cv = D.categories;
    if (!cv) {
      absent(g, 'categories', absence('category') + ' ' + t('categories.turnOn'), { wide: true });
      return;
    }
    var w = widget(g, 'categories', { wide: true, badge: t('categories.count', { n: int(cv.names.length) }) });
    var bar = w.appendChild(el('div', 'switch'));
    bar.setAttribute('data-switch', 'categories');
    var body = w.appendChild(el('div'));
    var views = {
      cohorts: function () {
        if (cv.cohorts.rows.length === 0) { note(body, t('absent.cohorts')); return; }
        var shown = cv.cohorts.rows.slice(0, 60);
        chart(body, 'growth', function () { return heatmap(shown, cv.cohorts.months, function (x) { return x.key; }); }, 'tall');
        body.lastChild.style.height = Math.max(260, shown.length * 20 + 110) + 'px';
        table(body, 'category-cohorts', [
          { key: 'key', label: t('col.category'), cls: 'who' },
          { key: 'customers', label: t('col.clients'), num: true, fmt: int },
          { key: 'averageLtv', label: 'Avg LTV, ' + CUR, num: true, fmt: function (v) { return isNum(v) ? NUM.format(Math.round(v)) : '—'; } }
        ], cv.cohorts.rows, { pageSize: 10, sortKey: 'customers', dir: -1 });
      },
      matrix: function () {
        var rows = [];
        cv.nextBestCategories.matrix.forEach(function (r) {
          r.next.forEach(function (n) { rows.push({ from: r.category, to: n.category, count: n.count, share: n.share, total: r.total }); });
        });
        if (rows.length === 0) { note(body, t('absent.nbp')); return; }
        table(body, 'category-matrix', [
          { key: 'from', label: t('col.from') }, { key: 'to', label: t('col.to') },
          { key: 'count', label: t('col.transitions'), num: true, fmt: int },
          { key: 'share', label: t('col.share'), num: true, fmt: pct }
        ], rows, { pageSize: 10, sortKey: 'count', dir: -1 });
      },
      rules: function () {
        var r = cv.associationRules.rules;
        if (r.length === 0) { note(body, t('categories.noRules')); return; }
        table(body, 'category-rules', [
          { key: 'antecedent', label: t('col.from') }, { key: 'consequent', label: t('col.to') },
          { key: 'bothCustomers', label: t('col.clients'), num: true, fmt: int },
          { key: 'support', label: 'Support', num: true, fmt: pct },
          { key: 'confidence', label: 'Confidence', num: true, fmt: pct },
          { key: 'lift', label: 'Lift', num: true, fmt: function (v) { return isNum(v) ? NUM2.format(v) : '—'; } }
        ], r, { pageSize: 10, sortKey: 'lift', dir: -1 });
      }
    };
    function show(key) {
      while (body.firstChild) { body.removeChild(body.firstChild); }
      Array.prototype.forEach.call(bar.children, function (b) { b.className = b.getAttribute('data-view') === key ? 'on' : ''; });
      body.setAttribute('data-view', key);
      views[key]();
    }
    ['cohorts', 'matrix', 'rules'].forEach(function (key) {
      var b = bar.appendChild(el('button', null, t('categories.' + key)));
      b.type = 'button';
      b.setAttribute('data-view', key);
      b.addEventListener('click', function () { show(key); initCharts('growth'); });
    });
    show('cohorts');
  }

  // ------------------------------------------------------------------ Менеджеру продаж

  function sales(tab) {
    var s = D.sales;
    function count(list, key) { var x = list.filter(function (g) { return g.key === key; })[0]; return x ? x.customers : 0; }
    /** A sales group list ({@code channels}, …) with each group's label and CSV segment. */
    function groups(kind, prefix) {
      return s[kind].map(function (x) { return { key: x.key, customers: x.customers, label: label(kind, x.key), segment: prefix + x.key }; });
    }
    function links(list) { return list.map(function (x) { return { segment: x.segment, label: x.label, count: x.customers }; }); }
    var channels = groups('channels', 'channel/'), tones = groups('tones', 'tone/');
    var forecast = groups('forecast', 'forecast/'), priorities = groups('priorities', 'priority/');
    var total = forecast.reduce(function (acc, f) { return acc + f.customers; }, 0);
    kpis(tab, [
      { id: 'call-list', label: t('kpi.callList'), value: int(s.callListRows) },
      { id: 'today', label: t('kpi.today'), value: int(s.today), tone: 'red', note: t('kpi.todayNote', { n: int(s.callsPerDay) }) },
      { id: 'high', label: t('kpi.highPriority'), value: int(count(s.priorities, 'high')), tone: 'red' },
      { id: 'calls', label: t('kpi.calls'), value: int(count(s.channels, 'call')), tone: 'orange', note: total ? pct(count(s.channels, 'call') / total) : '' },
      { id: 'success', label: t('kpi.success'), value: total ? pct(count(s.forecast, 'success') / total) : '—', tone: 'green', note: t('kpi.customersCount', { n: int(count(s.forecast, 'success')) }) }
    ]);
    var g = tab.appendChild(el('div', 'grid'));

    var chColors = { call: C.red, messenger: C.blue, email: C.teal, sms: C.orange, 'no-contact': C.gray };
    var w = widget(g, 'channels');
    chart(w, 'sales', function () {
      return {
        tooltip: { trigger: 'item', formatter: function (p) { return tip(p.name, [int(p.value) + ' (' + NUM1.format(p.percent) + NBSP + '%)']); } },
        legend: { bottom: 0 },
        series: [{ type: 'pie', radius: ['42%', '70%'], center: ['50%', '45%'], avoidLabelOverlap: true,
          label: { formatter: function (p) { return NUM.format(p.percent) + ' %'; } },
          data: channels.filter(function (c) { return c.customers > 0; }).map(function (c) { return { name: c.label, value: c.customers, itemStyle: { color: chColors[c.key] } }; }) }]
      };
    });
    downloads(w, links(channels));
    absencesWithPrefix('rule-condition:').forEach(function (m) { note(w, m); });

    var toneColors = { vip: C.purple, care: C.teal, discount: C.orange, urgency: C.red, info: C.blue };
    w = widget(g, 'tones');
    chart(w, 'sales', function () {
      return {
        grid: grid(),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) { return tip(ps[0].name, [t('tip.customers') + ': ' + int(ps[0].value)]); } },
        xAxis: { type: 'value', minInterval: 1 },
        yAxis: { type: 'category', inverse: true, data: tones.map(function (x) { return x.label; }) },
        series: [{ type: 'bar', barMaxWidth: 28, data: tones.map(function (x) { return { value: x.customers, itemStyle: { color: toneColors[x.key] || C.blue } }; }),
          label: { show: true, position: 'right' } }]
      };
    });
    downloads(w, links(tones));

    var fcColors = { success: C.green, neutral: C.yellow, churn: C.red };
    w = widget(g, 'forecast', { wide: true });
    chart(w, 'sales', function () {
      return {
        grid: grid(),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) { return tip(ps[0].name, [t('tip.customers') + ': ' + int(forecast[ps[0].dataIndex].customers)]); } },
        xAxis: { type: 'category', data: forecast.map(function (x) { return x.label; }) },
        yAxis: { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } },
        series: [{ type: 'bar', barMaxWidth: 90, data: forecast.map(function (x) { return { value: total ? 100 * x.customers / total : 0, itemStyle: { color: fcColors[x.key] } }; }),
          label: { show: true, position: 'top', formatter: function (p) { return NUM.format(p.value) + ' % · ' + int(forecast[p.dataIndex].customers); } } }]
      };
    });
    downloads(w, links(forecast));

    // the call list: the embedded customers with a row within the page's limit, by rank; words from the view
    var calls = D.customers.filter(function (c) { return c.sales !== undefined && c.sales.rank <= V.limits.callListRows; })
      .sort(function (x, y) { return x.sales.rank - y.sales.rank; });
    w = widget(g, 'callList', { wide: true, badge: t('call.rows', { n: int(s.callListRows) }) });
    downloads(w, priorities.map(function (x) { return { segment: x.segment, label: t('call.priority', { p: x.label }), count: x.customers }; }));
    cutNote(w, 'callList', 'list.firstOf', calls.length, s.callListRows, 'call-list.csv');
    callListTable(w, calls);
  }

  /** Lines in one cell, the first as it is and the others muted. */
  function lines(list) {
    var d = el('div');
    list.forEach(function (l, i) { if (l) { d.appendChild(el('div', i > 0 ? 'sub' : null, l)); } });
    return d;
  }

  /**
   * The call list: search (name, ID, CRM id, contact, product), filters by priority, channel and RFM segment, and
   * columns that wrap so the table fits the page; the reasons and the first message open on demand.
   */
  function callListTable(w, calls) {
    function words(c) { return V.customers[c.index] || {}; }
    function product(c) { return (c.nextBestProduct && c.nextBestProduct.product) || '—'; }
    function nextPurchase(c) { return c.nextPurchase ? t('call.next', { product: c.nextPurchase.product, p: pct0(c.nextPurchase.probability) }) : null; }
    function message(c) { return firstMessageOf(c) || ''; }
    var cols = [
      { key: 'rank', label: '#', num: true, fmt: int, get: function (c) { return c.sales.rank; } },
      { key: 'today', label: t('col.today'), sortValue: function (c) { return c.sales.today ? 1 : 0; },
        render: function (c) { return c.sales.today ? el('span', 'pill high', t('call.today')) : el('span', 'muted', '—'); } },
      { key: 'name', label: t('col.customer'), cls: 'who', get: nameOf, render: function (c) {
        var ids = [c.pseudonym];
        if (c.customerIds.length > 0) { ids.push(t('col.crmId') + ' ' + c.customerIds.join(', ')); }
        return lines([nameOf(c), ids.join(' · ')]);
      } },
      { key: 'contact', label: t('col.contact'), cls: 'contact', get: contactOf, render: function (c) {
        var d = el('div');
        contactLines(c).forEach(function (l) { d.appendChild(el('div', l.indexOf('@') < 0 ? 'nowrap' : null, l)); });
        return d;
      } },
      { key: 'ltv', label: t('col.ltvSpent'), num: true, fmt: money, get: function (c) { return c.historicalLtv; } },
      { key: 'timing', label: t('col.timing'), cls: 'wrap', get: function (c) { return words(c).timing; },
        sortValue: function (c) { return c.timing.status === 'not-enough-data' ? -2147483648 : c.timing.daysOverdue; } },
      { key: 'priority', label: t('col.priority'), sortValue: function (c) { return -c.sales.rank; },
        render: function (c) { return el('span', 'pill ' + c.sales.priority, label('priorities', c.sales.priority)); } },
      { key: 'returnProbability', label: t('col.return', { days: int(D.horizonDays) }), num: true, fmt: pct0 },
      { key: 'channel', label: t('col.channel'), cls: 'wrap', get: function (c) { return label('channels', c.sales.primaryChannel); },
        render: function (c) { return lines([label('channels', c.sales.primaryChannel), '→ ' + label('channels', c.sales.secondaryChannel)]); } },
      { key: 'offer', label: t('col.offer'), cls: 'wrap', get: product,
        render: function (c) { return lines([product(c), nextPurchase(c), label('tones', c.sales.tone), words(c).discount]); } },
      { key: 'deadline', label: t('col.deadline'), cls: 'wrap', get: function (c) { return words(c).deadline; } },
      { key: 'why', label: t('col.whyMessage'), cls: 'msg', get: explanationOf, render: function (c) {
        var d = el('div', null, explanationOf(c));
        var m = message(c);
        if (m || locked) {
          var det = d.appendChild(el('details', 'first-touch'));
          det.appendChild(el('summary', null, t('col.message')));
          det.appendChild(el('div', null, m || t('lock.hidden')));
        }
        return d;
      } }
    ];
    var bar = w.appendChild(el('div', 'filters'));
    bar.setAttribute('data-filters', 'callList');
    var search = bar.appendChild(el('input'));
    search.type = 'search';
    search.placeholder = t('call.search');
    search.setAttribute('aria-label', t('call.search'));
    search.setAttribute('data-filter', 'search');
    function select(key, allLabel, options) {
      var sel = bar.appendChild(el('select'));
      sel.setAttribute('data-filter', key);
      sel.setAttribute('aria-label', allLabel);
      var all = sel.appendChild(el('option', null, allLabel));
      all.value = '';
      options.forEach(function (o) { var opt = sel.appendChild(el('option', null, o.label)); opt.value = o.key; });
      return sel;
    }
    function present(get) {
      var keys = [];
      calls.forEach(function (c) { var k = get(c); if (keys.indexOf(k) < 0) { keys.push(k); } });
      return keys;
    }
    var priorityOrder = Object.keys(V.labels.priorities);
    var byPriority = select('priority', t('call.allPriorities'), present(function (c) { return c.sales.priority; })
      .sort(function (a, b) { return priorityOrder.indexOf(a) - priorityOrder.indexOf(b); })
      .map(function (k) { return { key: k, label: label('priorities', k) }; }));
    var byChannel = select('channel', t('call.allChannels'), present(function (c) { return c.sales.primaryChannel; })
      .map(function (k) { return { key: k, label: label('channels', k) }; }));
    var bySegment = select('segment', t('call.allSegments'), present(function (c) { return c.rfm.segment; })
      .map(function (k) { return { key: k, label: gl('rfm/' + k) }; }));
    var shown = bar.appendChild(el('span', 'muted'));
    shown.setAttribute('data-filter', 'count');
    var tbl = table(w, 'callList', cols, calls, { pageSize: 15 });
    function text(c) {
      var parts = [c.pseudonym, c.name || '', product(c)].concat(c.customerIds, c.phones, c.emails);
      return parts.join(' ').toLowerCase();
    }
    function apply() {
      var q = search.value.trim().toLowerCase(), digits = q.replace(/\D/g, '');
      var rows = calls.filter(function (c) {
        if (byPriority.value && c.sales.priority !== byPriority.value) { return false; }
        if (byChannel.value && c.sales.primaryChannel !== byChannel.value) { return false; }
        if (bySegment.value && c.rfm.segment !== bySegment.value) { return false; }
        if (!q) { return true; }
        var hay = text(c);
        return hay.indexOf(q) >= 0 || (digits.length >= 3 && c.phones.some(function (p) { return p.indexOf(digits) >= 0; }));
      });
      shown.textContent = t('call.shown', { n: int(rows.length), total: int(calls.length) });
      tbl.setRows(rows);
    }
    [search, byPriority, byChannel, bySegment].forEach(function (x) { x.addEventListener('input', apply); x.addEventListener('change', apply); });
    apply();
  }

  // ------------------------------------------------------------------ Выгрузки и данные

  /** The order of the known exports in the panel; other files follow in the order written. */
  var EXPORT_ORDER = ['customers.csv', 'call-list.csv', 'next-best-product.csv', 'cohorts-by-month.csv', 'cohorts-by-product.csv',
    'association-rules.csv', 'cohorts-by-category.csv', 'next-best-category.csv', 'association-rules-by-category.csv',
    'retention-drivers.csv', 'ltv-vs-cac.csv', 'executive-report.pdf', 'executive-report.docx',
    'analysis.json', 'rejected-rows.csv'];

  /** The top-level files written beside the page in this run. */
  function besideFiles() {
    return R.exports.filter(function (f) { return f.indexOf('/') < 0 && f !== 'dashboard.html'; });
  }
  /** Whether {@code f} is embedded in the page rather than beside it. */
  function embedded(f) { return own(FILES, f) && R.exports.indexOf(f) < 0; }
  /**
   * The top-level files of this run, beside the page or embedded in it (segment CSVs are linked in
   * their widgets), known ones first.
   */
  function exportFiles() {
    var files = besideFiles();
    Object.keys(FILES).forEach(function (f) { if (f.indexOf('/') < 0 && files.indexOf(f) < 0) { files.push(f); } });
    function rank(f) { var i = EXPORT_ORDER.indexOf(f); return i < 0 ? EXPORT_ORDER.length : i; }
    return files.map(function (f, i) { return { file: f, i: i }; })
      .sort(function (a, b) { return rank(a.file) - rank(b.file) || a.i - b.i; })
      .map(function (x) { return x.file; });
  }

  function files(tab) {
    var ing = D.ingestion;
    var list = exportFiles();
    kpis(tab, [
      { id: 'rows-read', label: t('dq.read'), value: int(ing.rowsRead) },
      { id: 'rows-accepted', label: t('dq.accepted'), value: int(ing.rowsAccepted), tone: 'green', note: ing.rowsRead ? pct(ing.rowsAccepted / ing.rowsRead) : '' },
      { id: 'refunds', label: t('dq.refunds'), value: int(ing.refunds), tone: 'orange', note: ing.refunds ? money(ing.refundAmount) : '' },
      { id: 'rows-rejected', label: t('dq.rejected'), value: int(ing.rowsRejected), tone: ing.rowsRejected ? 'red' : 'green', note: ing.rowsRead ? pct(ing.rowsRejected / ing.rowsRead) : '' }
    ]);
    var g = tab.appendChild(el('div', 'grid'));

    var w = widget(g, 'exports', { wide: true, badge: t('exports.count', { n: int(list.length) }) });
    w.id = 'exports';
    if (besideFiles().length === 0) {
      note(w, t('exports.none'));
    }
    if (list.length > 0) {
      var ul = w.appendChild(el('ul', 'exports'));
      list.forEach(function (f) {
        var li = ul.appendChild(el('li'));
        var a = li.appendChild(el('a', 'dl', '⬇ ' + (has('file.' + f) ? t('file.' + f) : f)));
        a.setAttribute('data-export', f);
        if (embedded(f)) {
          a.href = fileUrl(f);
          a.setAttribute('download', f);
          a.setAttribute('data-embedded', f);
          a.title = t('exports.embeddedFile');
        } else {
          a.href = f;
          a.setAttribute('download', '');
        }
        li.appendChild(el('span', 'muted', f + (has('file.' + f + '.how') ? ' — ' + t('file.' + f + '.how') : '')));
      });
    }
    if (list.indexOf('customers.csv') < 0) {
      note(w, t('exports.notIncluded'));
    }
    if (!R.segmentFiles) {
      var embeddedSegments = Object.keys(FILES).filter(function (f) { return f.indexOf('/') >= 0; }).length;
      var notEmbedded = D.segments.filter(function (s) { return s.file !== undefined && !own(FILES, s.file); }).length;
      if (embeddedSegments > 0) { note(w, t('exports.embedded', { n: int(embeddedSegments) })); }
      if (notEmbedded > 0) { note(w, t('exports.someMissing', { n: int(notEmbedded), rows: int(V.limits.embeddedRows) })); }
    }
    if (LOCK) { note(w, t('lock.filesPlain')); }

    w = widget(g, 'dataQuality', { wide: true, badge: ing.rowsRejected ? t('dq.badgeRejected', { n: int(ing.rowsRejected) }) : t('dq.badgeClean'),
      badgeTone: ing.rowsRejected ? 'red' : 'green' });
    w.appendChild(el('p', 'muted', t('dq.balance', { read: int(ing.rowsRead), accepted: int(ing.rowsAccepted), refunds: int(ing.refunds), rejected: int(ing.rowsRejected) })));
    var reasons = byCode(ing.rejected);
    chart(w, 'files', function () {
      var bars = reasons.length > 0 ? reasons : [{ code: null, rows: 0 }];
      return {
        grid: grid({ bottom: 34 }),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) { return tip(ps[0].name, [t('dq.rows') + ': ' + int(ps[0].value)]); } },
        xAxis: { type: 'value', minInterval: 1, name: t('dq.rows'), nameLocation: 'middle', nameGap: 26 },
        yAxis: { type: 'category', inverse: true, data: bars.map(function (r) { return r.code ? problemLabel(r.code) : t('dq.noRejected'); }),
          axisLabel: { width: 220, overflow: 'truncate' } },
        series: [{ type: 'bar', barMaxWidth: 26, itemStyle: { color: C.red }, data: bars.map(function (r) { return r.rows; }),
          label: { show: true, position: 'right' } }]
      };
    }).el.style.height = Math.max(160, 60 + 34 * Math.max(1, reasons.length)) + 'px';
    if (reasons.length > 0) {
      w.appendChild(el('h3', 'subhead', t('dq.topReasons')));
      table(w, 'rejectedReasons', [
        { key: 'label', label: t('dq.reason'), cls: 'wrap' },
        { key: 'rows', label: t('dq.rows'), num: true, fmt: int },
        { key: 'example', label: t('dq.example'), cls: 'msg' }
      ], reasons.map(function (r) { return { label: problemLabel(r.code), rows: r.rows, example: r.example || (locked ? t('lock.hidden') : '') }; }),
      { pageSize: 10 });
      if (besideFiles().indexOf('rejected-rows.csv') >= 0) {
        var more = w.appendChild(el('p', 'muted'));
        more.appendChild(document.createTextNode(t('dq.allRejected') + ' '));
        var link = more.appendChild(el('a', null, 'rejected-rows.csv'));
        link.href = 'rejected-rows.csv';
        link.setAttribute('download', '');
      }
    }
    var warned = byCode(ing.warnings);
    if (warned.length > 0) {
      w.appendChild(el('h3', 'subhead', t('dq.rowWarnings', { n: int(ing.warnings.length) })));
      var wl = w.appendChild(el('ul', 'dq-list'));
      warned.forEach(function (r) { wl.appendChild(el('li', null, problemLabel(r.code) + ': ' + int(r.rows))); });
    }
    w.appendChild(el('h3', 'subhead', t('dq.warnings')));
    var ul2 = w.appendChild(el('ul', 'dq-list'));
    ul2.setAttribute('data-list', 'warnings');
    ul2.appendChild(el('li', null, t('page.asOf.' + D.asOfBasis, { last: date(D.lastPurchase), days: int(D.daysAfterLastPurchase) })));
    (D.warnings || []).forEach(function (x) { ul2.appendChild(el('li', 'warn', warningText(x))); });
    if ((D.warnings || []).length === 0) { ul2.appendChild(el('li', null, t('dq.noWarnings'))); }

    w.appendChild(el('h3', 'subhead', t('dq.columns')));
    var ul3 = w.appendChild(el('ul', 'dq-list'));
    ul3.setAttribute('data-list', 'missing-columns');
    if (ing.optionalColumnsMissing.length === 0) { ul3.appendChild(el('li', null, t('dq.allColumns'))); }
    ing.optionalColumnsMissing.forEach(function (col) {
      var li = ul3.appendChild(el('li'));
      li.appendChild(el('b', null, '«' + t('field.' + constant(col)) + '»'));
      li.appendChild(document.createTextNode(' — ' + (has('dq.off.' + constant(col)) ? t('dq.off.' + constant(col)) : t('dq.off.other'))));
      var parts = D.absences.filter(function (a) { return a.missingColumn === col; }).length;
      if (parts > 0) { li.appendChild(el('span', 'muted', ' ' + t('dq.offParts', { n: int(parts) }))); }
    });
  }

  /** Problems grouped by code, the largest group first (ties by code), each with its first message as the example. */
  function byCode(problems) {
    var groups = {};
    problems.forEach(function (p) {
      var g = groups[p.code] || (groups[p.code] = { code: p.code, rows: 0, example: p.message });
      g.rows++;
    });
    return Object.keys(groups).map(function (k) { return groups[k]; })
      .sort(function (a, b) { return b.rows - a.rows || (a.code < b.code ? -1 : 1); });
  }
  function problemLabel(code) { return has('problem.' + code) ? t('problem.' + code) : code; }
  /** A load-wide warning: its message, or its label while a protected page keeps the message encrypted. */
  function warningText(w) { return w.message !== undefined ? w.message : (has('warning.' + w.code) ? t('warning.' + w.code) : w.code); }

  // ------------------------------------------------------------------ Итоги анализа

  function summary(tab) {
    var s = D.executiveSummary, roi = D.roi, wf = D.finance.waterfall;
    kpis(tab, [
      { id: 'writer', label: t('kpi.writer'), value: s.writer === 'offline' ? t('writer.offline') : s.writer, note: s.fallbackReason ? t('summary.fallback', { reason: s.fallbackReason }) : '' },
      { id: 'health-sum', label: t('kpi.health'), value: pct0(D.overview.health.score / 100), tone: D.overview.health.alarm ? 'red' : 'green' },
      { id: 'risk-sum', label: t('kpi.revenueAtRisk'), value: money(D.overview.revenueAtRisk.total), tone: 'red' },
      { id: 'roi-sum', label: t('kpi.roiNet'), value: roi ? signedMoney(roi.netProfit) : '—', tone: 'green' }
    ]);
    var roiSum = tab.querySelector('[data-kpi="roi-sum"] .value');
    roiListeners.push(function () { if (roiState) { roiSum.textContent = signedMoney(roiState.result.net); } });
    var g = tab.appendChild(el('div', 'grid'));
    var pw = widget(g, 'potential', { wide: true });
    var pot = [
      { name: t('wf.atRisk'), value: wf.revenueAtRisk, color: C.red },
      { name: t('wf.saved'), value: savedRevenue(), color: C.dgreen }
    ];
    if (roi) {
      pot.push({ name: t('kpi.roiNet'), value: roi.netProfit, color: C.green });
      pot.push({ name: t('roi.out.savings'), value: roi.savingsVsAcquisition, color: C.blue });
    }
    var potEntry = chart(pw, 'summary', function () {
      var bars = pot.slice();
      bars[1].value = savedRevenue();
      if (roi && roiState) { bars[2].value = roiState.result.net; bars[3].value = roiState.result.savings; }
      return {
        grid: grid(),
        tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: function (ps) { return tip(ps[0].name, [money(ps[0].value)]); } },
        xAxis: { type: 'category', data: bars.map(function (b) { return b.name; }), axisLabel: { interval: 0, lineHeight: 15 } },
        yAxis: { type: 'value', axisLabel: axisMoney },
        series: [{ type: 'bar', barMaxWidth: 80, data: bars.map(function (b) { return { value: b.value, itemStyle: { color: b.color } }; }),
          label: { show: true, position: 'top', formatter: function (p) { return money(p.value); } } }]
      };
    });
    potEntry.el.style.height = '260px';
    roiListeners.push(function () { refresh(potEntry); });
    var w = widget(g, 'summary', { wide: true });
    if (s.sections.length === 0) { note(w, t('absent.summary')); }
    s.sections.forEach(function (sec) {
      var box = w.appendChild(el('div', 'summary-section'));
      box.setAttribute('data-section', sec.kind);
      box.appendChild(el('h3', null, sec.title));
      sec.paragraphs.forEach(function (p) { box.appendChild(el('p', null, p)); });
    });
    w = widget(g, 'chains', { wide: true });
    if (s.chains.length === 0) { note(w, t('absent.chains')); }
    s.chains.forEach(function (c) {
      var box = w.appendChild(el('div', 'chain'));
      box.appendChild(el('div', 'head', gl('rfm/' + c.segment) + ' · ' + label('tones', c.tone)));
      var p1 = box.appendChild(el('div', 'touch'));
      p1.appendChild(el('span', null, t('chain.first', { ch: label('channels', c.channel) }) + ' '));
      p1.appendChild(document.createTextNode(c.firstTouch));
      var p2 = box.appendChild(el('div', 'touch'));
      p2.appendChild(el('span', null, t('chain.second', { ch: label('channels', c.secondChannel) }) + ' '));
      p2.appendChild(document.createTextNode(c.secondTouch));
    });
  }

  // ------------------------------------------------------------------ page

  var TABS = [
    { id: 'overview', build: overview }, { id: 'finance', build: finance }, { id: 'analytics', build: analytics },
    { id: 'growth', build: growth }, { id: 'sales', build: sales }, { id: 'summary', build: summary },
    { id: 'files', build: files }
  ];

  function page() {
    var app = document.getElementById('app');
    var head = app.appendChild(el('header', 'top'));
    if (D.quota) {
      var quota = head.appendChild(el('div', 'quota', isNum(D.quota.left)
        ? t('page.quota', { charged: int(D.quota.charged), left: int(D.quota.left) })
        : t('page.quota.unlimited', { charged: int(D.quota.charged) })));
      quota.setAttribute('data-quota', isNum(D.quota.left) ? 'limited' : 'unlimited');
    }
    head.appendChild(el('h1', null, t('page.title')));
    head.appendChild(el('div', 'sub', t('page.subtitle', { date: date(D.asOf), customers: int(D.overview.uniqueCustomers),
      purchases: int(D.overview.transactions), products: int(V.products) })));
    head.appendChild(el('div', 'sub', t('page.asOf.' + D.asOfBasis, { last: date(D.lastPurchase),
      days: int(D.daysAfterLastPurchase) })));
    (D.warnings || []).forEach(function (w) {
      var box = head.appendChild(el('div', 'data-warning', warningText(w)));
      box.setAttribute('role', 'alert');
    });
    if (locked) { lockBar(head); }
    var nav = head.appendChild(el('nav', 'tabs'));
    nav.setAttribute('role', 'tablist');
    var main = app.appendChild(el('main'));
    TABS.forEach(function (tb) {
      var b = nav.appendChild(el('button', null, t('tab.' + tb.id)));
      b.type = 'button';
      b.setAttribute('role', 'tab');
      b.setAttribute('data-tab', tb.id);
      b.addEventListener('click', function () { show(tb.id); });
      var sec = main.appendChild(el('section', 'tab'));
      sec.id = 'tab-' + tb.id;
      sec.setAttribute('role', 'tabpanel');
      sec.appendChild(el('p', 'tab-intro', t('tab.' + tb.id + '.intro')));
      tb.build(sec);
    });
    var jump = nav.appendChild(el('button', 'to-files', t('exports.jump', { n: int(exportFiles().length) })));
    jump.type = 'button';
    jump.setAttribute('data-jump', 'files');
    jump.addEventListener('click', function () { show('files'); });
  }

  // ------------------------------------------------------------------ protected page

  function bytes(b64) {
    var s = atob(b64), out = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) { out[i] = s.charCodeAt(i); }
    return out;
  }

  /** Decrypts the contacts (PBKDF2-SHA-256 → AES-GCM, as PageLock in Java encrypts them). */
  function decrypt(passphrase) {
    var subtle = window.crypto && window.crypto.subtle;
    if (!subtle) { return Promise.reject(new Error('no-webcrypto')); }
    return subtle.importKey('raw', new TextEncoder().encode(passphrase), 'PBKDF2', false, ['deriveKey'])
      .then(function (base) {
        return subtle.deriveKey({ name: 'PBKDF2', salt: bytes(LOCK.salt), iterations: LOCK.iterations, hash: 'SHA-256' },
          base, { name: 'AES-GCM', length: 256 }, false, ['decrypt']);
      })
      .then(function (key) { return subtle.decrypt({ name: 'AES-GCM', iv: bytes(LOCK.iv) }, key, bytes(LOCK.data)); })
      .then(function (plain) { return JSON.parse(new TextDecoder().decode(plain)); });
  }

  /** Puts the decrypted contacts back into the document and draws the page again. */
  function unlock(contacts) {
    Object.keys(contacts.customers).forEach(function (k) {
      var c = CUSTOMERS[k], o = contacts.customers[k];
      if (c) { Object.keys(o).forEach(function (f) { c[f] = o[f]; }); }
    });
    function put(list, moved) { moved.forEach(function (o, i) { if (list[i]) { Object.keys(o).forEach(function (f) { list[i][f] = o[f]; }); } }); }
    put(D.ingestion.rejected, contacts.rejected);
    put(D.ingestion.warnings, contacts.rowWarnings);
    put(D.warnings || [], contacts.warnings);
    locked = false;
    var tab = active;
    charts.forEach(function (c) { if (c.instance) { c.instance.dispose(); } });
    charts.length = 0;
    roiListeners.length = 0;
    roiState = null;
    var app = document.getElementById('app');
    while (app.firstChild) { app.removeChild(app.firstChild); }
    page();
    show(tab);
    document.documentElement.setAttribute('data-unlocked', 'true');
  }

  function lockBar(head) {
    var box = head.appendChild(el('form', 'lock'));
    box.setAttribute('data-lock', 'true');
    box.appendChild(el('span', null, t('lock.prompt')));
    var input = box.appendChild(el('input'));
    input.type = 'password';
    input.autocomplete = 'off';
    input.setAttribute('aria-label', t('lock.passphrase'));
    input.placeholder = t('lock.passphrase');
    var button = box.appendChild(el('button', null, t('lock.open')));
    button.type = 'submit';
    var msg = box.appendChild(el('span', 'lock-msg'));
    msg.setAttribute('role', 'status');
    box.addEventListener('submit', function (e) {
      e.preventDefault();
      button.disabled = true;
      msg.textContent = t('lock.opening');
      decrypt(input.value).then(unlock, function (err) {
        button.disabled = false;
        msg.textContent = err && err.message === 'no-webcrypto' ? t('lock.noCrypto') : t('lock.wrong');
        msg.className = 'lock-msg error';
        input.select();
      });
    });
  }

  function show(id) {
    if (!TABS.some(function (tb) { return tb.id === id; })) { id = 'overview'; }
    active = id;
    Array.prototype.forEach.call(document.querySelectorAll('nav.tabs button'), function (b) {
      var on = b.getAttribute('data-tab') === id;
      b.classList.toggle('active', on);
      b.setAttribute('aria-selected', on ? 'true' : 'false');
    });
    Array.prototype.forEach.call(document.querySelectorAll('section.tab'), function (s) { s.classList.toggle('active', s.id === 'tab-' + id); });
    initCharts(id);
    if (history.replaceState) { try { history.replaceState(null, '', '#' + id); } catch (e) { /* file: URLs may refuse */ } }
  }

  page();
  show((location.hash || '#overview').substring(1));
  window.reactivatorDashboard = {
    tabs: TABS.map(function (tb) { return tb.id; }),
    show: show,
    simulate: simulate,
    locked: function () { return locked; },
    charts: function () { return charts.map(function (c) { return { tab: c.tab, el: c.el, ready: !!c.instance }; }); }
  };
})();
