package org.babysteps.outcomes.analysis;

import java.util.Collections;
import java.util.List;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.ScoreQuery;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Scores read for a web request, kept until the request ends so the same query is read from the database once: the
 * licensor's national page asks for each instrument's scores of every site twice, once for the table by site and once
 * for its all-sites row (at 1M families a million rows each time). Only the last query is kept, and only within the
 * request, so a page never sees another request's (or user's) rows; outside a web request every read goes to the
 * database.
 */
final class ReadOncePerRequest implements CompletedScores {

    private static final String ATTRIBUTE = ReadOncePerRequest.class.getName();

    /** The last read of one source (the caller's scoped scores, or all sites' scores) in this request. */
    private record LastRead(CompletedScores source, ScoreQuery query, List<CompletedScore> scores) {
    }

    private final CompletedScores source;

    ReadOncePerRequest(CompletedScores source) {
        this.source = source;
    }

    @Override
    public List<CompletedScore> find(ScoreQuery query) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return source.find(query);
        }
        String key = ATTRIBUTE + "." + System.identityHashCode(source);
        if (request.getAttribute(key, RequestAttributes.SCOPE_REQUEST) instanceof LastRead last
                && last.source() == source && last.query().equals(query)) {
            return last.scores();
        }
        List<CompletedScore> scores = Collections.unmodifiableList(source.find(query));
        request.setAttribute(key, new LastRead(source, query, scores), RequestAttributes.SCOPE_REQUEST);
        return scores;
    }
}
