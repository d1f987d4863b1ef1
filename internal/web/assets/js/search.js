// Search page: shows "Loading…" while a slow search runs.
"use strict";
(function () {
  var form = document.getElementById("search-form");
  var spin = document.getElementById("search-loading");
  if (!form || !spin) { return; }
  form.addEventListener("submit", function () { spin.hidden = false; });
  window.addEventListener("pageshow", function () { spin.hidden = true; });
  Array.prototype.forEach.call(form.querySelectorAll("select"), function (s) {
    s.addEventListener("change", function () { spin.hidden = false; form.requestSubmit(); });
  });
})();
