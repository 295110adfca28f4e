// Extracts the outlines of Pakistan, Afghanistan and their neighbours from world-atlas (Natural Earth 1:50m,
// public domain) into data/geo/outlines.geojson, so the brief's map has borders offline.
// Run from the repository root: npm install --prefix /tmp/geo world-atlas@2 topojson-client@3 && NODE_PATH=/tmp/geo/node_modules node tools/build_outlines.mjs
import { createRequire } from "module";
import { writeFileSync } from "fs";
const require = createRequire(process.env.NODE_PATH + "/");
const topojson = require("topojson-client");
const world = require("world-atlas/countries-50m.json");
const wanted = new Set(["Pakistan", "Afghanistan", "India", "Iran", "China", "Tajikistan", "Turkmenistan", "Uzbekistan"]);
const countries = topojson.feature(world, world.objects.countries);
const round = (c) => Array.isArray(c[0]) ? c.map(round) : [Math.round(c[0] * 1000) / 1000, Math.round(c[1] * 1000) / 1000];
const features = countries.features
  .filter((f) => wanted.has(f.properties.name))
  .map((f) => ({ type: "Feature", properties: { name: f.properties.name }, geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) } }));
writeFileSync("data/geo/outlines.geojson", JSON.stringify({ type: "FeatureCollection", features }) + "\n");
console.log(`wrote ${features.length} outlines`);
