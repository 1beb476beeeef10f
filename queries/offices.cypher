// Question: Who holds (or held) which office, since when and until when?
// Parameters: none
MATCH (p:Person)-[o:HOLDS_OFFICE]->(x)
RETURN p.name AS person, o.title AS office, x.name AS of, o.since AS since, o.until AS until
ORDER BY person, since, office
