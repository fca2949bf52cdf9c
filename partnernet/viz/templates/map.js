// partnernet map: reads the JSON data block and draws it with vis-network.
// Text from the landscape is only ever put into the page with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pn-data").textContent);
  var W = data.words;
  var reg = data.register;
  var register = partnernetRegister(reg), activeSeats = register.activeSeats, bodyAlive = register.bodyAlive;
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var state = { firstDrawMs: null, ready: false, hidden: {}, layer: "all", view: data.views.current,
                date: reg.date, steps: 1, removing: [], whatif: null, focus: null, top: [],
                hiddenNodes: {}, hiddenEdges: {}, shadows: {}, opacity: {}, grouped: {}, revealed: {} };
  window.partnernetMap = state;

  function $(id) { return document.getElementById(id); }

  function fill(template, values) {
    return template.replace(/\{(\w+)\}/g, function (all, key) { return key in values ? values[key] : all; });
  }

  function figure(value, decimals) {
    if (value === null || value === undefined || isNaN(value)) { return "–"; }
    var text = String(Math.round(value * Math.pow(10, decimals)) / Math.pow(10, decimals));
    return text.replace(".", W.decimal);
  }

  // A YYYY-MM-DD day as the page's title writes dates: 30-11-2026 in Dutch, 2026-11-30 in English.
  function showDate(day) {
    return day && W.day_first ? day.split("-").reverse().join("-") : day || "";
  }

  // Text from the landscape goes into <bdi> elements: a name holding a right-to-left override cannot turn
  // the id, figure or words after it around.
  function bdi(text) {
    var element = document.createElement("bdi");
    element.textContent = text;
    return element;
  }

  // A node's title "name (id)" into ``element``, name and id each isolated.
  function putTitle(element, title, id) {
    var tail = id === undefined || id === null ? "" : " (" + id + ")";
    if (tail && title.length > tail.length && title.slice(-tail.length) === tail) {
      element.appendChild(bdi(title.slice(0, -tail.length)));
      element.appendChild(document.createTextNode(" ("));
      element.appendChild(bdi(String(id)));
      element.appendChild(document.createTextNode(")"));
    } else {
      element.appendChild(bdi(title));
    }
    return element;
  }

  // A sentence of the page's words into ``element``: {placeholders} filled with ``values``, each a text
  // (isolated) or a DOM node.
  function putFilled(element, template, values) {
    template.split(/(\{\w+\})/).forEach(function (part) {
      var key = /^\{(\w+)\}$/.exec(part);
      if (key && key[1] in values) {
        var value = values[key[1]];
        element.appendChild(typeof value === "object" ? value : bdi(String(value)));
      } else if (part) {
        element.appendChild(document.createTextNode(part));
      }
    });
    return element;
  }

  // Several nodes by their titles, each isolated, separated by "; ".
  function titlesOf(ids) {
    var span = document.createElement("span");
    ids.forEach(function (id, i) {
      if (i) { span.appendChild(document.createTextNode("; ")); }
      putTitle(span, byId[id] ? byId[id].tip.title : String(id), byId[id] ? id : null);
    });
    return span;
  }

  function option(select, value, text) {
    var item = document.createElement("option");
    item.value = value;
    item.textContent = text;
    select.appendChild(item);
  }

  // -- tooltips and the network --------------------------------------------------------

  function rowsTable(table, rows) {
    rows.forEach(function (row) {
      var line = table.insertRow();
      line.insertCell().appendChild(bdi(row[0]));
      line.insertCell().appendChild(bdi(row[1]));
    });
  }

  function tooltip(tip, id) {
    var box = document.createElement("div");
    box.className = "pn-tip";
    var heading = document.createElement("strong");
    if (tip.template) { putFilled(heading, tip.template, tip.parts); } else { putTitle(heading, tip.title, id); }
    box.appendChild(heading);
    if (tip.rows.length) {
      var table = document.createElement("table");
      rowsTable(table, tip.rows);
      box.appendChild(table);
    }
    return box;
  }

  var where = register.where, hadSeat = {};
  reg.seats.forEach(function (s) { hadSeat[s[0]] = true; });

  function activeAt(day) {
    var seen = {};
    activeSeats(day).forEach(function (s) { seen[s[0] + ":" + s[2]] = true; seen[s[1] + ":" + s[2]] = true; seen[s[0]] = true; });
    return { pair: function (a, b) { return seen[where[a] + ":" + where[b]] || seen[where[b] + ":" + where[a]]; },
             body: function (id) { return bodyAlive(where[id], day); },
             person: function (id) { return seen[where[id]] || !hadSeat[where[id]]; } };
  }

  var always = { pair: function () { return true; }, body: function () { return true; }, person: function () { return true; } };
  var today = { day: undefined, now: always };
  function nowAt(day) {  // what is active on ``day`` (kept for the last day asked)
    if (!reg.dated) { return always; }
    if (today.day !== day) { today = { day: day, now: activeAt(day) }; }
    return today.now;
  }

  // Whether ``id`` is in the register on the slider's date (as land.at(date) has it): organisations
  // always, bodies by their dates, persons while they hold a membership.
  function present(id) {
    var n = byId[id], now = nowAt(state.date);
    if (!n || String(id).indexOf("group:") === 0) { return true; }
    return n.group === "body" ? now.body(id) : n.group === "person" ? now.person(id) : true;
  }
  state.present = present;

  // vis-network records without their tooltips: a tooltip is built when the pointer first rests on
  // its node or edge (thousands of them built up front would cost seconds on a large map).
  var tips = {};
  function names() {
    var known = {};
    reg.ids.forEach(function (id, i) { known[id] = reg.names[i]; });
    data.nodes.forEach(function (n) { if (!(n.id in known)) { known[n.id] = n.id; } });
    return known;
  }
  var nameOf = names();

  function records(items, prefix) {
    return items.map(function (item, i) {
      var copy = Object.assign({ id: prefix + i }, item);
      if (prefix === "n") {
        tips[copy.id] = item.tip;
        copy.color = { background: item.color[0], border: item.color[1], highlight: { background: item.color[0], border: "#000000" },
                       hover: { background: item.color[0], border: "#000000" } };
        if (item.group !== "person") { copy.font = { size: item.labelled ? 16 : 11 }; }
      } else {  // an edge: "A at B" from the names, its colour from its group
        tips[copy.id] = { template: W["edge_" + item.group], parts: { a: nameOf[item.from], b: nameOf[item.to] }, rows: item.rows || [] };
        copy.color = { color: W.edge_colours[item.group], highlight: "#000000", hover: "#000000" };
      }
      ["tip", "rows", "facets", "labelled", "find", "group"].forEach(function (key) { delete copy[key]; });
      if (prefix === "e") { copy.group = item.group; }
      return copy;
    });
  }

  function withTitle(set, id) {
    var item = set.get(id);
    if (item && !item.title && tips[id]) { set.update({ id: id, title: tooltip(tips[id], byId[id] ? id : null) }); }
  }

  // A grouped map holds its persons back (and their lines) until it is opened: fewer items to lay out.
  var nodeRecords = records(data.nodes, "n"), edgeRecords = records(data.edges, "e"), held = {};
  if (data.cluster) {  // persons, and organisations of a domain (drawn as its group node)
    data.nodes.forEach(function (n) { if (n.group === "person" || n.group === "organisation" && n.facets.domain) { held[n.id] = true; } });
    edgeRecords.forEach(function (e) { if (held[e.from] || held[e.to]) { held[e.id] = true; } });
  }
  function kept(item) { return !held[item.id]; }
  var nodes = new vis.DataSet(nodeRecords.filter(kept));
  var edges = new vis.DataSet(edgeRecords.filter(kept));
  state.tooltip = function (id) { return tooltip(tips[id], byId[id] ? id : null); };
  var first = visibility(edges.get({ fields: ["id", "from", "to", "group"] }));
  nodes.update(first.nodes.filter(kept).filter(remember(state.hiddenNodes, "hidden")));
  edges.update(first.edges.filter(remember(state.hiddenEdges, "hidden")));

  // Add the held nodes that ``which`` chooses, and the held edges whose ends are then both present.
  function release(which) {
    var nodesBack = nodeRecords.filter(function (n) { return held[n.id] && which(byId[n.id]); });
    nodesBack.forEach(function (n) { delete held[n.id]; });
    var edgesBack = edgeRecords.filter(function (e) { return held[e.id] && !held[e.from] && !held[e.to]; });
    edgesBack.forEach(function (e) { delete held[e.id]; });
    nodes.add(nodesBack);
    edges.add(edgesBack);
  }

  state.nodes = nodes;
  state.edges = edges;
  var options = Object.assign({}, data.options);
  options.nodes = Object.assign({}, options.nodes, { scaling: { label: { enabled: true, drawThreshold: 12, maxVisible: 16 } } });
  state.network = new vis.Network($("pn-map"), { nodes: nodes, edges: edges }, options);
  var network = state.network;

  // The largest nodes keep a readable label when zoomed out; the rest appear when zoomed in. No label is
  // drawn taller than LABEL_MAX_PX on screen however far one zooms in (vis-network's
  // scaling.label.maxVisible only fades the text, it does not cap it). Only nodes whose font size changes
  // are updated, in one batch.
  var LABEL_MAX_PX = 16, fonts = {};
  function scaleLabels() {
    var scale = Math.max(network.getScale(), 0.01), cap = LABEL_MAX_PX / scale, updates = [];
    nodes.getIds().forEach(function (id) {
      var n = byId[id], base;
      if (String(id).indexOf("group:") === 0 || n && n.labelled) { base = Math.max(16, 12 / scale); }
      else if (n && n.group !== "person") { base = 11; }
      else { return; }
      var size = Math.floor(Math.min(base, cap) * 10) / 10;
      if (fonts[id] !== size) { fonts[id] = size; updates.push({ id: id, font: { size: size } }); }
    });
    if (updates.length) { nodes.update(updates); }
  }
  state.scaleLabels = scaleLabels;

  function fitAll() {
    network.fit({ animation: false });
    scaleLabels();
  }

  // -- what is shown: legend filters, date, layer, view --------------------------------

  function regimeShown(regime) {
    if (state.layer === "ct") { return regime === "ct" || regime === "both"; }
    if (state.layer === "crime") { return regime === "crime" || regime === "both"; }
    return true;
  }

  function nodeShown(n, now) {
    var f = n.facets;
    if (state.hidden["kind:" + f.kind] || state.hidden["domain:" + (f.domain || "")] && f.kind !== "body" ||
        state.hidden["regime:" + f.regime] || state.hidden["level:" + f.level]) { return false; }
    if (f.kind === "body" && (!now.body(n.id) || !regimeShown(f.regime))) { return false; }
    if (f.kind === "person" && (!now.person(n.id) || data.cluster && !state.expanded && !state.revealed[n.id])) { return false; }
    if (f.kind === "organisation" && state.grouped[f.domain || ""] && !state.revealed[n.id]) { return false; }
    if (state.view === "organisations" && f.kind !== "organisation") { return false; }
    return true;
  }

  // Which nodes and edges are hidden now: legend filters, date, layer, view, clusters.
  function visibility(edgeItems) {
    var now = nowAt(state.date);
    var shown = {};
    var nodeList = data.nodes.map(function (n) {
      shown[n.id] = nodeShown(n, now);
      return { id: n.id, hidden: !shown[n.id] };
    });
    Object.keys(state.grouped).forEach(function (d) {
      shown["group:" + d] = state.grouped[d] && !state.hidden["domain:" + d];
      if (state.grouped[d]) { nodeList.push({ id: "group:" + d, hidden: !shown["group:" + d] }); }
    });
    var edgeList = edgeItems.map(function (e) {
      var on = shown[e.from] && shown[e.to] && (e.group !== "membership" || now.pair(e.from, e.to));
      if (e.group === "grouped") { on = shown[e.from] && shown[e.to]; }
      if (state.view === "organisations") { on = e.group === "shared" && shown[e.from] && shown[e.to]; }
      else if (e.group === "shared") { on = false; }
      return { id: e.id, hidden: !on };
    });
    return { nodes: nodeList, edges: edgeList, shown: shown };
  }

  // A filter that keeps the items whose ``field`` changed since last time (and remembers the new value).
  function remember(cache, field) {
    return function (item) {
      var old = cache[item.id], value = JSON.stringify(item[field]);
      cache[item.id] = value;
      return old !== value && !(old === undefined && item[field] === false);
    };
  }

  function changed(set, cache, field, items) {
    var updates = items.filter(kept).filter(remember(cache, field));
    if (updates.length) { set.update(updates); }
  }

  function refresh() {
    var now = visibility(edges.get({ fields: ["id", "from", "to", "group"] })), shown = now.shown;
    changed(nodes, state.hiddenNodes, "hidden", now.nodes);
    changed(edges, state.hiddenEdges, "hidden", now.edges);
    state.visible = Object.keys(shown).filter(function (id) { return shown[id]; });
    markBridges();
    if (reg.dated) {
      state.counts = register.countsAt(state.date);
      $("pn-date-text").textContent = showDate(state.date);
      $("pn-counts").textContent = fill(W.date_counts, state.counts);
    }
  }

  function setupLegend() {
    var more = $("pn-legend-more");
    [["regime", W.by_regime], ["level", W.by_level]].forEach(function (pair) {
      if (!data.facets[pair[0]].length) { return; }
      var heading = document.createElement("h2");
      heading.textContent = pair[1];
      var list = document.createElement("ul");
      data.facets[pair[0]].forEach(function (value) {
        var item = document.createElement("li");
        item.className = "pn-toggle";
        item.tabIndex = 0;
        item.setAttribute("role", "button");
        item.setAttribute("aria-pressed", "true");
        item.dataset.facet = pair[0];
        item.dataset.value = value[0];
        item.appendChild(bdi(value[1]));
        list.appendChild(item);
      });
      more.appendChild(heading);
      more.appendChild(list);
    });
    Array.prototype.forEach.call(document.querySelectorAll(".pn-toggle"), function (item) {
      function toggle() {
        var key = item.dataset.facet + ":" + item.dataset.value;
        state.hidden[key] = !state.hidden[key];
        item.classList.toggle("pn-off", state.hidden[key]);
        item.setAttribute("aria-pressed", state.hidden[key] ? "false" : "true");  // pressed: the group is shown
        refresh();
      }
      item.addEventListener("click", toggle);
      item.addEventListener("keydown", function (event) { if (event.key === "Enter" || event.key === " ") { toggle(); } });
    });
    var bridgeLine = document.createElement("p");
    bridgeLine.id = "pn-bridge-legend";
    bridgeLine.hidden = true;
    var ring = document.createElement("span");
    ring.className = "pn-dot pn-bridge";
    bridgeLine.appendChild(ring);
    bridgeLine.appendChild(document.createTextNode(fill(W.layer_bridge_marker, { n: (data.bridges || []).length })));
    more.appendChild(bridgeLine);
    if (data.nodes.length > 300) { $("pn-legend").open = false; }
  }

  // CT and crime layers together: the bridge actors the caller computed (pn.layers(land).bridge_actors,
  // ``data.bridges``) get a purple halo and border; the top of a metric an orange halo.
  var bridgeSet = {}, BRIDGE_BORDER = 7;  // wider than the markers' border (5)
  (data.bridges || []).forEach(function (id) { bridgeSet[id] = true; });
  function markBridges() {
    var on = state.layer === "bridges";
    state.bridges = [];
    changed(nodes, state.shadows, "shadow", data.nodes.map(function (n) {
      var bridge = on && bridgeSet[n.id] === true, top = state.top.indexOf(n.id) >= 0;
      if (bridge) { state.bridges.push(n.id); }
      var record = { id: n.id, shadow: bridge || top ? { enabled: true, color: top ? "#ff6f00" : "#8e24aa", size: 22, x: 0, y: 0 } : false };
      if (bridge || state.shadows[n.id] !== undefined) { record.borderWidth = bridge ? BRIDGE_BORDER : (n.borderWidth || 1); }
      return record;
    }));
    $("pn-bridge-legend").hidden = !on;
  }

  // -- views ---------------------------------------------------------------------------

  // The organisation network: organisations linked by the tables they share on the slider's date. On a
  // grouped map an unopened group stands for its organisations (links between groups, and between a
  // group and an opened organisation), so the view stays grouped at national scale.
  function unitOf(index) {
    var id = reg.ids[index], n = byId[id];
    if (!n) { return null; }
    return n.group === "organisation" && state.grouped[n.facets.domain || ""] && !state.revealed[id] ? "group:" + n.facets.domain : id;
  }

  function sharedEdges() {
    var atBody = {}, pairs = {}, list = [], limit = 60000, SEP = "\u0001";
    activeSeats(state.date).forEach(function (s) {
      var unit = unitOf(s[1]);
      if (unit !== null) { (atBody[s[2]] = atBody[s[2]] || {})[unit] = true; }
    });
    Object.keys(atBody).some(function (b) {
      var units = Object.keys(atBody[b]);
      for (var i = 0; i < units.length; i++) {
        for (var j = i + 1; j < units.length; j++) {
          var key = units[i] < units[j] ? units[i] + SEP + units[j] : units[j] + SEP + units[i];
          pairs[key] = (pairs[key] || 0) + 1;
        }
      }
      return Object.keys(pairs).length > limit;
    });
    Object.keys(pairs).forEach(function (key) {
      var ends = key.split(SEP), id = "shared:" + key;
      tips[id] = { template: W.edge_shared, parts: { a: tips[ends[0]] ? tips[ends[0]].title : nameOf[ends[0]],
                                                     b: tips[ends[1]] ? tips[ends[1]].title : nameOf[ends[1]] }, rows: [] };
      list.push({ id: id, from: ends[0], to: ends[1], group: "shared", color: { color: "#9aa5b1" },
                  width: Math.min(1 + 0.75 * (pairs[key] - 1), 8) });
    });
    return list;
  }

  function drawShared() {
    edges.remove(edges.getIds({ filter: function (e) { return e.group === "shared"; } }));
    Object.keys(state.hiddenEdges).forEach(function (id) { if (id.indexOf("shared:") === 0) { delete state.hiddenEdges[id]; } });
    edges.add(sharedEdges());
  }

  function setView(view) {
    var moved = view === "hierarchy" || state.view === "hierarchy";
    state.view = view;
    if (view === "organisations") { drawShared(); }
    if (moved) {  // only the nodes present (a grouped map keeps its held nodes held)
      var positions = view === "hierarchy" ? data.views.hierarchy : null;
      nodes.update(data.nodes.filter(kept).map(function (n) {
        var xy = positions && positions[n.id] ? positions[n.id] : [n.x, n.y];
        return { id: n.id, x: xy[0], y: xy[1] };
      }));
    }
    refresh();
    fitAll();
  }

  function setupViews() {
    var views = ["two-mode", "organisations"].concat(data.views.hierarchy || data.views.current === "hierarchy" ? ["hierarchy"] : []);
    if (data.views.current === "organisations") { views = ["organisations"]; }
    views.forEach(function (v) { option($("pn-view"), v, W["view_" + v]); });
    $("pn-view").value = data.views.current;
    $("pn-view").addEventListener("change", function () { setView(this.value); });
    ["all", "ct", "crime", "bridges"].forEach(function (v) { option($("pn-layer"), v, W["layer_" + v]); });
    $("pn-layer").addEventListener("change", function () { state.layer = this.value; refresh(); });
    option($("pn-top"), "", W.top_none);
    data.metrics.forEach(function (m, i) { option($("pn-top"), String(i), m.label); });
    $("pn-top").addEventListener("change", function () { markTop(this.value); });
  }

  function markTop(choice) {
    var metric = choice === "" ? null : data.metrics[+choice];
    state.top = metric ? Object.keys(metric.values).sort(function (a, b) {
      return metric.values[b] - metric.values[a] || (a < b ? -1 : 1);
    }).slice(0, 10) : [];
    markBridges();
  }

  // -- find and focus ------------------------------------------------------------------

  // Matches by name, id or function: the exact id first, then names that start with the text, then the largest.
  function found(text) {
    function rank(n) { return folded(n.id) === text ? 2 : n.find.indexOf(text) === 0 ? 1 : 0; }
    var hits = data.nodes.filter(function (n) { return n.find.indexOf(text) >= 0; });
    return hits.sort(function (a, b) { return rank(b) - rank(a) || b.size - a.size; });
  }

  // As interactive.folded does in Python: lower case, diacritics dropped ("Coördinator" -> "coordinator").
  function folded(text) {
    return text.normalize("NFKD").replace(/[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g, "").toLowerCase();
  }

  function search(text) {
    var list = $("pn-results");
    list.textContent = "";
    var words = folded(text).trim();
    state.results = words ? found(words).slice(0, 30) : [];
    state.results.forEach(function (n, i) {
      var item = document.createElement("li");
      item.setAttribute("role", "option");
      item.id = "pn-result-" + i;
      item.setAttribute("aria-selected", i === 0 ? "true" : "false");
      putTitle(item, n.tip.title, n.id);
      if (!present(n.id)) {  // shown, not selectable: it is not on the map on this date
        item.setAttribute("aria-disabled", "true");
        item.className = "pn-absent";
        var why = document.createElement("span");
        why.className = "pn-kind";
        why.textContent = fill(W.date_absent, { date: showDate(state.date) });
        item.appendChild(why);
      }
      item.addEventListener("mousedown", function (event) { event.preventDefault(); choose(n.id); });
      list.appendChild(item);
    });
    if (words && !state.results.length) {
      var none = document.createElement("li");
      none.textContent = W.no_match;
      list.appendChild(none);
    }
    state.cursor = 0;
    showResults(!!words);
  }

  // The combobox's state for assistive technology: open or not, and which option the cursor is on.
  function showResults(open) {
    var box = $("pn-search");
    $("pn-results").hidden = !open;
    box.setAttribute("aria-expanded", open ? "true" : "false");
    if (open && state.results && state.results.length) { box.setAttribute("aria-activedescendant", "pn-result-" + state.cursor); }
    else { box.removeAttribute("aria-activedescendant"); }
  }

  function moveCursor(step) {
    var items = $("pn-results").querySelectorAll("li[role=option]");
    if (!items.length) { return; }
    state.cursor = (state.cursor + step + items.length) % items.length;
    Array.prototype.forEach.call(items, function (item, i) { item.setAttribute("aria-selected", i === state.cursor ? "true" : "false"); });
    showResults(true);
  }

  function choose(id) {
    if (!present(id)) { return; }
    showResults(false);
    reveal(id);
    network.selectNodes([id]);
    network.focus(id, { scale: Math.max(network.getScale(), 1.2), animation: false });
    scaleLabels();  // focus() moves the view without a zoom event
    focusOn(id);
  }

  function neighbourhood(id, steps) {
    var found = {}, frontier = [id];
    found[id] = true;
    for (var step = 0; step < 2 * steps; step++) {
      var next = [];
      frontier.forEach(function (node) {
        network.getConnectedNodes(node).forEach(function (other) {
          if (!found[other]) { found[other] = true; next.push(other); }
        });
      });
      frontier = next;
    }
    return found;
  }

  function focusOn(id) {
    state.focus = id;
    var near = id === null ? null : neighbourhood(id, state.steps);
    state.neighbourhood = near ? Object.keys(near) : [];
    changed(nodes, state.opacity, "opacity", data.nodes.map(function (n) { return { id: n.id, opacity: !near || near[n.id] ? 1 : 0.15 }; }));
    if (id === null) { $("pn-panel").hidden = true; return; }
    showPanel(id);
  }

  function tablesOf(id) {
    var at = where[id], seen = {}, names = [];
    activeSeats(state.date).forEach(function (s) {
      if ((s[0] === at || s[1] === at) && !seen[s[2]]) { seen[s[2]] = true; names.push(reg.names[s[2]]); }
      if (s[2] === at && !seen[s[0]]) { seen[s[0]] = true; names.push(reg.names[s[0]]); }
    });
    return names.sort();
  }

  function showPanel(id) {
    var n = byId[id];
    $("pn-panel").hidden = false;
    $("pn-panel-title").textContent = "";
    putTitle($("pn-panel-title"), n.tip.title, id);
    $("pn-panel-rows").textContent = "";
    rowsTable($("pn-panel-rows"), n.tip.rows);
    $("pn-panel-tables-heading").textContent = n.group === "body" ? W.panel_members : W.panel_tables;
    var list = $("pn-panel-tables");
    list.textContent = "";
    tablesOf(id).forEach(function (name) {
      var item = document.createElement("li");
      item.appendChild(bdi(name));
      list.appendChild(item);
    });
  }

  function setupSearch() {
    var box = $("pn-search");
    box.addEventListener("input", function () { search(box.value); });
    box.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown") { moveCursor(1); event.preventDefault(); }
      else if (event.key === "ArrowUp") { moveCursor(-1); event.preventDefault(); }
      else if (event.key === "Enter" && state.results && state.results.length) { choose(state.results[state.cursor].id); }
      else if (event.key === "Escape") { showResults(false); }
    });
    box.addEventListener("blur", function () { showResults(false); });
    $("pn-steps").addEventListener("change", function () { state.steps = +this.value; if (state.focus) { focusOn(state.focus); } });
    $("pn-panel-close").addEventListener("click", function () { network.unselectAll(); focusOn(null); });
    network.on("click", function (params) {
      var id = params.nodes[0];
      if (id !== undefined && String(id).indexOf("group:") === 0) { openGroup(id.slice(6)); return; }
      focusOn(id === undefined ? null : id);
    });
  }

  // -- what if: the panel ------------------------------------------------------------

  function showWhatif(result) {
    var table = $("pn-whatif-table");
    table.textContent = "";
    var head = table.insertRow();
    ["", W.whatif_before, W.whatif_after].forEach(function (text) { head.insertCell().textContent = text; });
    [["fragmentation", W.whatif_F, 3], ["components", W.whatif_components, 0], ["largest_component", W.whatif_largest, 0],
     ["isolates", W.whatif_isolates, 0], ["links", W.whatif_links, 0]].forEach(function (row) {
      var line = table.insertRow();
      line.insertCell().textContent = row[1];
      line.insertCell().textContent = figure(result.before[row[0]], row[2]);
      line.insertCell().textContent = figure(result.after[row[0]], row[2]);
    });
    $("pn-whatif-cut-heading").hidden = false;
    var list = $("pn-whatif-cut");
    list.textContent = "";
    if (!result.cut.length) {
      var none = document.createElement("li");
      none.textContent = W.whatif_nobody;
      list.appendChild(none);
    }
    result.cut.forEach(function (c) {
      var item = document.createElement("li");
      item.appendChild(bdi(c.name));
      item.appendChild(document.createTextNode(" – " + W["status_" + c.status]));
      list.appendChild(item);
    });
  }

  function showChosen() {
    var chosen = $("pn-whatif-chosen");
    chosen.textContent = state.removing.length ? "" : W.whatif_none;
    if (state.removing.length) { putFilled(chosen, W.whatif_chosen, { names: titlesOf(state.removing) }); }
  }

  function clearResult() {
    state.whatif = null;
    $("pn-whatif-table").textContent = "";
    $("pn-whatif-cut").textContent = "";
    $("pn-whatif-cut-heading").hidden = true;
  }

  function setupWhatif() {
    $("pn-whatif-open").addEventListener("click", function () { $("pn-whatif").hidden = !$("pn-whatif").hidden; showChosen(); });
    $("pn-whatif-add").addEventListener("click", function () {
      if (state.focus && state.removing.indexOf(state.focus) < 0) { state.removing.push(state.focus); }
      $("pn-whatif").hidden = false;
      showChosen();
    });
    $("pn-whatif-clear").addEventListener("click", function () {  // the list, and the result it gave
      state.removing = [];
      clearResult();
      showChosen();
    });
    $("pn-whatif-run").addEventListener("click", function () {
      var absent = state.removing.filter(function (id) { return !present(id); });
      if (absent.length) {  // refused: removing what is not there would wrongly say "nothing changes"
        clearResult();
        $("pn-whatif-chosen").textContent = "";
        putFilled($("pn-whatif-chosen"), W.whatif_absent, { names: titlesOf(absent), date: showDate(state.date) });
        return;
      }
      state.whatif = register.whatif(state.removing, state.date);
      showWhatif(state.whatif);
    });
    state.compute = function (ids) { return register.whatif(ids, state.date); };
  }

  // -- date, clusters, export ----------------------------------------------------------

  function setupDates() {
    if (!reg.dated) { return; }
    var days = {};
    reg.seats.forEach(function (s) { if (s[3]) { days[s[3]] = true; } if (s[4]) { days[s[4]] = true; } });
    reg.bodies.forEach(function (b) { if (b[0]) { days[b[0]] = true; } if (b[1]) { days[b[1]] = true; } });
    if (reg.date) { days[reg.date] = true; }
    state.days = Object.keys(days).sort();
    var slider = $("pn-date");
    slider.max = String(state.days.length - 1);
    slider.value = String(Math.max(0, state.days.indexOf(reg.date)));
    $("pn-date-box").hidden = false;
    slider.addEventListener("input", function () { setDate(state.days[+slider.value]); });
  }

  function setDate(day) {
    state.date = day;
    refresh();
  }
  state.setDate = setDate;

  // Large maps open with the organisations of each domain drawn as one group node, linked to the
  // bodies where they sit, and persons hidden; a click on a group opens it.
  function groupAll() {
    var xs = data.nodes.map(function (n) { return n.x; }), ys = data.nodes.map(function (n) { return n.y; });
    var radius = 0.3 * Math.max(Math.max.apply(null, xs) - Math.min.apply(null, xs), Math.max.apply(null, ys) - Math.min.apply(null, ys));
    var domains = data.facets.domain, groupNodes = [], groupEdges = [];
    domains.forEach(function (value, i) {
      var members = data.nodes.filter(function (n) { return n.group === "organisation" && n.facets.domain === value[0]; });
      if (!members.length) { return; }
      var id = "group:" + value[0], angle = 2 * Math.PI * i / domains.length, at = {};
      state.grouped[value[0]] = true;
      tips[id] = { title: fill(W.cluster, { value: value[1], n: members.length }), rows: [] };
      groupNodes.push({ id: id, label: tips[id].title, shape: "dot", x: radius * Math.cos(angle), y: radius * Math.sin(angle),
                        size: Math.max(30, radius * (0.02 + 0.08 * Math.sqrt(members.length / data.nodes.length))),
                        color: { background: members[0].color[0], border: members[0].color[1] }, borderWidth: 3, font: { size: 16 } });
      var inGroup = {};
      members.forEach(function (n) { inGroup[where[n.id]] = true; });
      reg.seats.forEach(function (seat) { if (inGroup[seat[1]]) { at[seat[2]] = (at[seat[2]] || 0) + 1; } });
      Object.keys(at).forEach(function (b) {
        if (byId[reg.ids[b]]) {
          groupEdges.push({ id: "g:" + value[0] + ":" + b, from: id, to: reg.ids[b], group: "grouped",
                            color: { color: "#9aa5b1" }, width: Math.min(1 + Math.log(at[b]), 6) });
        }
      });
    });
    nodes.add(groupNodes);
    edges.add(groupEdges);
    refresh();
    fitAll();
  }

  function openGroup(domain, later) {
    state.grouped[domain] = false;
    release(function (n) { return n.group === "organisation" && n.facets.domain === domain; });
    nodes.remove("group:" + domain);
    edges.remove(edges.getIds({ filter: function (e) { return e.from === "group:" + domain || e.to === "group:" + domain; } }));
    if (!Object.keys(state.grouped).some(function (d) { return state.grouped[d]; })) { state.expanded = true; release(function (n) { return n.group === "person"; }); }
    if (!later) {
      if (state.view === "organisations") { drawShared(); }
      refresh();
    }
  }
  state.openGroup = openGroup;

  // Make ``id`` present on a grouped map without opening anything else: the node alone is brought in
  // (with its lines to what is present); its group stays a group until clicked.
  function reveal(id) {
    if (!data.cluster || !held[id]) { return; }
    state.revealed[id] = true;
    release(function (m) { return m.id === id; });
    if (state.view === "organisations") { drawShared(); }
    refresh();
  }

  function exportPng() {
    var canvas = document.querySelector("#pn-map canvas");
    canvas.toBlob(function (blob) {
      var link = document.createElement("a");
      link.download = (document.title || "kaart").replace(/[^\w.-]+/g, "_") + ".png";
      link.href = URL.createObjectURL(blob);
      document.body.appendChild(link);
      link.click();
      link.remove();
    }, "image/png");
  }

  setupLegend();
  setupViews();
  setupSearch();
  setupWhatif();
  setupDates();
  refresh();
  if (data.cluster) { groupAll(); }
  $("pn-fit").addEventListener("click", function () {  // the whole map, nothing selected or dimmed
    network.unselectAll();
    focusOn(null);
    fitAll();
  });
  $("pn-export").addEventListener("click", exportPng);
  network.on("zoom", scaleLabels);
  network.on("hoverNode", function (params) { withTitle(nodes, params.node); });
  network.on("hoverEdge", function (params) { withTitle(edges, params.edge); });
  network.once("afterDrawing", function () {
    state.firstDrawMs = performance.now();
    scaleLabels();
    state.ready = true;
  });
})();
