// Question: Which agreements are mentioned, and in which articles, events and statements?
// Parameters: none
// via = article (it mentions the agreement), event (the event concerns it) or statement (the statement's target
// is the agreement, its content names it, or it was made at an event concerning it).
MATCH (g:Agreement)
CALL {
  WITH g
  MATCH (a:Article)-[:MENTIONS]->(g)
  RETURN 'article' AS via, null AS kind, a.title AS detail, a.published AS date
  UNION
  WITH g
  MATCH (e:Event)-[:CONCERNS]->(g)
  RETURN 'event' AS via, e.kind AS kind, e.title AS detail, e.date AS date
  UNION
  WITH g
  MATCH (x)-[s:DEMANDED|THREATENED|ACCUSED|PROPOSED|INVITED|SUPPORTED|REJECTED|AGREED|ANNEXED]->(y)
  WHERE y = g
     OR any(n IN [g.name] + coalesce(g.aliases, []) WHERE toLower(s.what) CONTAINS toLower(n))
     OR exists { MATCH (ev:Event {id: s.event})-[:CONCERNS]->(g) }
  RETURN 'statement' AS via, type(s) AS kind, x.name + ': ' + s.what AS detail, s.date AS date
}
RETURN DISTINCT g.name AS agreement, via, kind, detail, date
ORDER BY agreement, via, date, detail
