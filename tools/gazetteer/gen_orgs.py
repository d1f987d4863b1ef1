#!/usr/bin/env python3
"""gen_orgs.py writes internal/lexicon/data/orgs.tsv.

It copies the hand-authored rows of orgs.tsv beside it and adds, for the
states that news names most, rows for the bodies every state has: the foreign,
defence and interior ministries, the government and the armed forces. Their
English and Arabic names are built from the country's adjectives in
countries.tsv ("Russian Foreign Ministry", "وزارة الخارجية الروسية"); a row
already written by hand (same name) wins.

Usage: python3 tools/gazetteer/gen_orgs.py
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'internal', 'lexicon', 'data', 'orgs.tsv')

THE = {'USA', 'GBR', 'NLD', 'PHL', 'ARE', 'COD', 'CAF', 'DOM', 'CZE'}
STATES = ('USA GBR RUS CHN FRA DEU TUR IRN ISR UKR EGY SAU ARE QAT JOR LBN SYR IRQ KWT '
          'OMN BHR YEM LBY TUN DZA MAR SDN SSD PAK AFG IND JPN KOR PRK ITA ESP POL CAN AUS '
          'BRA VEN ZAF NGA ETH SOM MLI NER BLR HUN GRC CYP AZE ARM GEO KAZ VNM PHL IDN '
          'MYS MMR BGD NLD BEL SWE NOR DNK FIN AUT CHE ROU SRB MEX ARG COL CUB KEN PSE').split()
# Bodies a state does not have (Palestine has no army or defence ministry).
SKIP = {('PSE', 'defence'), ('PSE', 'armed')}


def read_tsv(path):
    header, rows = None, []
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            rows.append(dict(zip(header, cells + [''] * (len(header) - len(cells)))))
    return header, rows


def ar_def(adj, fem):
    """الروسية from روسي; الكورية الشمالية from كوري شمالي."""
    return ' '.join('ال' + w + ('ة' if fem else '') for w in adj.split())


def uniq(xs, fold=lambda x: x):
    out, seen = [], set()
    for x in xs:
        if x and fold(x) not in seen:
            seen.add(fold(x))
            out.append(x)
    return out


def fold_ar(s):
    """The loader's letter folding: alef hamza forms, ta marbuta, alef maqsura, tashkeel."""
    s = re.sub('[\u064B-\u0652\u0640]', '', s)
    s = re.sub('[أإآٱ]', 'ا', s)
    return s.replace('ة', 'ه').replace('ى', 'ي')


