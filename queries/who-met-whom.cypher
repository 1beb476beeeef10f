// Question: Who met whom, when, how and where?
// Parameters: none
// Every two persons who took part in the same event that was held (not only planned or proposed): the five
// leaders of one conference call all met each other. Who convened it stays in the graph as information (the
// convener's PARTICIPATED_IN has role 'convener').
MATCH (a:Person)-[:PARTICIPATED_IN]->(e:Event)<-[:PARTICIPATED_IN]-(b:Person)
WHERE a.name < b.name AND e.status = 'held'
OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(p:Place)
RETURN a.name AS person1, b.name AS person2, e.date AS date, e.kind AS kind, p.name AS place, e.id AS event
ORDER BY date, person1, person2
