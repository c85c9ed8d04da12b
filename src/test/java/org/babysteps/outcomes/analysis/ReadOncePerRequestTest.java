package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.analysis.InMemoryCompletedScores.Parent;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ReadOncePerRequestTest {

    private static final Set<String> PAIR = Set.of("baseline", "end-of-programme");
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private final InMemoryCompletedScores database = new InMemoryCompletedScores();
    private final SiteId north = new SiteId(UUID.randomUUID());
    private final ScoreQuery epds = new ScoreQuery(null, null, "epds", PAIR, null, TO);
    private final ScoreQuery gad7 = new ScoreQuery(null, null, "gad-7", PAIR, null, TO);

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theSameQueryTwiceInOneRequestIsReadOnceAndGivesTheSameScores() {
        database.add(Parent.birthParent(north).score("epds", "baseline", 12, TO.minusMonths(3)));
        inARequest();
        ReadOncePerRequest scores = new ReadOncePerRequest(database);

        var first = scores.find(epds);
        var second = new ReadOncePerRequest(database).find(epds);

        assertThat(database.queries()).containsExactly(epds);
        assertThat(second).isEqualTo(first).hasSize(1);
    }

    @Test
    void anotherQueryOrAnotherRequestReadsAfresh() {
        inARequest();
        ReadOncePerRequest scores = new ReadOncePerRequest(database);
        scores.find(epds);
        scores.find(gad7);
        scores.find(epds);
        inARequest();
        scores.find(epds);

        assertThat(database.queries()).containsExactly(epds, gad7, epds, epds);
    }

    @Test
    void outsideAWebRequestEveryQueryIsRead() {
        ReadOncePerRequest scores = new ReadOncePerRequest(database);
        scores.find(epds);
        scores.find(epds);

        assertThat(database.queries()).containsExactly(epds, epds);
    }

    private static void inARequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}
