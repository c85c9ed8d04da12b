package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.analysis.InMemoryCompletedScores.Parent;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.babysteps.outcomes.score.AwaitingLater;
import org.babysteps.outcomes.score.PairedScores;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class ReadOncePerRequestTest {

    private static final Set<String> PAIR = Set.of("baseline", "end-of-programme");
    private static final OutcomeComparison COMPARISON = OutcomeComparison.TO_END_OF_PROGRAMME;
    private static final LocalDate FROM = LocalDate.of(2026, 1, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);

    private final InMemoryCompletedScores database = new InMemoryCompletedScores();
    private final PairedScores.Reader pairings = new ListPairings(database);
    private final SiteId north = new SiteId(UUID.randomUUID());
    private final ScoreQuery epds = new ScoreQuery(null, null, "epds", PAIR, null, TO);
    private final ScoreQuery gad7 = new ScoreQuery(null, null, "gad-7", PAIR, null, TO);

    @AfterEach
    void endRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theSameReadTwiceInOneRequestGoesToTheDatabaseOnceWithTheSameSitesRead() {
        database.add(Parent.birthParent(north).score("epds", "baseline", 12, TO.minusMonths(3)));
        inARequest();

        PairedScores first = new ReadOncePerRequest("scoped", pairings).pair(epds, COMPARISON, FROM, TO);
        PairedScores second = new ReadOncePerRequest("scoped", pairings).pair(epds, COMPARISON, FROM, TO);

        assertThat(database.queries()).containsExactly(epds);
        assertThat(second).isSameAs(first);
        assertThat(second.sites()).containsExactly(north);
        assertThat(second.awaiting()).extracting(AwaitingLater::parents).containsExactly(1);
    }

    @Test
    void anotherQueryPeriodSourceOrRequestReadsAfresh() {
        inARequest();
        new ReadOncePerRequest("scoped", pairings).pair(epds, COMPARISON, FROM, TO);
        new ReadOncePerRequest("scoped", pairings).pair(gad7, COMPARISON, FROM, TO);
        new ReadOncePerRequest("scoped", pairings).pair(gad7, COMPARISON, FROM.plusDays(1), TO);
        new ReadOncePerRequest("all-sites", pairings).pair(gad7, COMPARISON, FROM.plusDays(1), TO);
        inARequest();
        new ReadOncePerRequest("scoped", pairings).pair(gad7, COMPARISON, FROM.plusDays(1), TO);

        assertThat(database.queries()).containsExactly(epds, gad7, gad7, gad7, gad7);
    }

    @Test
    void aReportsEverySiteThenAllSitesOfOneInstrumentIsOneReadAndTheNextInstrumentAnother() {
        Instruments instruments = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"});
        database.add(Parent.birthParent(north).score("epds", "baseline", 12, TO.minusMonths(3)));
        inARequest();

        for (String instrument : new String[] {"epds", "gad-7"}) {
            new OutcomeAnalyser(new ReadOncePerRequest("all-sites", pairings), instruments)
                    .analyseAcrossAllSitesBySite(FROM, TO, instrument, COMPARISON);
            new OutcomeAnalyser(new ReadOncePerRequest("all-sites", pairings), instruments)
                    .analyseAcrossAllSites(FROM, TO, instrument, COMPARISON);
        }

        assertThat(database.queries()).containsExactly(epds, gad7);
    }

    @Test
    void outsideAWebRequestEveryReadGoesToTheDatabase() {
        new ReadOncePerRequest("scoped", pairings).pair(epds, COMPARISON, FROM, TO);
        new ReadOncePerRequest("scoped", pairings).pair(epds, COMPARISON, FROM, TO);

        assertThat(database.queries()).containsExactly(epds, epds);
    }

    private static void inARequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
    }
}
