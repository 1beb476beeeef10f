#!/usr/bin/env node
// Writes ../people.ttl from the compact table in people-data.js: each person with German and English name forms,
// spelling variants, family name, Wikidata id (only where certain) and offices with time spans.
// Usage: node ontology/generate/people.js > ontology/people.ttl   (no npm packages needed)
'use strict';
const { PEOPLE, FEMALE } = require('./people-data.js');

// Default title words per role; a holding may override them with its own { de: [...], en: '...' }.
const DEFAULT_TITLES = {
  HeadOfState: { de: ['Präsident', 'Präsidentin', 'Staatschef', 'Staatschefin'], en: 'President' },
  HeadOfGovernment: { de: ['Premierminister', 'Premierministerin', 'Regierungschef', 'Regierungschefin'], en: 'Prime Minister' },
  DeputyHeadOfState: { de: ['Vizepräsident', 'Vizepräsidentin'], en: 'Vice President' },
  DeputyHeadOfGovernment: { de: ['Vizeregierungschef', 'Vizeregierungschefin'], en: 'Deputy Prime Minister' },
  ForeignMinister: { de: ['Außenminister', 'Außenministerin'], en: 'Foreign Minister' },
  DefenceMinister: { de: ['Verteidigungsminister', 'Verteidigungsministerin'], en: 'Defence Minister' },
  InteriorMinister: { de: ['Innenminister', 'Innenministerin'], en: 'Interior Minister' },
  FinanceMinister: { de: ['Finanzminister', 'Finanzministerin'], en: 'Finance Minister' },
  EconomyMinister: { de: ['Wirtschaftsminister', 'Wirtschaftsministerin'], en: 'Economy Minister' },
  Minister: { de: ['Minister', 'Ministerin'], en: 'Minister' },
  DeputyMinister: { de: ['Vizeaußenminister', 'Vizeaußenministerin'], en: 'Deputy Foreign Minister' },
  SecretaryGeneral: { de: ['Generalsekretär', 'Generalsekretärin'], en: 'Secretary-General' },
  President: { de: ['Präsident', 'Präsidentin'], en: 'President' },
  Leader: { de: ['Chef', 'Chefin'], en: 'Leader' },
  PartyLeader: { de: ['Parteichef', 'Parteichefin', 'Parteivorsitzender', 'Parteivorsitzende'], en: 'Party Leader' },
  OppositionLeader: { de: ['Oppositionsführer', 'Oppositionsführerin'], en: 'Opposition Leader' },
  Spokesperson: { de: ['Sprecher', 'Sprecherin'], en: 'Spokesperson' },
  Advisor: { de: ['Berater', 'Beraterin'], en: 'Advisor' },
  NationalSecurityAdvisor: { de: ['Sicherheitsberater', 'Sicherheitsberaterin', 'Nationaler Sicherheitsberater'], en: 'National Security Advisor' },
  ChiefOfStaff: { de: ['Stabschef', 'Stabschefin'], en: 'Chief of Staff' },
  Ambassador: { de: ['Botschafter', 'Botschafterin'], en: 'Ambassador' },
  SpecialEnvoy: { de: ['Sondergesandter', 'Sondergesandte'], en: 'Special Envoy' },
  HighRepresentative: { de: ['Außenbeauftragter', 'Außenbeauftragte', 'EU-Außenbeauftragter', 'EU-Außenbeauftragte'], en: 'High Representative of the Union for Foreign Affairs and Security Policy' },
  ParliamentSpeaker: { de: ['Parlamentspräsident', 'Parlamentspräsidentin'], en: 'Speaker' },
  Legislator: { de: ['Abgeordneter', 'Abgeordnete'], en: 'Member of Parliament' },
  MilitaryChief: { de: ['Generalstabschef', 'Generalstabschefin'], en: 'Chief of the General Staff' },
  IntelligenceChief: { de: ['Geheimdienstchef', 'Geheimdienstchefin'], en: 'Intelligence Chief' },
  Governor: { de: ['Gouverneur', 'Gouverneurin'], en: 'Governor' },
  Mayor: { de: ['Bürgermeister', 'Bürgermeisterin'], en: 'Mayor' },
};
// Country-specific titles for a role, keyed "Role:CC".
const COUNTRY_TITLES = {
  'HeadOfState:DE': { de: ['Bundespräsident', 'Bundespräsidentin', 'Staatsoberhaupt'], en: 'Federal President' },
  'HeadOfState:AT': { de: ['Bundespräsident', 'Bundespräsidentin', 'Staatsoberhaupt'], en: 'Federal President' },
  'HeadOfState:CN': { de: ['Staatspräsident', 'Staatspräsidentin', 'Präsident', 'Präsidentin', 'Staatschef', 'Staatschefin'], en: 'President' },
  'HeadOfGovernment:DE': { de: ['Bundeskanzler', 'Bundeskanzlerin', 'Kanzler', 'Kanzlerin', 'Regierungschef', 'Regierungschefin'], en: 'Chancellor' },
  'HeadOfGovernment:AT': { de: ['Bundeskanzler', 'Bundeskanzlerin', 'Kanzler', 'Kanzlerin', 'Regierungschef', 'Regierungschefin'], en: 'Chancellor' },
  'HeadOfGovernment:CN': { de: ['Ministerpräsident', 'Ministerpräsidentin', 'Regierungschef', 'Regierungschefin', 'Premier', 'Premierminister'], en: 'Premier' },
  'DeputyHeadOfGovernment:DE': { de: ['Vizekanzler', 'Vizekanzlerin'], en: 'Vice Chancellor' },
  'ForeignMinister:US': { de: ['Außenminister', 'Außenministerin'], en: 'Secretary of State' },
  'ForeignMinister:GB': { de: ['Außenminister', 'Außenministerin'], en: 'Foreign Secretary' },
  'ForeignMinister:IN': { de: ['Außenminister', 'Außenministerin'], en: 'Minister of External Affairs' },
  'ForeignMinister:ZA': { de: ['Außenminister', 'Außenministerin'], en: 'Minister of International Relations and Cooperation' },
  'DefenceMinister:US': { de: ['Verteidigungsminister', 'Verteidigungsministerin'], en: 'Secretary of Defense' },
  'DefenceMinister:GB': { de: ['Verteidigungsminister', 'Verteidigungsministerin'], en: 'Defence Secretary' },
  'ChiefOfStaff:UA': { de: ['Leiter des Präsidialamts', 'Leiterin des Präsidialamts', 'Präsidialamtschef', 'Chef der Präsidialverwaltung', 'Leiter der Präsidialverwaltung', 'Stabschef'], en: 'Head of the Office of the President' },
  'ChiefOfStaff:RU': { de: ['Leiter der Präsidialverwaltung', 'Chef der Präsidialverwaltung', 'Leiter der Kremlverwaltung', 'Kremlverwaltungschef', 'Stabschef'], en: 'Head of the Presidential Administration' },
  'President:organization:eu-kommission': { de: ['Kommissionspräsident', 'Kommissionspräsidentin', 'Kommissionschef', 'Kommissionschefin', 'Präsident', 'Präsidentin'], en: 'President of the European Commission' },
  'President:organization:europaeischer-rat': { de: ['Ratspräsident', 'Ratspräsidentin', 'EU-Ratspräsident', 'EU-Ratspräsidentin', 'Präsident', 'Präsidentin'], en: 'President of the European Council' },
  'President:organization:europaeisches-parlament': { de: ['Parlamentspräsident', 'Parlamentspräsidentin', 'Präsident', 'Präsidentin'], en: 'President of the European Parliament' },
};
for (const cc of ['RU', 'IT', 'UA', 'BY', 'IL', 'PL', 'HU', 'NL', 'TR', 'KR', 'SA', 'CZ', 'SK', 'GR', 'ES', 'BE']) {
  COUNTRY_TITLES[`HeadOfGovernment:${cc}`] = { de: ['Ministerpräsident', 'Ministerpräsidentin', 'Regierungschef', 'Regierungschefin', 'Premierminister', 'Premierministerin'], en: 'Prime Minister' };
}

