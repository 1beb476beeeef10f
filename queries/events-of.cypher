// Question: In which events did a participant take part, with whom, when and where?
// Parameters: $name: the participant's name or one of its aliases (a person, country or organization; any case)
MATCH (x)-[:PARTICIPATED_IN]->(e:Event)
WHERE toLower(x.name) = toLower($name) OR any(al IN coalesce(x.aliases, []) WHERE toLower(al) = toLower($name))
OPTIONAL MATCH (e)<-[:PARTICIPATED_IN]-(o) WHERE o <> x
OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(p:Place)
WITH x, e, p, o ORDER BY o.name
RETURN x.name AS participant, e.date AS date, e.kind AS kind, e.status AS status, e.title AS title,
       p.name AS place, collect(DISTINCT o.name) AS others, e.id AS event
ORDER BY date, event
