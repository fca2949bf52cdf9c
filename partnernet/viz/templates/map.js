// partnernet map: reads the JSON data block and draws it with vis-network.
// Text from the landscape is only ever put into the page with textContent.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("pn-data").textContent);

  function tooltip(tip) {
    var box = document.createElement("div");
    box.className = "pn-tip";
    var heading = document.createElement("strong");
    heading.textContent = tip.title;
    box.appendChild(heading);
    if (tip.rows.length) {
      var table = document.createElement("table");
      tip.rows.forEach(function (row) {
        var line = table.insertRow();
        line.insertCell().textContent = row[0];
        line.insertCell().textContent = row[1];
      });
      box.appendChild(table);
    }
    return box;
  }

  function withTooltips(items) {
    return items.map(function (item) {
      var copy = Object.assign({}, item);
      copy.title = tooltip(item.tip);
      delete copy.tip;
      return copy;
    });
  }

  var nodes = new vis.DataSet(withTooltips(data.nodes));
  var edges = new vis.DataSet(withTooltips(data.edges));
  var container = document.getElementById("pn-map");
  var state = { nodes: nodes, edges: edges, firstDrawMs: null, ready: false };
  window.partnernetMap = state;
  state.network = new vis.Network(container, { nodes: nodes, edges: edges }, data.options);
  state.network.once("afterDrawing", function () {
    state.firstDrawMs = performance.now();
    state.ready = true;
  });
})();
