package org.newsgraph.extract.event;

import java.util.List;
import org.newsgraph.extract.Event;

/** Finds the events an article reports; one {@link Event} per real event, however often the article names it. */
public interface EventExtractor {

    List<Event> extract(ArticleAnalysis analysis);
}
