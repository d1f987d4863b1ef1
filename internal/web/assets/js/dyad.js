// Dyad timeline: cooperation against conflict per ISO week between two
// actors (/api/dyads?period=week), drawn as SVG bars: cooperation above
// the axis, conflict below it.
"use strict";
(function () {
  var status = document.getElementById("status");
  var chart = document.getElementById("chart");
  var table = document.getElementById("table");
  var list = document.getElementById("events");
  var form = document.getElementById("dyad-form");
  var q = dyad.params(["a", "b", "since", "until", "root", "lang"]);
  if (!q.get("a")) { q.set("a", "RUS"); }
  if (!q.get("b")) { q.set("b", "CHN"); }
  form.elements.a.value = q.get("a");
  form.elements.b.value = q.get("b");
  q.set("period", "week");

  // mondayOf returns the Monday (UTC) of ISO week "YYYY-Www".
  function mondayOf(p) {
    var m = /^(\d{4})-W(\d{2})$/.exec(p);
    if (!m) { return null; }
    var jan4 = new Date(Date.UTC(+m[1], 0, 4));
    var day = jan4.getUTCDay() || 7;
    return new Date(jan4.getTime() + ((1 - day) + (+m[2] - 1) * 7) * 864e5);
  }
  // weekOf is the ISO week "YYYY-Www" of a date.
  function weekOf(d) {
    var t = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
    var day = t.getUTCDay() || 7;
    t.setUTCDate(t.getUTCDate() + 4 - day);
    var y = t.getUTCFullYear();
    var w = Math.ceil(((t - Date.UTC(y, 0, 1)) / 864e5 + 1) / 7);
    return y + "-W" + (w < 10 ? "0" : "") + w;
  }
  // fill adds the empty weeks between the first and the last point.
  function fill(points) {
    var by = {};
    points.forEach(function (p) { by[p.period] = p; });
    var first = mondayOf(points[0].period), last = mondayOf(points[points.length - 1].period);
    if (!first || !last) { return points; }
    var out = [];
    for (var t = first.getTime(), n = 0; t <= last.getTime() && n < 1040; t += 7 * 864e5, n++) {
      var w = weekOf(new Date(t));
      out.push(by[w] || { period: w, verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0, events: 0, mean_goldstein: 0 });
    }
    return out;
  }

  function draw(points) {
    var W = Math.max(chart.clientWidth || 900, 320), H = 320;
    var m = { l: 40, r: 10, t: 24, b: 40 };
    var coop = function (p) { return p.verbal_cooperation + p.material_cooperation; };
    var conf = function (p) { return p.verbal_conflict + p.material_conflict; };
    var max = Math.max(1, Math.max.apply(null, points.map(function (p) { return Math.max(coop(p), conf(p)); })));
    var mid = m.t + (H - m.t - m.b) / 2;
    var half = (H - m.t - m.b) / 2;
    var y = function (v) { return v / max * half; };
    var band = (W - m.l - m.r) / points.length;
    var bw = Math.max(1, Math.min(40, band * 0.8));
    var s = dyad.svg("svg", { width: W, height: H, viewBox: "0 0 " + W + " " + H, role: "img", "class": "dyad-svg" });
    dyad.svg("text", { x: m.l, y: 14, "class": "axis-label" }, s).textContent = q.get("a") + " ↔ " + q.get("b") + ": events per ISO week";
    // y axis ticks: +max, 0, -max
    [[max, mid - half], [0, mid], [max, mid + half]].forEach(function (t) {
      dyad.svg("line", { x1: m.l - 4, x2: W - m.r, y1: t[1], y2: t[1], "class": t[0] === 0 ? "axis" : "grid" }, s);
      dyad.svg("text", { x: m.l - 6, y: t[1] + 4, "text-anchor": "end", "class": "tick" }, s).textContent = String(t[0]);
    });
    dyad.svg("text", { x: 4, y: mid - half / 2, "class": "tick side coop" }, s).textContent = "coop";
    dyad.svg("text", { x: 4, y: mid + half / 2, "class": "tick side conf" }, s).textContent = "conf";
    var every = Math.max(1, Math.ceil(points.length / Math.max(1, Math.floor((W - m.l - m.r) / 70))));
    points.forEach(function (p, i) {
      var x = m.l + i * band + (band - bw) / 2;
      var g = dyad.svg("g", { "class": "week" }, s);
      dyad.svg("title", {}, g).textContent = p.period + ": " + p.events + " events; cooperation " + coop(p) +
        " (verbal " + p.verbal_cooperation + ", material " + p.material_cooperation + "), conflict " + conf(p) +
        " (verbal " + p.verbal_conflict + ", material " + p.material_conflict + "); mean Goldstein " + (p.mean_goldstein || 0).toFixed(1);
      var vc = y(p.verbal_cooperation), mc = y(p.material_cooperation), vf = y(p.verbal_conflict), mf = y(p.material_conflict);
      if (vc) { dyad.svg("rect", { x: x, y: mid - vc, width: bw, height: vc, "class": "q1" }, g); }
      if (mc) { dyad.svg("rect", { x: x, y: mid - vc - mc, width: bw, height: mc, "class": "q2" }, g); }
      if (vf) { dyad.svg("rect", { x: x, y: mid, width: bw, height: vf, "class": "q3" }, g); }
      if (mf) { dyad.svg("rect", { x: x, y: mid + vf, width: bw, height: mf, "class": "q4" }, g); }
      // an invisible full-height target keeps the tooltip on empty weeks
      dyad.svg("rect", { x: m.l + i * band, y: m.t, width: band, height: H - m.t - m.b, "class": "hover" }, g);
      if (i % every === 0) {
        dyad.svg("text", { x: m.l + i * band + band / 2, y: H - m.b + 16, "text-anchor": "middle", "class": "tick" }, s).textContent = p.period;
      }
    });
    var lx = m.l;
    [["q1", "verbal cooperation"], ["q2", "material cooperation"], ["q3", "verbal conflict"], ["q4", "material conflict"]].forEach(function (l) {
      dyad.svg("rect", { x: lx, y: H - 14, width: 10, height: 10, "class": l[0] }, s);
      var t = dyad.svg("text", { x: lx + 14, y: H - 5, "class": "tick" }, s);
      t.textContent = l[1];
      lx += 14 + l[1].length * 6.5 + 16;
    });
    chart.textContent = "";
    chart.appendChild(s);
  }

  function fillTable(points) {
    var body = table.tBodies[0];
    body.textContent = "";
    points.filter(function (p) { return p.events > 0; }).forEach(function (p) {
      var tr = dyad.el("tr", "", null, body);
      [p.period, p.verbal_cooperation, p.material_cooperation, p.verbal_conflict, p.material_conflict, p.events,
        (p.mean_goldstein || 0).toFixed(1)].forEach(function (v) { dyad.el("td", "", String(v), tr); });
    });
    table.hidden = false;
  }

  function listEvents() {
    var one = function (src, tgt) {
      var e = new URLSearchParams({ source: src, target: tgt, limit: "20" });
      ["since", "until"].forEach(function (k) { if (q.get(k)) { e.set(k, q.get(k)); } });
      return dyad.getJSON("/api/events?" + e.toString());
    };
    return Promise.all([one(q.get("a"), q.get("b")), one(q.get("b"), q.get("a"))]).then(function (r) {
      var evs = r[0].concat(r[1]).sort(function (x, y) { return (y.date || "").localeCompare(x.date || ""); }).slice(0, 20);
      list.textContent = "";
      if (evs.length === 0) { dyad.el("li", "empty", "No events between them.", list); }
      evs.forEach(function (e) {
        var li = dyad.el("li", "quad" + e.quad, null, list);
        dyad.el("span", "date", (e.date || "undated") + " ", li);
        dyad.el("code", "", e.code, li);
        li.appendChild(document.createTextNode(" " + e.label + ": " + (e.source ? e.source.name : "?") + " → " + (e.target ? e.target.name : "?") + " · "));
        dyad.link("/doc/" + encodeURIComponent(e.document), e.document, li);
      });
    });
  }

  dyad.loading(status);
  dyad.getJSON("/api/dyads?" + q.toString()).then(function (res) {
    var points = (res.points || []).slice().sort(function (x, y) { return x.period.localeCompare(y.period); });
    if (points.length === 0) {
      dyad.done(status, "No events between " + q.get("a") + " and " + q.get("b") + " match.");
      draw([{ period: weekOf(new Date()), verbal_cooperation: 0, material_cooperation: 0, verbal_conflict: 0, material_conflict: 0, events: 0 }]);
      return listEvents();
    }
    // Events dated only to a month or a year have no ISO week: they are
    // counted in the table and the status line, not drawn.
    var weekly = points.filter(function (p) { return mondayOf(p.period) !== null; });
    var coarse = points.filter(function (p) { return mondayOf(p.period) === null; });
    var total = points.reduce(function (s, p) { return s + p.events; }, 0);
    var undrawn = coarse.reduce(function (s, p) { return s + p.events; }, 0);
    if (weekly.length > 0) {
      weekly = fill(weekly);
      draw(weekly);
    } else {
      chart.textContent = "";
    }
    fillTable(weekly.concat(coarse));
    dyad.done(status, total + " events between " + q.get("a") + " and " + q.get("b") + " over " + weekly.length + " weeks" +
      (undrawn ? "; " + undrawn + " dated only to a month or a year (" + coarse.map(function (p) { return p.period; }).join(", ") + ") are in the table only." : "."));
    return listEvents();
  }).catch(function (err) { dyad.fail(status, err); });
})();
