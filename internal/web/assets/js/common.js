// Shared helpers of the dashboard's scripts (no framework, no inline code:
// the pages' Content-Security-Policy allows scripts from this origin only).
"use strict";
var dyad = (function () {
  // getJSON fetches a same-origin URL and parses its JSON, turning an API
  // error object into a rejected promise with its message.
  function getJSON(url) {
    return fetch(url, { headers: { Accept: "application/json" } }).then(function (r) {
      return r.json().catch(function () { return {}; }).then(function (body) {
        if (!r.ok) {
          throw new Error((body && body.error) || r.status + " " + r.statusText);
        }
        return body;
      });
    });
  }
  // params copies the named parameters of the page's query string that
  // are set.
  function params(names) {
    var from = new URLSearchParams(window.location.search);
    var out = new URLSearchParams();
    names.forEach(function (n) {
      var v = from.get(n);
      if (v) { out.set(n, v); }
    });
    return out;
  }
  // loading, done and fail drive a status line.
  function loading(el, msg) {
    el.className = "status";
    el.textContent = "";
    var s = document.createElement("span");
    s.className = "spinner";
    el.appendChild(s);
    el.appendChild(document.createTextNode(" " + (msg || "Loading…")));
    el.hidden = false;
  }
  function done(el, msg) {
    el.className = "status done";
    el.textContent = msg;
  }
  function fail(el, err) {
    el.className = "status error";
    el.textContent = "Could not load: " + (err && err.message ? err.message : err);
  }
  // svg creates an SVG element with attributes.
  function svg(name, attrs, parent) {
    var e = document.createElementNS("http://www.w3.org/2000/svg", name);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (parent) { parent.appendChild(e); }
    return e;
  }
  // el creates an HTML element with a class and text.
  function el(name, cls, text, parent) {
    var e = document.createElement(name);
    if (cls) { e.className = cls; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (parent) { parent.appendChild(e); }
    return e;
  }
  // link creates an anchor.
  function link(href, text, parent) {
    var a = el("a", "", text, parent);
    a.href = href;
    return a;
  }
  // Empty filter inputs are dropped from GET forms, so that URLs stay short.
  document.addEventListener("submit", function (ev) {
    var f = ev.target;
    if (!f || f.method.toLowerCase() !== "get") { return; }
    Array.prototype.forEach.call(f.elements, function (i) {
      if (i.name && i.value === "") { i.disabled = true; }
    });
  });
  // Pages restored from the back-forward cache get their inputs back.
  window.addEventListener("pageshow", function () {
    Array.prototype.forEach.call(document.querySelectorAll("form [disabled]"), function (i) { i.disabled = false; });
  });
  return { getJSON: getJSON, params: params, loading: loading, done: done, fail: fail, svg: svg, el: el, link: link };
})();
