// partnernet map: the register behind the page (memberships with their dates) and the what-if.
// What is active on a day follows Landscape.at; removing organisations, persons or bodies follows
// analysis/scenario.py, and the organisation network's components and fragmentation F
// (Borgatti 2006) follow partnernet.whatif, so the page gives the same numbers.
var partnernetRegister = function (reg) {
  "use strict";
  var where = {};
  reg.ids.forEach(function (id, i) { where[id] = i; });

  function active(start, end, day) {
    return day === null || ((start === null || start <= day) && (end === null || end >= day));
  }

  function bodyAlive(b, day) {
    var dates = reg.bodies[b - reg.ids.length + reg.bodies.length];
    return active(dates[0], dates[1], day);
  }

  function activeSeats(day, removed) {
    return reg.seats.filter(function (s) {
      return active(s[3], s[4], day) && bodyAlive(s[2], day) && !(removed && (removed[s[0]] || removed[s[1]] || removed[s[2]]));
    });
  }

  // Counts as land.at(day) has them: organisations stay, bodies and memberships by their dates,
  // persons who had memberships but none active leave.
  function countsAt(day) {
    var seats = activeSeats(day), seated = {}, had = {}, persons = 0, bodies = 0;
    var firstPerson = reg.organisations, firstBody = reg.ids.length - reg.bodies.length;
    reg.seats.forEach(function (s) { if (s[0] >= firstPerson && s[0] < firstBody) { had[s[0]] = true; } });
    seats.forEach(function (s) { seated[s[0]] = true; });
    for (var p = firstPerson; p < firstBody; p++) { if (!had[p] || seated[p]) { persons++; } }
    for (var b = firstBody; b < reg.ids.length; b++) { if (bodyAlive(b, day)) { bodies++; } }
    return { organisations: reg.organisations, bodies: bodies, persons: persons, memberships: seats.length };
  }


  // -- the organisation network without the chosen nodes --------------------------------


  // Components of the organisation network: organisations linked by a shared active body
  // (and by ties when the network has them); sizes, each organisation's component, tables, links.
  function components(removed, day) {
    var n = reg.organisations, parent = [], tables = [], linked = [], atBody = {}, links = {}, counted = 0;
    for (var i = 0; i < n; i++) { parent[i] = i; tables[i] = {}; }
    function root(i) { while (parent[i] !== i) { parent[i] = parent[parent[i]]; i = parent[i]; } return i; }
    function join(a, b) {
      if (a === b) { return; }
      var key = a < b ? a + ":" + b : b + ":" + a;
      if (!links[key]) { links[key] = true; counted++; }
      linked[a] = linked[b] = true;
      a = root(a); b = root(b);
      if (a !== b) { parent[Math.max(a, b)] = Math.min(a, b); }
    }
    activeSeats(day, removed).forEach(function (s) {
      tables[s[1]][s[2]] = true;
      (atBody[s[2]] = atBody[s[2]] || {})[s[1]] = true;
    });
    Object.keys(atBody).forEach(function (b) {  // every pair of organisations at a body is a link
      var list = Object.keys(atBody[b]).map(Number);
      for (var x = 0; x < list.length; x++) { for (var y = x + 1; y < list.length; y++) { join(list[x], list[y]); } }
    });
    reg.ties.forEach(function (t) {
      var a = orgOf(t[0]), b = orgOf(t[1]);
      if (active(t[2], t[3], day) && !removed[t[0]] && !removed[t[1]] && !removed[a] && !removed[b]) { join(a, b); }
    });
    return measure(n, removed, root, tables, linked, counted);
  }

  function orgOf(i) { return i < reg.organisations ? i : reg.person_of[i - reg.organisations]; }

  // Sizes numbered 1, 2, ... from the largest (equal sizes: first in organisation order), F (Borgatti 2006).
  function measure(n, removed, root, tables, linked, links) {
    var size = {}, first = {}, order = [], kept = 0;
    for (var i = 0; i < n; i++) {
      if (removed[i]) { continue; }
      kept++;
      var r = root(i);
      if (!(r in size)) { size[r] = 0; first[r] = order.length; order.push(r); }
      size[r]++;
    }
    order.sort(function (a, b) { return size[b] - size[a] || first[a] - first[b]; });
    var number = {}, pairs = 0;
    order.forEach(function (r, k) { number[r] = k + 1; pairs += size[r] * (size[r] - 1); });
    var component = [], tableCount = [];
    for (var j = 0; j < n; j++) {
      component[j] = removed[j] ? null : number[root(j)];
      tableCount[j] = Object.keys(tables[j]).length;
    }
    return { nodes: kept, links: links, components: order.length, largest_component: order.length ? size[order[0]] : 0,
             isolates: order.filter(function (r) { return size[r] === 1; }).length,
             fragmentation: kept < 2 ? NaN : 1 - pairs / (kept * (kept - 1)),
             component: component, tables: tableCount, linked: linked };
  }

  function removedSet(ids) {
    var removed = {};
    ids.forEach(function (id) {
      var i = where[id];
      removed[i] = true;
      if (i < reg.organisations) {
        reg.person_of.forEach(function (o, p) { if (o === i) { removed[reg.organisations + p] = true; } });
      }
    });
    return removed;
  }

  // Who is cut off, as pn.whatif's ``disconnected`` table says it for organisations.
  function whatif(ids, day) {
    var before = components({}, day), after = components(removedSet(ids), day), cut = [];
    for (var i = 0; i < reg.organisations; i++) {
      if (after.component[i] === null) { continue; }
      var status = before.tables[i] > 0 && after.tables[i] === 0 ? "no_table_left" :
        before.linked[i] && !after.linked[i] ? "lost_all_links" :
        before.component[i] === 1 && after.component[i] !== 1 ? "cut_off_from_the_main_network" : null;
      if (status) { cut.push({ id: reg.ids[i], name: reg.names[i], status: status }); }
    }
    var keys = ["nodes", "links", "components", "largest_component", "isolates", "fragmentation"];
    var result = { removed: ids.slice(), cut: cut, before: {}, after: {} };
    keys.forEach(function (k) { result.before[k] = before[k]; result.after[k] = after[k]; });
    return result;
  }

  return { active: active, bodyAlive: bodyAlive, activeSeats: activeSeats, countsAt: countsAt, whatif: whatif,
           where: where };
};