const esc = (s) => s.replace(/\\/g, '\\\\').replace(/"/g, '\\"');
const lit = (s, lang) => `"${esc(s)}"@${lang}`;
function dateLit(d) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(d)) return `"${d}"^^xsd:date`;
  if (/^\d{4}-\d{2}$/.test(d)) return `"${d}"^^xsd:gYearMonth`;
  if (/^\d{4}$/.test(d)) return `"${d}"^^xsd:gYear`;
  throw new Error(`bad date ${d}: expected YYYY-MM-DD, YYYY-MM or YYYY`);
}
const target = (of) => (of.includes(':') ? of : `country:${of}`);

const out = [
  '# Generated by ontology/generate/people.js from ontology/generate/people-data.js; edit the data file and regenerate.',
  '# Heads of state and government and foreign ministers of the G20, Ukraine, Belarus and others (2019-2024, plus the',
  '# holders in office since), EU and international leaders, spokespeople and advisers in diplomacy news.',
  '# Offices: ng:since/ng:until are xsd:date, or xsd:gYearMonth/xsd:gYear when only that is known; no ng:until while in office.',
  '@prefix ng:   <https://newsgraph.org/ontology#> .',
  '@prefix id:   <https://newsgraph.org/id/> .',
  '@prefix skos: <http://www.w3.org/2004/02/skos/core#> .',
  '@prefix owl:  <http://www.w3.org/2002/07/owl#> .',
  '@prefix xsd:  <http://www.w3.org/2001/XMLSchema#> .',
  '@prefix wd:   <http://www.wikidata.org/entity/> .',
  '# Turtle does not allow "/" in a prefixed name (id:person/x is a syntax error), so each type has its own prefix.',
  '@prefix person: <https://newsgraph.org/id/person/> .',
  '@prefix country: <https://newsgraph.org/id/country/> .',
  '@prefix organization: <https://newsgraph.org/id/organization/> .',
  '',
];
const seen = new Set();
for (const p of PEOPLE) {
  const [key, de, en, alts, family, wd, holds] = p;
  if (seen.has(key)) throw new Error(`person ${key} twice`);
  if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(key)) throw new Error(`person key ${key}: expected a lower-case ASCII slug`);
  seen.add(key);
  const lines = [`person:${key} a ng:Person ;`];
  if (FEMALE.has(key)) lines.push('  ng:gender "female" ;');
  lines.push(`  skos:prefLabel ${lit(de, 'de')}, ${lit(en, 'en')} ;`);
  // One ng:familyName (the German form, which the short-name rule uses); other transliterations of the family
  // name become altLabels, tagged @en when the English name uses them.
  const [familyName, ...familyVariants] = [].concat(family);
  const labelled = new Set([de, en, ...(alts.de || []), ...(alts.en || [])]);
  const variants = familyVariants.filter((f) => !labelled.has(f));
  const altDe = [...(alts.de || []), ...variants.filter((f) => !en.includes(f))].filter((a) => a !== de);
  const altEn = [...(alts.en || []), ...variants.filter((f) => en.includes(f))].filter((a) => a !== en);
  if (altDe.length + altEn.length) {
    lines.push(`  skos:altLabel ${[...altDe.map((a) => lit(a, 'de')), ...altEn.map((a) => lit(a, 'en'))].join(', ')} ;`);
  }
  lines.push(`  ng:familyName "${esc(familyName)}" ;`);
  if (wd) lines.push(`  owl:sameAs wd:${wd} ;`);
  if (holds.length) {
    const nodes = holds.map(([role, of, since, until, title]) => {
      const t = title || COUNTRY_TITLES[`${role}:${of}`] || DEFAULT_TITLES[role];
      if (!t) throw new Error(`no title words for role ${role} (${key})`);
      const parts = [`ng:role ng:${role}`, `ng:of ${target(of)}`,
        `ng:title ${[...t.de.map((x) => lit(x, 'de')), lit(t.en, 'en')].join(', ')}`, `ng:since ${dateLit(since)}`];
      if (until) parts.push(`ng:until ${dateLit(until)}`);
      return `[ ${parts.join(' ;\n             ')} ]`;
    });
    lines.push(`  ng:holds ${nodes.join(' ,\n           ')} ;`);
  }
  out.push(lines.join('\n').replace(/ ;$/, ' .'));
  out.push('');
}
process.stdout.write(out.join('\n'));
