#!/usr/bin/env node
// Generates ../countries.ttl from the npm packages world-countries and i18n-iso-countries,
// corrected by the hand table below (German usage, adjective stems, German capital names, Wikidata ids).
// Usage: mkdir -p /tmp/kbgen && cd /tmp/kbgen && npm install world-countries i18n-iso-countries
//        NODE_PATH=/tmp/kbgen/node_modules node ontology/generate/countries.js > ontology/countries.ttl
'use strict';
const world = require('world-countries');
const iso = require('i18n-iso-countries');

// Sovereign states: UN members, the two UN observer states, Kosovo and Taiwan.
const EXTRA = ['VA', 'PS', 'XK', 'TW'];

// code: [German adjective stem(s) | separated, German capital name (when it differs from English), options]
// options: de/en = prefLabel override, altDe/altEn = extra altLabels, adjEn = English adjective override,
//          capEn = English capital name override, capAltDe/capAltEn = capital altLabels, prefix = ng:prefix@de,
//          seat = [German, English] seat of government, wd = country Wikidata id, capWd = capital Wikidata id,
//          drop = generated German names to leave out.
const HAND = {
  AF: ['afghanisch', null, { wd: 'Q889' }], AO: ['angolanisch'], AL: ['albanisch', 'Tirana'], AD: ['andorranisch'],
  AE: ['emiratisch', 'Abu Dhabi', { altDe: ['VAE', 'Emirate'], altEn: ['UAE', 'Emirates'] }],
  AR: ['argentinisch', null, { wd: 'Q414' }], AM: ['armenisch', 'Eriwan', { wd: 'Q399', capAltDe: ['Jerewan'] }],
  AG: ['antiguanisch'], AU: ['australisch', null, { wd: 'Q408' }],
  AT: ['österreichisch', 'Wien', { wd: 'Q40', capWd: 'Q1741' }], AZ: ['aserbaidschanisch', 'Baku', { wd: 'Q227' }],
  BI: ['burundisch'], BE: ['belgisch', 'Brüssel', { wd: 'Q31', capWd: 'Q239' }], BJ: ['beninisch', null, { seat: ['Cotonou', 'Cotonou'] }],
  BF: ['burkinisch'], BD: ['bangladeschisch', 'Dhaka', { capAltDe: ['Dakka'] }], BG: ['bulgarisch', 'Sofia', { wd: 'Q219' }],
  BH: ['bahrainisch'], BS: ['bahamaisch'], BA: ['bosnisch|bosnisch-herzegowinisch', null, { altDe: ['Bosnien-Herzegowina', 'Bosnien'], altEn: ['Bosnia'] }],
  BY: ['belarussisch|weißrussisch', 'Minsk', { altDe: ['Weißrussland', 'Republik Belarus'], adjEn: ['Belarusian', 'Belarussian'], wd: 'Q184', capWd: 'Q2280' }],
  BZ: ['belizisch'], BO: ['bolivianisch', null, { seat: ['La Paz', 'La Paz'] }], BR: ['brasilianisch', 'Brasília', { wd: 'Q155', capAltDe: ['Brasilia'], capAltEn: ['Brasilia'] }],
  BB: ['barbadisch'], BN: ['bruneiisch', null, { altDe: ['Brunei Darussalam'] }], BT: ['bhutanisch', 'Thimphu'], BW: ['botswanisch'],
  CF: ['zentralafrikanisch', null, { altDe: ['ZAR'], altEn: ['CAR'] }], CA: ['kanadisch', null, { wd: 'Q16' }],
  CH: ['schweizerisch', 'Bern', { wd: 'Q39', altDe: ['Eidgenossenschaft'] }], CL: ['chilenisch', 'Santiago de Chile', { wd: 'Q298', capEn: 'Santiago', capAltDe: ['Santiago'] }],
  CN: ['chinesisch', 'Peking', { altDe: ['Volksrepublik China', 'VR China'], altEn: ["People's Republic of China", 'PRC'], prefix: ['China'], wd: 'Q148', capWd: 'Q956', capAltDe: ['Beijing'] }],
  CI: ['ivorisch', 'Yamoussoukro', { de: 'Elfenbeinküste', en: 'Ivory Coast', altDe: ["Côte d'Ivoire"], altEn: ["Côte d'Ivoire"], seat: ['Abidjan', 'Abidjan'] }],
  CM: ['kamerunisch', 'Jaunde', { capAltDe: ['Yaoundé'] }],
  CD: ['kongolesisch', null, { de: 'Demokratische Republik Kongo', en: 'Democratic Republic of the Congo', altDe: ['DR Kongo', 'Kongo-Kinshasa'], altEn: ['DR Congo', 'DRC', 'Congo-Kinshasa'] }],
  CG: ['kongolesisch', null, { de: 'Republik Kongo', en: 'Republic of the Congo', altDe: ['Kongo-Brazzaville'], altEn: ['Congo-Brazzaville'], drop: ['Kongo'] }],
  CO: ['kolumbianisch', 'Bogotá', { wd: 'Q739', capAltDe: ['Bogota'] }], KM: ['komorisch'], CV: ['kap-verdisch', null, { altDe: ['Cabo Verde'], altEn: ['Cabo Verde'] }],
  CR: ['costa-ricanisch'], CU: ['kubanisch', 'Havanna', { wd: 'Q241' }], CY: ['zyprisch', 'Nikosia'],
  CZ: ['tschechisch', 'Prag', { altDe: ['Tschechische Republik'], altEn: ['Czech Republic'], wd: 'Q213' }],
  DE: ['deutsch', 'Berlin', { altDe: ['Bundesrepublik', 'BRD'], wd: 'Q183', capWd: 'Q64' }], DJ: ['dschibutisch', 'Dschibuti'], DM: ['dominicanisch'],
  DK: ['dänisch', 'Kopenhagen', { wd: 'Q35' }], DO: ['dominikanisch'], DZ: ['algerisch', 'Algier'], EC: ['ecuadorianisch'],
  EG: ['ägyptisch', 'Kairo', { wd: 'Q79', capWd: 'Q85' }], ER: ['eritreisch'], ES: ['spanisch', 'Madrid', { wd: 'Q29', capWd: 'Q2807' }],
  EE: ['estnisch', 'Tallinn', { wd: 'Q191' }], ET: ['äthiopisch', 'Addis Abeba'], FI: ['finnisch', 'Helsinki', { wd: 'Q33', capWd: 'Q1757' }],
  FJ: ['fidschianisch'], FR: ['französisch', 'Paris', { altDe: ['Französische Republik'], wd: 'Q142', capWd: 'Q90' }], FM: ['mikronesisch'],
  GA: ['gabunisch'], GB: ['britisch', 'London', { de: 'Großbritannien', en: 'United Kingdom', altDe: ['Vereinigtes Königreich', 'Britannien', 'UK', 'Vereinigtes Königreich Großbritannien und Nordirland'], altEn: ['Great Britain', 'Britain', 'UK', 'U.K.'], wd: 'Q145', capWd: 'Q84' }],
  GE: ['georgisch', 'Tiflis', { wd: 'Q230', capAltDe: ['Tbilissi'] }], GH: ['ghanaisch'], GN: ['guineisch'], GM: ['gambisch'], GW: ['guinea-bissauisch'],
  GQ: ['äquatorialguineisch'], GR: ['griechisch', 'Athen', { wd: 'Q41' }], GD: ['grenadisch'], GT: ['guatemaltekisch', 'Guatemala-Stadt'],
  GY: ['guyanisch'], HN: ['honduranisch'], HR: ['kroatisch', 'Zagreb', { wd: 'Q224' }], HT: ['haitianisch'], HU: ['ungarisch', 'Budapest', { wd: 'Q28' }],
  ID: ['indonesisch', 'Jakarta', { wd: 'Q252' }], IN: ['indisch', 'Neu-Delhi', { wd: 'Q668', capAltDe: ['New Delhi'] }], IE: ['irisch', 'Dublin', { wd: 'Q27' }],
  IR: ['iranisch', 'Teheran', { altDe: ['Islamische Republik Iran'], wd: 'Q794', capWd: 'Q3616' }], IQ: ['irakisch', 'Bagdad', { wd: 'Q796' }],
  IS: ['isländisch', 'Reykjavík', { wd: 'Q189', capAltDe: ['Reykjavik'], capAltEn: ['Reykjavík'] }], IL: ['israelisch', 'Jerusalem', { wd: 'Q801', seat: null }],
  IT: ['italienisch', 'Rom', { altDe: ['Italienische Republik'], wd: 'Q38', capWd: 'Q220' }], JM: ['jamaikanisch'], JO: ['jordanisch'],
  JP: ['japanisch', 'Tokio', { wd: 'Q17', capWd: 'Q1490', capAltDe: ['Tokyo'] }], KZ: ['kasachisch', 'Astana', { wd: 'Q232' }], KE: ['kenianisch'],
  KG: ['kirgisisch', 'Bischkek', { altDe: ['Kirgistan', 'Kirgisien'] }], KH: ['kambodschanisch', 'Phnom Penh'], KI: ['kiribatisch'], KN: ['kittitisch'],
  KR: ['südkoreanisch', 'Seoul', { altDe: ['Republik Korea'], altEn: ['Republic of Korea'], wd: 'Q884' }],
  XK: ['kosovarisch', 'Pristina', { altDe: ['Republik Kosovo'], capAltDe: ['Priština'] }], KW: ['kuwaitisch', 'Kuwait-Stadt'], LA: ['laotisch'],
  LB: ['libanesisch', 'Beirut'], LR: ['liberianisch'], LY: ['libysch', 'Tripolis'], LC: ['lucianisch'], LI: ['liechtensteinisch'],
  LK: ['sri-lankisch'], LS: ['lesothisch'], LT: ['litauisch', 'Vilnius', { wd: 'Q37', capAltDe: ['Wilna'] }], LU: ['luxemburgisch', 'Luxemburg', { wd: 'Q32' }],
  LV: ['lettisch', 'Riga', { wd: 'Q211' }], MA: ['marokkanisch'], MC: ['monegassisch'],
  MD: ['moldauisch|moldawisch', 'Chișinău', { de: 'Moldau', altDe: ['Moldawien', 'Republik Moldau', 'Moldova'], capAltDe: ['Kischinau', 'Chisinau'], capAltEn: ['Chisinau'], wd: 'Q217' }],
  MG: ['madagassisch'], MV: ['maledivisch'], MX: ['mexikanisch', 'Mexiko-Stadt', { wd: 'Q96' }], MH: ['marshallisch'],
  MK: ['nordmazedonisch|mazedonisch', 'Skopje', { altDe: ['Mazedonien'], altEn: ['Macedonia'] }], ML: ['malisch'], MT: ['maltesisch'],
  MM: ['myanmarisch|birmanisch', null, { altDe: ['Birma', 'Burma'], altEn: ['Burma'] }], ME: ['montenegrinisch'], MN: ['mongolisch', 'Ulaanbaatar', { capEn: 'Ulaanbaatar', capAltDe: ['Ulan Bator'], capAltEn: ['Ulan Bator'] }],
  MZ: ['mosambikanisch'], MR: ['mauretanisch'], MU: ['mauritisch'], MW: ['malawisch'], MY: ['malaysisch'], NA: ['namibisch'],
  NE: ['nigrisch'], NG: ['nigerianisch', null, { wd: 'Q1033' }], NI: ['nicaraguanisch'],
  NL: ['niederländisch', 'Amsterdam', { altDe: ['Holland'], altEn: ['Holland'], seat: ['Den Haag', 'The Hague'], wd: 'Q55' }],
  NO: ['norwegisch', 'Oslo', { wd: 'Q20' }], NP: ['nepalesisch'], NR: ['nauruisch'], NZ: ['neuseeländisch', null, { wd: 'Q664' }], OM: ['omanisch', 'Maskat'],
  PK: ['pakistanisch', null, { wd: 'Q843' }], PA: ['panamaisch', 'Panama-Stadt'], PE: ['peruanisch', null, { wd: 'Q419' }], PH: ['philippinisch'], PW: ['palauisch'],
  PG: ['papua-neuguineisch'], PL: ['polnisch', 'Warschau', { wd: 'Q36', capWd: 'Q270' }],
  KP: ['nordkoreanisch', 'Pjöngjang', { altDe: ['Demokratische Volksrepublik Korea', 'DVRK'], altEn: ['DPRK'], capAltDe: ['Pyongyang'], wd: 'Q423' }],
  PT: ['portugiesisch', 'Lissabon', { wd: 'Q45' }], PY: ['paraguayisch'],
  PS: ['palästinensisch', 'Ramallah', { altDe: ['Staat Palästina', 'Palästinensische Gebiete', 'Palästinensergebiete'], altEn: ['State of Palestine', 'Palestinian territories'] }],
  QA: ['katarisch', null, { wd: 'Q846' }], RO: ['rumänisch', 'Bukarest', { wd: 'Q218' }],
  RU: ['russisch', 'Moskau', { altDe: ['Russische Föderation'], altEn: ['Russian Federation'], prefix: ['Russland'], wd: 'Q159', capWd: 'Q649' }],
  RW: ['ruandisch'], SA: ['saudi-arabisch|saudisch', 'Riad', { altDe: ['Königreich Saudi-Arabien'], wd: 'Q851' }], SD: ['sudanesisch', 'Khartum'],
  SN: ['senegalesisch'], SG: ['singapurisch', 'Singapur'], SB: ['salomonisch'], SL: ['sierra-leonisch'], SV: ['salvadorianisch'],
  SM: ['san-marinesisch', 'San Marino', { capEn: 'San Marino' }], SO: ['somalisch', 'Mogadischu'], RS: ['serbisch', 'Belgrad', { wd: 'Q403' }],
  SS: ['südsudanesisch'], ST: ['são-toméisch'], SR: ['surinamisch'], SK: ['slowakisch', 'Bratislava', { wd: 'Q214' }],
  SI: ['slowenisch', 'Ljubljana', { wd: 'Q215' }], SE: ['schwedisch', 'Stockholm', { wd: 'Q34' }],
  SZ: ['eswatinisch|swasiländisch', 'Mbabane', { de: 'Eswatini', altDe: ['Swasiland'], altEn: ['Swaziland'], capEn: 'Mbabane' }],
  SC: ['seychellisch'], SY: ['syrisch', 'Damaskus', { altDe: ['Arabische Republik Syrien'], wd: 'Q858' }], TD: ['tschadisch'], TG: ['togoisch'],
  TH: ['thailändisch', null, { wd: 'Q869' }], TJ: ['tadschikisch', 'Duschanbe'], TM: ['turkmenisch', 'Aschgabat'], TL: ['osttimoresisch', null, { altDe: ['Timor-Leste'], altEn: ['East Timor'] }],
  TO: ['tongaisch'], TT: ['trinidadisch'], TN: ['tunesisch'], TR: ['türkisch', 'Ankara', { en: 'Turkey', altDe: ['Türkiye'], altEn: ['Türkiye'], wd: 'Q43', capWd: 'Q3640' }],
  TV: ['tuvaluisch'], TW: ['taiwanisch', 'Taipeh', { altDe: ['Republik China'], altEn: ['Republic of China'] }], TZ: ['tansanisch'],
  UG: ['ugandisch'], UA: ['ukrainisch', 'Kiew', { wd: 'Q212', capWd: 'Q1899', capEn: 'Kyiv', capAltDe: ['Kyjiw', 'Kyiv'], capAltEn: ['Kiev'] }], UY: ['uruguayisch'],
  US: ['amerikanisch|US-amerikanisch', 'Washington', { de: 'USA', en: 'United States', prefix: ['US'],
    altDe: ['Vereinigte Staaten', 'Vereinigte Staaten von Amerika', 'US', 'Amerika'], altEn: ['United States of America', 'USA', 'US', 'U.S.', 'America'],
    capEn: 'Washington', capAltDe: ['Washington D.C.', 'Washington, D.C.'], capAltEn: ['Washington D.C.', 'Washington, D.C.'], wd: 'Q30', capWd: 'Q61' }],
  UZ: ['usbekisch', 'Taschkent'], VA: ['vatikanisch', 'Vatikanstadt', { de: 'Vatikan', en: 'Vatican', altDe: ['Heiliger Stuhl'], altEn: ['Holy See', 'Vatican City'], wd: 'Q237' }],
  VC: ['vincentisch'], VE: ['venezolanisch', null, { wd: 'Q717' }], VN: ['vietnamesisch', 'Hanoi', { wd: 'Q881' }], VU: ['vanuatuisch'], WS: ['samoanisch'],
  YE: ['jemenitisch', 'Sanaa'], ZA: ['südafrikanisch', 'Pretoria', { wd: 'Q258', capEn: 'Pretoria', seat: null }], ZM: ['sambisch'], ZW: ['simbabwisch'],
};

