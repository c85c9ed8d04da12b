package org.babysteps.outcomes.analysis;

import java.time.LocalDate;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.score.PairedScores;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Keeps the last read of a web request until the request ends, so the same read is done once: the licensor's national
 * page asks for each instrument of every site twice, for the table by site and for its all-sites row (at 1M families
 * half a million pairs each time). Kept per source (the caller's sites, or all sites), only within the request, so a page
 * never sees another request's or user's reads; outside a web request every read goes to the database.
 */
final class ReadOncePerRequest implements PairedScores.Reader {

    private static final String ATTRIBUTE = ReadOncePerRequest.class.getName() + ".";

    private record Key(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to) {
    }

    private record LastRead(Key key, PairedScores read) {
    }

    private final String source;
    private final PairedScores.Reader pairings;

    /** @param source names what {@code pairings} reads, e.g. "scoped": reads of one name are interchangeable */
    ReadOncePerRequest(String source, PairedScores.Reader pairings) {
        this.source = source;
        this.pairings = pairings;
    }

    @Override
    public PairedScores pair(ScoreQuery query, OutcomeComparison comparison, LocalDate from, LocalDate to) {
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        if (request == null) {
            return pairings.pair(query, comparison, from, to);
        }
        Key key = new Key(query, comparison, from, to);
        if (request.getAttribute(ATTRIBUTE + source, RequestAttributes.SCOPE_REQUEST) instanceof LastRead last
                && last.key().equals(key)) {
            return last.read();
        }
        PairedScores read = pairings.pair(query, comparison, from, to);
        request.setAttribute(ATTRIBUTE + source, new LastRead(key, read), RequestAttributes.SCOPE_REQUEST);
        return read;
    }
}
