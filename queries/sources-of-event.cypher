// Question: Which articles report an event?
// Parameters: $event: the event's id (as who-met-whom and events-of show it) or its title (any case)
MATCH (a:Article)-[:REPORTS]->(e:Event)
WHERE e.id = $event OR toLower(e.title) = toLower($event)
RETURN e.id AS event, a.id AS article, a.title AS title, a.source AS source, a.published AS published,
       a.url AS url
ORDER BY published, article