def main():
    _, countries = read_tsv(os.path.join(HERE, 'countries.tsv'))
    by_code = {c['code']: c for c in countries}
    header, rows = read_tsv(os.path.join(HERE, 'orgs.tsv'))
    names = {r['name'] for r in rows}
    aliases = set()
    for r in rows:
        aliases.update([r['name']] + r['ar'].split('|') + r['en'].split('|'))
    aliases.discard('')
    for r in rows:
        r['ar'] = '|'.join(uniq(r['ar'].split('|'), fold_ar))
        r['en'] = '|'.join(uniq(r['en'].split('|')))
    generated = []
    for code in STATES:
        c = by_code[code]
        cameo = c['cameo'] or code
        name = c['name']
        the = 'the ' if code in THE else ''
        adj = c['adj_en'].split('|')[0]
        ars = [a for a in c['adj_ar'].split('|') if a]
        poss = the.capitalize() + (name + "'s" if not name.endswith('s') else name + "'")
        def add(cname, actor, en, ar, kind='gov', what=''):
            if (code, what) in SKIP:
                return
            # A body written by hand (same name or any shared alias) wins.
            if cname in names or aliases.intersection([cname] + en + ar):
                return
            names.add(cname)
            aliases.update([cname] + en + ar)
            generated.append({'name': cname, 'kind': kind, 'country': code, 'actor': actor,
                              'ar': '|'.join(uniq(ar, fold_ar)), 'en': '|'.join(uniq(en))})
        if not ars:
            continue
        f = [ar_def(a, True) for a in ars]
        m = [ar_def(a, False) for a in ars]
        # Wire-style short form first: gold files and readers name it so.
        add(f'{adj} Foreign Ministry', cameo + 'GOV',
            [f'Ministry of Foreign Affairs ({the}{name})', f'{adj} foreign ministry',
             f'{poss} Foreign Ministry', f'{adj} Ministry of Foreign Affairs'],
            [f'وزارة الخارجية {x}' for x in f] + [f'الخارجية {x}' for x in f])
        add(f'Ministry of Defence ({the}{name})', cameo + 'MIL',
            [f'{adj} Defence Ministry', f'{adj} Defense Ministry', f'{adj} defence ministry',
             f'{adj} defense ministry', f'{poss} Defence Ministry', f'{poss} Defense Ministry',
             f'{adj} Ministry of Defence', f'{adj} Ministry of Defense'],
            [f'وزارة الدفاع {x}' for x in f] + [f'الدفاع {x}' for x in f], what='defence')
        add(f'Ministry of the Interior ({the}{name})', cameo + 'GOV',
            [f'{adj} Interior Ministry', f'{adj} interior ministry', f'{poss} Interior Ministry',
             f'{adj} Ministry of the Interior', f'{adj} Ministry of Interior'],
            [f'وزارة الداخلية {x}' for x in f])
        add(f'Government of {the}{name}', cameo + 'GOV',
            [f'{adj} government', f'{poss} government'],
            [f'الحكومة {x}' for x in f])
        add(f'{adj} Armed Forces', cameo + 'MIL',
            [f'{adj} armed forces', f'{adj} army', f'{adj} military', f'{adj} forces', f'{adj} troops'],
            [f'الجيش {x}' for x in m] + [f'القوات {x}' for x in f] +
            [f'القوات المسلحة {x}' for x in f], what='armed')
    with open(OUT, 'w', encoding='utf-8') as out:
        out.write('# orgs.tsv: international and non-governmental organisations, government bodies,\n'
                  '#   armed groups, parties, media and a few companies.\n'
                  '# Names, Arabic names, kinds and actor codes: authored for dyad (tools/gazetteer/orgs.tsv;\n'
                  '#   ministries, governments and armed forces of common states are expanded from\n'
                  '#   countries.tsv by tools/gazetteer/gen_orgs.py).\n'
                  '# Canonical English names follow the usual English-language encyclopedia titles, except\n'
                  '#   where news wire style has one short form every reader and annotator uses: foreign\n'
                  '#   ministries are "<Adjective> Foreign Ministry" (Reuters/AP style; the encyclopedia title\n'
                  '#   "Ministry of Foreign Affairs (X)" stays an alias), "UN Security Council",\n'
                  '#   "U.S. State Department", "French Foreign Ministry".\n'
                  '# Actor codes follow CAMEO (Gerner, Schrodt et al., CAMEO codebook 1.1b3) as GDELT and\n'
                  '#   PETRARCH use them: IGOUNO, IGOWSTNAT, IGOEUREEC, IGOMEAARL, IGOJUDICC, NGOHLHMSF.\n'
                  '#   Where dyad does not know the dictionary code of a body it builds one in the same\n'
                  '#   style: IGO/NGO + region or sector + a three-letter body code (IGOAFRAFU, NGOHRIAMN).\n'
                  '#   Scoring compares the first six letters, so region/sector choice is what matters.\n'
                  '# Parties: CAMEO has no party role. A party long in power alone gets COUNTRY+GOV (CCP,\n'
                  '#   United Russia, AKP, BJP, ZANU-PF, Likud, Fatah); a party banned or in sustained\n'
                  '#   opposition gets COUNTRY+OPP; other parties get the bare country code (USA for the\n'
                  '#   Republican and Democratic parties), since their role changes with each election\n'
                  '#   and the coder adds GOV/LEG from the person or context.\n'
                  '# Armed groups: REB for groups fighting a state for territory or power (Hamas PSEREB,\n'
                  '#   Hezbollah LBNREB, Houthis YEMREB, RSF SDNREB, PKK TURREB), SEP for separatists\n'
                  '#   (STC YEMSEP, BLA PAKSEP), INS for jihadist and terrorist networks under the country\n'
                  '#   of their main base (Islamic State IRQINS, al-Qaeda AFGINS, AQAP YEMINS, al-Shabaab\n'
                  '#   SOMINS, Boko Haram NGAINS), UAF for militias (Kata\'ib Hezbollah IRQUAF, Wagner\n'
                  '#   RUSUAF), as persons-*.tsv codes their leaders. Taliban: AFGINS, the insurgency code;\n'
                  '#   since 2021-08-15 they are the de facto government of Afghanistan, which "Government\n'
                  '#   of Afghanistan" (AFGGOV) and dated person roles cover. HTS: SYRREB; it led the\n'
                  '#   Syrian transitional government from December 2024.\n'
                  '# Media: COUNTRY+MED of the country they are based in; fact-checking NGOs and platforms\n'
                  '#   not tied to one state\'s media: NGOMED.\n'
                  '# Coast guards: COUNTRY+MIL, as CAMEO\'s agents dictionary and roles.tsv ("coast guard",\n'
                  '#   "خفر السواحل" = MIL) code them, whether the service answers to the defence, interior\n'
                  '#   or maritime ministry (Italy\'s, Libya\'s, the US\'s are military; Greece\'s, Turkey\'s,\n'
                  '#   Tunisia\'s are under civil ministries but armed and coded alike).\n'
                  '# Think tanks and national policy or advocacy NGOs: COUNTRY+NGO of their seat (Brookings\n'
                  '#   USANGO, Kohelet ISRNGO); human-rights and migrant-rescue NGOs: NGOHRI, NGOREF.\n'
                  '# Arabic: "مجلس النواب" alone is not listed (every Arab state has one); only country forms.\n')
        out.write('\t'.join(header) + '\n')
        for r in rows + generated:
            out.write('\t'.join(r.get(h, '') for h in header) + '\n')
    print(f'orgs: {len(rows)} hand-authored + {len(generated)} generated = {len(rows) + len(generated)}')


if __name__ == '__main__':
    main()