const esc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const lit = (s, lang) => `"${esc(s)}"@${lang}`;
function slug(s) {
  return s.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase()
    .replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}
const uniq = (xs, skip) => [...new Set(xs.filter((x) => x && !skip.includes(x)))];

const states = world.filter((c) => c.unMember || EXTRA.includes(c.cca2))
  .sort((a, b) => a.cca2.localeCompare(b.cca2));
const out = [];
out.push(`# Generated by ontology/generate/countries.js from the npm packages world-countries ${require('world-countries/package.json').version}`);
out.push(`# and i18n-iso-countries ${require('i18n-iso-countries/package.json').version}, corrected by hand for common German usage.`);
out.push('# Every sovereign state (UN members, UN observer states, Kosovo, Taiwan) with its capital.');
out.push('@prefix ng:   <https://newsgraph.org/ontology#> .');
out.push('@prefix id:   <https://newsgraph.org/id/> .');
out.push('# Turtle does not allow "/" in a prefixed name (country:RU is a syntax error), so each entity type has its own prefix.');
out.push('@prefix country: <https://newsgraph.org/id/country/> .');
out.push('@prefix place: <https://newsgraph.org/id/place/> .');
out.push('@prefix skos: <http://www.w3.org/2004/02/skos/core#> .');
out.push('@prefix owl:  <http://www.w3.org/2002/07/owl#> .');
out.push('@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .');
out.push('@prefix wd:   <http://www.wikidata.org/entity/> .');
out.push('');
const placesSeen = new Set();
for (const c of states) {
  const code = c.cca2;
  const h = HAND[code];
  if (!h) throw new Error(`no hand entry for ${code} (${c.name.common}): add one to HAND`);
  const [adjDe, capDeHand, o = {}] = h;
  const de = o.de || c.translations.deu.common;
  const en = o.en || c.name.common;
  // o.drop removes generated names that belong to another state in German usage ("Kongo" is the DR Kongo).
  const altDe = uniq([c.translations.deu.common, c.translations.deu.official, iso.getName(code, 'de'), ...(o.altDe || [])], [de, ...(o.drop || [])]);
  const altEn = uniq([c.name.common, c.name.official, iso.getName(code, 'en'), ...(o.altEn || [])], [en]);
  const adjEn = o.adjEn || [c.demonyms.eng.m.split(/,| or /)[0].trim()];
  const capEn = o.capEn || c.capital[0];
  const capDe = capDeHand || capEn;
  const capKey = slug(capDe);
  const lines = [`country:${code} a ng:Country ;`];
  lines.push(`  skos:prefLabel ${lit(de, 'de')}, ${lit(en, 'en')} ;`);
  const alts = [...altDe.map((a) => lit(a, 'de')), ...altEn.map((a) => lit(a, 'en'))];
  if (alts.length) lines.push(`  skos:altLabel ${alts.join(', ')} ;`);
  lines.push(`  ng:adjective ${[...adjDe.split('|').map((a) => lit(a, 'de')), ...adjEn.map((a) => lit(a, 'en'))].join(', ')} ;`);
  if (o.prefix) lines.push(`  ng:prefix ${o.prefix.map((p) => lit(p, 'de')).join(', ')} ;`);
  lines.push(`  ng:isoCode "${code}" ;`);
  lines.push(`  ng:capital place:${capKey} ;`);
  let seatKey = null;
  if (o.seat) { seatKey = slug(o.seat[0]); lines.push(`  ng:seatOfGovernment place:${seatKey} ;`); }
  if (o.wd) lines.push(`  owl:sameAs wd:${o.wd} ;`);
  out.push(lines.join('\n').replace(/ ;$/, ' .'));
  if (placesSeen.has(capKey)) throw new Error(`capital slug ${capKey} used twice`);
  placesSeen.add(capKey);
  const capAlts = uniq([...(o.capAltDe || []).map((a) => lit(a, 'de')), ...(o.capAltEn || []).map((a) => lit(a, 'en'))], []);
  const p = [`place:${capKey} a ng:Place ;`, `  skos:prefLabel ${lit(capDe, 'de')}, ${lit(capEn, 'en')} ;`];
  if (capAlts.length) p.push(`  skos:altLabel ${capAlts.join(', ')} ;`);
  p.push(`  ng:capitalOf country:${code} ;`);
  p.push(`  ng:locatedIn country:${code} ;`);
  if (o.capWd) p.push(`  owl:sameAs wd:${o.capWd} ;`);
  out.push(p.join('\n').replace(/ ;$/, ' .'));
  if (seatKey) {
    out.push(`place:${seatKey} a ng:Place ;\n  skos:prefLabel ${lit(o.seat[0], 'de')}, ${lit(o.seat[1], 'en')} ;\n  ng:seatOfGovernmentOf country:${code} ;\n  ng:locatedIn country:${code} .`);
  }
  out.push('');
}
process.stdout.write(out.join('\n'));
