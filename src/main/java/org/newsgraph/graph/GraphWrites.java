package org.newsgraph.graph;

import java.util.List;
import java.util.Map;
import org.newsgraph.extract.EntityType;
import org.newsgraph.extract.StatementType;

/**
 * The store operations the writers ({@link ArticleWriter}, {@link EventWriter}, {@link StatementWriter},
 * {@link NodeIds}) need, one per kind of write, inside one open transaction. The writers decide WHAT is written (sha
 * comparison, matching, merging, rows); an implementation decides HOW: as Cypher over any {@link CypherTx}
 * ({@link CypherGraphWrites}, used over Bolt) or through the embedded core API ({@link CoreGraphWrites}).
 *
 * <p>Rows are maps keyed as the Cypher parameters are; values are String, Long, List or null (null: the property is
 * absent). Nodes are addressed by element id ({@code eid}), which both implementations hand out. Both give the same
 * graph and report the same {@link CypherTx.Counts}.
 */
interface GraphWrites {

    /** The relationship types of statements, by name. */
    List<String> STATEMENT_TYPES = java.util.Arrays.stream(StatementType.values()).map(Enum::name).toList();

    /** The stored sha256 of each of {@code ids} that is stored (a key with a null value: stored without one). */
    Map<String, Object> articleShas(List<String> ids);

    /** True when the article {@code id} is stored with this sha256. */
    boolean isStored(String id, String sha256);

    /** Merges Article nodes by id and sets all their properties (rows: id, title, ..., sha256). */
    CypherTx.Counts mergeArticles(List<Map<String, Object>> rows);

    /** Deletes the MENTIONS of an article. */
    CypherTx.Counts removeMentions(String articleId);

    /** Deletes an article's REPORTS; events no article reports any more are deleted with their relationships. */
    CypherTx.Counts removeReports(String articleId);

    /** Removes an article's evidence from every statement; statements left without an article are deleted. */
    CypherTx.Counts removeStatementEvidence(String articleId);

    /**
     * Merges the entity of each row (id, name, wikidata, aliases: new aliases appended, name replaced, wikidata set
     * when missing) and creates a MENTIONS {count, sentences} from the row's article.
     *
     * @return one row {id, eid} per distinct entity
     */
    CypherTx.Result mergeMentions(EntityType type, List<Map<String, Object>> rows);

    /**
     * Merges each row's person and office holder ({@code of}, of {@code type}; created with name, wikidata and no
     * aliases) and a HOLDS_OFFICE {title, since, until} between them, filling {@code until} when it was missing.
     */
    CypherTx.Counts mergeOffices(EntityType type, List<Map<String, Object>> rows);

    /**
     * Merges each row's institution (an Organization: {@code part}, {@code partName}) and the {@code type} node it
     * belongs to ({@code whole}, {@code wholeName}, {@code wholeWikidata}) and one PART_OF between them.
     */
    CypherTx.Counts mergeParts(EntityType type, List<Map<String, Object>> rows);

    /**
     * Sets {@code status} on each row's Agreement ({@code id}) unless it already has a later one of {@code order}
     * (draft, signed, in force).
     */
    CypherTx.Counts setAgreementStatus(List<Map<String, Object>> rows, List<String> order);

    /**
     * Merges nodes by id, created with name, wikidata and no aliases.
     *
     * @return one row {id, eid} per row
     */
    CypherTx.Result ensureEntities(EntityType type, List<Map<String, Object>> rows);

    /**
     * The events the given nodes participate in, by id: rows of the event's properties (evidence as a list, empty
     * when absent), {@code participants}, a list of {label, id, name, wikidata, role, eid}, and {@code articles}, the
     * ids of the articles that report it (an article's own events never merge: its extractor kept them apart).
     */
    List<Map<String, Object>> candidateEvents(List<String> eids);

    /** Merges Event nodes by id and sets all their properties. */
    CypherTx.Counts mergeEvents(List<Map<String, Object>> rows);

    /** Merges {@code (Article {id: article})-[:REPORTS]->(Event {id: event})}. */
    CypherTx.Counts mergeReports(List<Map<String, Object>> rows);

    /** Merges {@code (x)-[:PARTICIPATED_IN {role}]->(Event {id: event})}; a convener stays convener. */
    CypherTx.Counts mergeParticipations(List<Map<String, Object>> rows);

    /** Merges {@code (Event {id: event})-[:TOOK_PLACE_IN]->(x)}. */
    CypherTx.Counts mergePlaces(List<Map<String, Object>> rows);

    /** Merges {@code (Event {id: event})-[:CONCERNS]->(x)}. */
    CypherTx.Counts mergeAgreements(List<Map<String, Object>> rows);

    /**
     * The statement relationships from {@code x} to {@code t} of each pair, ordered by relationship element id: rows
     * {x, t, type, rid, what, cameo, date, event, evidence, evidenceArticles, articles} (lists empty when absent).
     */
    List<Map<String, Object>> statementsBetween(List<Map<String, Object>> pairs);

    /** Sets what, cameo, date, event, evidence, evidenceArticles, articles on the relationship {@code rid}. */
    CypherTx.Counts updateStatements(List<Map<String, Object>> rows);

    /** Creates {@code (x)-[:type]->(t)} with what, cameo, date, event, evidence, evidenceArticles, articles. */
    CypherTx.Counts createStatements(StatementType type, List<Map<String, Object>> rows);
}
