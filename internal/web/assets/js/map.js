// Event map: countries from the embedded world-atlas (Natural Earth
// 1:110m) drawn with d3-geo, and the places of coded events
// (/web/api/locations) as circles.
"use strict";
(function () {
  var status = document.getElementById("status");
  var box = document.getElementById("map");
  var places = document.getElementById("places");
  var q = dyad.params(["actor", "since", "until", "root", "quad", "lang", "country", "document"]);
  var quadNames = ["", "verbal cooperation", "material cooperation", "verbal conflict", "material conflict"];

  function topQuad(p) {
    var n = [0, 0, 0, 0, 0];
    (p.sample || []).forEach(function (s) { n[s.quad] = (n[s.quad] || 0) + 1; });
    var best = 1;
    for (var i = 2; i <= 4; i++) { if (n[i] > n[best]) { best = i; } }
    return best;
  }

  function show(p) {
    places.textContent = "";
    dyad.el("h2", "", p.name + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " events", places);
    var ul = dyad.el("ul", "dyad-events", null, places);
    (p.sample || []).forEach(function (s) {
      var li = dyad.el("li", "quad" + s.quad, null, ul);
      dyad.el("span", "date", (s.date || "undated") + " ", li);
      dyad.el("code", "", s.code, li);
      li.appendChild(document.createTextNode(" " + s.label + ": " + (s.source || "?") + " → " + (s.target || "?") + " · "));
      dyad.link("/doc/" + encodeURIComponent(s.document), s.document, li);
    });
  }

  dyad.loading(status);
  Promise.all([dyad.getJSON("/assets/vendor/countries-110m.json"), dyad.getJSON("/web/api/locations?" + q.toString())]).then(function (r) {
    var world = r[0], locs = r[1].places || [];
    var W = Math.max(box.clientWidth || 960, 320), H = Math.round(W * 0.52);
    var projection = d3.geoEqualEarth().fitSize([W, H], { type: "Sphere" });
    var path = d3.geoPath(projection);
    var s = dyad.svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "class": "map-svg" });
    dyad.svg("path", { d: path({ type: "Sphere" }), "class": "sphere" }, s);
    dyad.svg("path", { d: path(d3.geoGraticule10()), "class": "graticule" }, s);
    var countries = topojson.feature(world, world.objects.countries).features;
    var g = dyad.svg("g", { "class": "countries" }, s);
    countries.forEach(function (f) {
      var p = dyad.svg("path", { d: path(f) || "", "class": "country" }, g);
      dyad.svg("title", {}, p).textContent = f.properties && f.properties.name || "";
    });
    dyad.svg("path", { d: path(topojson.mesh(world, world.objects.countries, function (a, b) { return a !== b; })), "class": "borders" }, s);
    var max = Math.max.apply(null, [1].concat(locs.map(function (p) { return p.events; })));
    var pts = dyad.svg("g", { "class": "points" }, s);
    locs.slice().reverse().forEach(function (p) {
      var xy = projection([p.lon, p.lat]);
      if (!xy || isNaN(xy[0])) { return; }
      var c = dyad.svg("circle", { cx: xy[0].toFixed(1), cy: xy[1].toFixed(1), r: (3 + 12 * Math.sqrt(p.events / max)).toFixed(1), "class": "point quad" + topQuad(p) }, pts);
      dyad.svg("title", {}, c).textContent = p.name + (p.country ? " (" + p.country + ")" : "") + ": " + p.events + " events, mostly " + quadNames[topQuad(p)];
      c.addEventListener("click", function () { show(p); });
    });
    box.textContent = "";
    box.appendChild(s);
    var n = locs.reduce(function (a, p) { return a + p.events; }, 0);
    dyad.done(status, locs.length ? n + " located events at " + locs.length + " places (of " + r[1].events_read + " events read). Click a circle for its events."
      : "No events with a location match these filters; the map shows the countries only.");
    if (locs.length) { show(locs[0]); }
  }).catch(function (err) { dyad.fail(status, err); });
})();
