// Actor network: nodes are actor codes, edges the pairs with the most
// events (/api/network), drawn with cytoscape.
"use strict";
(function () {
  var status = document.getElementById("status");
  var box = document.getElementById("graph");
  var q = dyad.params(["actor", "since", "until", "root", "quad", "lang", "country", "limit"]);
  if (!q.has("limit")) { q.set("limit", "100"); }
  dyad.loading(status);
  dyad.getJSON("/api/network?" + q.toString()).then(function (edges) {
    edges = (edges || []).filter(function (e) { return e.source && e.target; });
    if (edges.length === 0) {
      dyad.done(status, "No actor pairs match these filters.");
      box.hidden = true;
      return;
    }
    var weight = {};
    edges.forEach(function (e) {
      weight[e.source] = (weight[e.source] || 0) + e.events;
      if (e.target !== e.source) { weight[e.target] = (weight[e.target] || 0) + e.events; }
    });
    var ids = Object.keys(weight);
    var maxW = Math.max.apply(null, ids.map(function (k) { return weight[k]; }));
    var maxE = Math.max.apply(null, edges.map(function (e) { return e.events; }));
    var elements = ids.map(function (id) { return { data: { id: id, label: id, weight: weight[id] } }; });
    edges.forEach(function (e, i) {
      var g = e.mean_goldstein || 0;
      elements.push({ data: { id: "e" + i, source: e.source, target: e.target, events: e.events,
        color: g > 0.5 ? "#2b8a3e" : g < -0.5 ? "#c92a2a" : "#868e96",
        tip: e.source + " → " + e.target + ": " + e.events + " events, mean Goldstein " + (e.mean_goldstein || 0).toFixed(1) } });
    });
    var cy = cytoscape({
      container: box,
      elements: elements,
      wheelSensitivity: 0.3,
      style: [
        { selector: "node", style: {
          "label": "data(label)", "font-size": 12, "font-family": "system-ui, 'Noto Sans', 'DejaVu Sans', sans-serif",
          "color": "#1f2933", "text-valign": "bottom", "text-margin-y": 4,
          "background-color": "#4c6ef5", "text-outline-color": "#fff", "text-outline-width": 2,
          "width": "mapData(weight, 1, " + Math.max(maxW, 2) + ", 18, 60)",
          "height": "mapData(weight, 1, " + Math.max(maxW, 2) + ", 18, 60)" } },
        { selector: "edge", style: {
          "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.8, "opacity": 0.8,
          "width": "mapData(events, 1, " + Math.max(maxE, 2) + ", 1, 8)",
          "line-color": "data(color)", "target-arrow-color": "data(color)" } },
        { selector: "node:selected", style: { "background-color": "#f08c00" } }
      ],
      layout: { name: "cose", animate: false, nodeRepulsion: function () { return 8000; }, idealEdgeLength: function () { return 90; }, padding: 20 }
    });
    cy.on("tap", "node", function (ev) {
      window.location.href = "/actor/" + encodeURIComponent(ev.target.id());
    });
    cy.on("mouseover", "edge", function (ev) { box.title = ev.target.data("tip"); });
    cy.on("mouseout", "edge", function () { box.title = ""; });
    dyad.done(status, ids.length + " actors, " + edges.length + " pairs.");
  }).catch(function (err) { dyad.fail(status, err); });
})();
