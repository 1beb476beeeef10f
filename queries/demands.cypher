// Question: What was demanded, by whom, of whom?
// Parameters: none
// reports: how many articles report the statement.
MATCH (actor)-[s:DEMANDED]->(target)
RETURN actor.name AS actor, target.name AS target, s.what AS what, s.date AS date,
       size(coalesce(s.articles, [])) AS reports
ORDER BY actor, target, what
