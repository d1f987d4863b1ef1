#!/usr/bin/env python3
"""validate.py checks internal/lexicon/data/*.tsv against the README's format.

Checks: header columns, column counts, empty/whitespace/'-' cells, duplicate
names (and duplicate folded aliases inside one cell), numeric and in-range
coordinates, 3-letter country codes that exist in countries.tsv, CAMEO-style
actor codes, allowed kinds, capitals present in places.tsv, Latin letters in
Arabic cells and Arabic letters in English cells.

Usage: python3 tools/gazetteer/validate.py   (exit status 1 on any error)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, '..', '..', 'internal', 'lexicon', 'data')

COLUMNS = {
    'countries.tsv': ['code', 'cameo', 'name', 'en', 'ar', 'adj_en', 'adj_ar', 'capital', 'lat', 'lon'],
    'places.tsv': ['name', 'kind', 'country', 'lat', 'lon', 'population', 'ar', 'en', 'metonym'],
    'orgs.tsv': ['name', 'kind', 'country', 'actor', 'ar', 'en'],
    'roles.tsv': ['phrase', 'lang', 'agent', 'title', 'kind'],
}
KINDS = {
    'places.tsv': {'capital', 'city', 'region', 'sea', 'strait', 'river', 'island', 'mountain', 'seat'},
    'orgs.tsv': {'igo', 'ngo', 'gov', 'party', 'armed', 'media', 'company', 'other'},
    'roles.tsv': {'person', 'group'},
}
ROLE_CODES = set('GOV MIL COP JUD LEG OPP REB INS CVL MED BUS REF HLH EDU REL SPY LAB AGR CRM '
                 'ELI UAF SEP MOD RAD ENV NGO IGO DEV HRI'.split())
ACTOR = re.compile(r'^[A-Z0-9]{3}(?:[A-Z0-9]{3})*[A-Z0-9]{0,2}$')
ARABIC = re.compile(r'[\u0600-\u06FF]')
LATIN = re.compile(r'[A-Za-z]')

errors = []


def err(f, n, msg):
    errors.append(f'{f}:{n}: {msg}')


def fold_ar(s):
    s = re.sub(r'[\u064B-\u0652\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s)
    return s.replace('ة', 'ه').replace('ى', 'ي')


def read(name):
    rows = []
    header = None
    with open(os.path.join(DATA, name), encoding='utf-8') as f:
        first = f.readline()
        if not first.startswith('#'):
            err(name, 1, 'file does not start with a # comment naming its sources')
        f.seek(0)
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n')
            if line.startswith('#'):
                continue
            if line == '':
                err(name, n, 'empty line')
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                if header != COLUMNS[name]:
                    err(name, n, f'header {header} != {COLUMNS[name]}')
                continue
            if len(cells) != len(header):
                err(name, n, f'{len(cells)} columns, want {len(header)}')
                continue
            r = dict(zip(header, cells))
            for h, v in r.items():
                if v != v.strip():
                    err(name, n, f'{h}: leading/trailing space')
                if v in ('-', 'NULL'):
                    err(name, n, f'{h}: placeholder {v!r}')
                if '||' in v or v.startswith('|') or v.endswith('|'):
                    err(name, n, f'{h}: empty value in list')
            rows.append((n, r))
    return rows


def check_lists(name, n, r):
    for col in ('ar', 'adj_ar'):
        if col in r and r[col]:
            vals = r[col].split('|')
            if LATIN.search(r[col]):
                err(name, n, f'{col}: Latin letters in {r[col]!r}')
            folded = [fold_ar(v) for v in vals]
            if len(set(folded)) != len(folded):
                err(name, n, f'{col}: folded duplicates in {r[col]!r}')
    for col in ('en', 'adj_en', 'name'):
        if col in r and r[col] and ARABIC.search(r[col]):
            err(name, n, f'{col}: Arabic letters in {r[col]!r}')
    if r.get('en'):
        vals = r['en'].split('|')
        if len(set(vals)) != len(vals):
            err(name, n, f'en: duplicates in {r["en"]!r}')
        if r.get('name') in vals:
            err(name, n, 'en repeats the name')


def check_point(name, n, r):
    try:
        lat, lon = float(r['lat']), float(r['lon'])
        if not (-90 <= lat <= 90 and -180 <= lon <= 180):
            err(name, n, 'coordinates out of range')
    except ValueError:
        err(name, n, f'lat/lon not numeric: {r["lat"]!r}, {r["lon"]!r}')


def main():
    countries = read('countries.tsv')
    codes = set()
    names = set()
    for n, r in countries:
        if not re.fullmatch(r'[A-Z]{3}', r['code']):
            err('countries.tsv', n, f'bad code {r["code"]}')
        if r['cameo'] and not re.fullmatch(r'[A-Z]{3}', r['cameo']):
            err('countries.tsv', n, f'bad cameo {r["cameo"]}')
        if r['code'] in codes:
            err('countries.tsv', n, f'duplicate code {r["code"]}')
        if r['name'] in names:
            err('countries.tsv', n, f'duplicate name {r["name"]}')
        codes.add(r['code'])
        names.add(r['name'])
        check_lists('countries.tsv', n, r)
        check_point('countries.tsv', n, r)

    places = read('places.tsv')
    pnames = {}
    for n, r in places:
        if r['name'] in pnames:
            err('places.tsv', n, f'duplicate name {r["name"]}')
        pnames[r['name']] = r
        if r['kind'] not in KINDS['places.tsv']:
            err('places.tsv', n, f'bad kind {r["kind"]}')
        if r['country'] and r['country'] not in codes:
            err('places.tsv', n, f'unknown country {r["country"]}')
        if r['population'] and not r['population'].isdigit():
            err('places.tsv', n, 'population not an integer')
        if r['metonym'] and not ACTOR.match(r['metonym']):
            err('places.tsv', n, f'bad metonym {r["metonym"]}')
        check_lists('places.tsv', n, r)
        check_point('places.tsv', n, r)
    for n, r in countries:
        cap = r['capital']
        if cap and cap not in pnames:
            err('countries.tsv', n, f'capital {cap} not in places.tsv')

    orgs = read('orgs.tsv')
    onames = set()
    for n, r in orgs:
        if r['name'] in onames:
            err('orgs.tsv', n, f'duplicate name {r["name"]}')
        onames.add(r['name'])
        if r['kind'] not in KINDS['orgs.tsv']:
            err('orgs.tsv', n, f'bad kind {r["kind"]}')
        if r['country'] and r['country'] not in codes:
            err('orgs.tsv', n, f'unknown country {r["country"]}')
        if not ACTOR.match(r['actor']):
            err('orgs.tsv', n, f'bad actor {r["actor"]!r}')
        check_lists('orgs.tsv', n, r)

    roles = read('roles.tsv')
    seen = set()
    for n, r in roles:
        key = (r['lang'], fold_ar(r['phrase']) if r['lang'] == 'ar' else r['phrase'].lower())
        if key in seen:
            err('roles.tsv', n, f'duplicate phrase {r["phrase"]!r}')
        seen.add(key)
        if r['lang'] not in ('ar', 'en'):
            err('roles.tsv', n, f'bad lang {r["lang"]}')
        if r['agent'] not in ROLE_CODES:
            err('roles.tsv', n, f'bad agent {r["agent"]}')
        if r['kind'] not in KINDS['roles.tsv']:
            err('roles.tsv', n, f'bad kind {r["kind"]}')
        if r['title'] and not re.fullmatch(r'[a-z_]+', r['title']):
            err('roles.tsv', n, f'bad title {r["title"]}')
        if r['lang'] == 'ar' and LATIN.search(r['phrase']):
            err('roles.tsv', n, 'Latin letters in Arabic phrase')
        if r['lang'] == 'en' and ARABIC.search(r['phrase']):
            err('roles.tsv', n, 'Arabic letters in English phrase')

    for e in errors:
        print(e)
    print(f'countries {len(countries)}, places {len(places)}, orgs {len(orgs)}, roles {len(roles)}; '
          f'{len(errors)} errors')
    return 1 if errors else 0


if __name__ == '__main__':
    sys.exit(main())
