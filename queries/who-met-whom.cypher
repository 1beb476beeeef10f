// Question: Who met whom, when, how and where?
// Parameters: none
// Pairs of persons who took part in the same event that was held (not only planned or proposed). In an event with
// a convener (the one who held a conference call with several others), the convener met each of them; otherwise
// every participant met every other.
MATCH (a:Person)-[ra:PARTICIPATED_IN]->(e:Event)<-[rb:PARTICIPATED_IN]-(b:Person)
WHERE a.name < b.name AND e.status = 'held'
  AND (ra.role = 'convener' OR rb.role = 'convener'
       OR NOT EXISTS { MATCH (:Person)-[c:PARTICIPATED_IN]->(e) WHERE c.role = 'convener' })
OPTIONAL MATCH (e)-[:TOOK_PLACE_IN]->(p:Place)
RETURN a.name AS person1, b.name AS person2, e.date AS date, e.kind AS kind, p.name AS place, e.id AS event
ORDER BY date, person1, person2
