// Copies the minified browser libraries and their licences from
// node_modules into ../assets/vendor, where go:embed picks them up.
// Run after `npm install`: `npm run vendor`. The copies are committed so
// that `go build` alone works; node_modules is not.
const fs = require("fs");
const path = require("path");

const out = path.join(__dirname, "..", "assets", "vendor");
fs.mkdirSync(out, { recursive: true });

const files = [
  ["cytoscape/dist/cytoscape.min.js", "cytoscape.min.js"],
  ["cytoscape/LICENSE", "LICENSE.cytoscape"],
  ["d3-array/dist/d3-array.min.js", "d3-array.min.js"],
  ["d3-array/LICENSE", "LICENSE.d3-array"],
  ["d3-geo/dist/d3-geo.min.js", "d3-geo.min.js"],
  ["d3-geo/LICENSE", "LICENSE.d3-geo"],
  ["topojson-client/dist/topojson-client.min.js", "topojson-client.min.js"],
  ["topojson-client/LICENSE", "LICENSE.topojson-client"],
  ["world-atlas/countries-110m.json", "countries-110m.json"],
  ["world-atlas/LICENSE", "LICENSE.world-atlas"],
];
const versions = {};
for (const [from, to] of files) {
  fs.copyFileSync(path.join(__dirname, "node_modules", from), path.join(out, to));
  const pkg = from.split("/")[0];
  versions[pkg] = require(path.join(__dirname, "node_modules", pkg, "package.json")).version;
}
fs.writeFileSync(path.join(out, "VERSIONS.json"), JSON.stringify(versions, null, 2) + "\n");
console.log("vendored", versions);
