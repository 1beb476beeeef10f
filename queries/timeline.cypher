// Question: When and how were two people in contact, in date order?
// Parameters: $a: a person's name, $b: another person's name (as in the graph, any case)
MATCH (x:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(y:Person)
WHERE toLower(x.name) = toLower($a) AND toLower(y.name) = toLower($b)
OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(p:Place)
RETURN e.date AS date, e.kind AS kind, e.status AS status, e.title AS title, p.name AS place, e.id AS event
ORDER BY date, event
