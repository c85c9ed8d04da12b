package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.outcomes.CompletedScore;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.ParentGroup;
import org.babysteps.outcomes.PairedResult;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.analysis.InMemoryCompletedScores.Parent;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

class OutcomeAnalyserTest {

    private static final Instruments INSTRUMENTS = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"});
    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 12);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 12);

    private final SiteId north = new SiteId(UUID.randomUUID());
    private final SiteId south = new SiteId(UUID.randomUUID());
    private final InMemoryCompletedScores scores = new InMemoryCompletedScores();
    private final OutcomeAnalyser analyser = new OutcomeAnalyser(new ListPairings(scores), INSTRUMENTS);

    /** A parent with an EPDS baseline and an end-of-programme score. */
    private Parent paired(Parent parent, int baseline, int end) {
        scores.add(parent.score("epds", "baseline", baseline, JANUARY));
        scores.add(parent.score("epds", "end-of-programme", end, MAY));
        return parent;
    }

    @Test
    void splitsThePairsByParentAndAnalysesEveryoneTogether() {
        for (int i = 0; i < 6; i++) {
            paired(Parent.birthParent(north), 14 + i, 8 + i).partner();
        }
        for (int i = 0; i < 5; i++) {
            paired(Parent.birthParent(north).partner(), 10, 10 + i);
        }

        OutcomeAnalysis analysis = analyser.analyse(OutcomeScope.site(north), FROM, TO, "epds",
                OutcomeComparison.TO_END_OF_PROGRAMME);

        PairedResult mothers = analysis.group(ParentGroup.BIRTH_PARENTS).orElseThrow().result();
        PairedResult partners = analysis.group(ParentGroup.PARTNERS).orElseThrow().result();
        assertThat(mothers.n()).isEqualTo(6);
        assertThat(mothers.baseline().mean().getAsDouble()).isEqualTo(16.5);
        assertThat(mothers.change().mean().getAsDouble()).isEqualTo(-6.0);
        assertThat(partners.n()).isEqualTo(5);
        assertThat(partners.change().mean().getAsDouble()).isEqualTo(2.0);
        assertThat(analysis.allParents().result().n()).isEqualTo(11);
        assertThat(analysis.instrument().code()).isEqualTo("epds");
        assertThat(analysis.versionNote()).isEmpty();
    }

    @Test
    void countsParentsWithABaselineButNoLaterScoreByRole() {
        paired(Parent.birthParent(north), 15, 9);
        Parent lostMother = Parent.birthParent(north);
        scores.add(lostMother.score("epds", "baseline", 18, JANUARY));
        scores.add(lostMother.partner().score("epds", "baseline", 7, JANUARY));
        scores.add(Parent.birthParent(north).score("epds", "baseline", 11, JANUARY));

        OutcomeAnalysis analysis = analyser.analyse(OutcomeScope.site(north), FROM, TO, "epds",
                OutcomeComparison.TO_END_OF_PROGRAMME);

        assertThat(analysis.group(ParentGroup.BIRTH_PARENTS).orElseThrow().withoutLaterScore()).isEqualTo(2);
        assertThat(analysis.group(ParentGroup.PARTNERS).orElseThrow().withoutLaterScore()).isEqualTo(1);
        assertThat(analysis.allParents().withoutLaterScore()).isEqualTo(3);
        assertThat(analysis.allParents().result().n()).isEqualTo(1);
    }

    @Test
    void asksForTheScopesScoresAtBothTimePointsUpToTheEndOfThePeriod() {
        Parent inGroup = paired(Parent.birthParent(north), 15, 9);
        paired(Parent.birthParent(north), 20, 4);

        OutcomeAnalysis analysis = analyser.analyse(OutcomeScope.families(north, Set.of(inGroup.family())), FROM, TO,
                "gad-7", OutcomeComparison.TO_FOLLOW_UP);

        assertThat(scores.queries()).containsExactly(new ScoreQuery(north, Set.of(inGroup.family()), "gad-7",
                Set.of("baseline", "follow-up"), null, TO));
        assertThat(analysis.hasPairs()).isFalse();
    }

    @Test
    void analysesOnlyTheComparisonsLaterTimePoint() {
        Parent mother = Parent.birthParent(north);
        scores.add(mother.score("epds", "baseline", 15, JANUARY));
        scores.add(mother.score("epds", "end-of-antenatal", 11, MAY));

        assertThat(analyser.analyse(OutcomeScope.site(north), FROM, TO, "epds", OutcomeComparison.TO_END_OF_ANTENATAL)
                .allParents().result().n()).isEqualTo(1);
        assertThat(analyser.analyse(OutcomeScope.site(north), FROM, TO, "epds", OutcomeComparison.TO_END_OF_PROGRAMME)
                .allParents().withoutLaterScore()).isEqualTo(1);
    }

    @Test
    void analysesEachSiteOnItsOwn() {
        paired(Parent.birthParent(north), 15, 9);
        paired(Parent.birthParent(north), 16, 9);
        paired(Parent.birthParent(south), 12, 14);
        scores.add(Parent.birthParent(south).score("epds", "baseline", 11, JANUARY));

        Map<SiteId, OutcomeAnalysis> bySite = analyser.analyseBySite(FROM, TO, "epds", OutcomeComparison.TO_END_OF_PROGRAMME);

        assertThat(bySite).containsOnlyKeys(north, south);
        assertThat(bySite.get(north).allParents().result().n()).isEqualTo(2);
        assertThat(bySite.get(north).allParents().result().change().mean().getAsDouble()).isEqualTo(-6.5);
        assertThat(bySite.get(south).allParents().result().n()).isEqualTo(1);
        assertThat(bySite.get(south).allParents().withoutLaterScore()).isEqualTo(1);
    }

    @Test
    void allSitesBySiteGivesEachSiteAndAllSitesPoolsThemFromTheScoresTheAnalyserIsGiven() {
        paired(Parent.birthParent(north), 15, 9);
        paired(Parent.birthParent(north), 16, 9);
        paired(Parent.birthParent(south), 12, 14);

        Map<SiteId, OutcomeAnalysis> bySite = analyser.analyseAcrossAllSitesBySite(FROM, TO, "epds",
                OutcomeComparison.TO_END_OF_PROGRAMME);
        OutcomeAnalysis allSites = analyser.analyseAcrossAllSites(FROM, TO, "epds", OutcomeComparison.TO_END_OF_PROGRAMME);

        assertThat(bySite).containsOnlyKeys(north, south);
        assertThat(bySite.get(north).allParents().result().n()).isEqualTo(2);
        assertThat(bySite.get(south).allParents().result().n()).isEqualTo(1);
        assertThat(allSites.allParents().result().n()).isEqualTo(3);
        assertThat(allSites.allParents().result().change().mean().getAsDouble()).isCloseTo(-11 / 3.0, within(1e-9));
    }

    @Test
    void notesWhenThePairsMixInstrumentVersions() {
        Parent one = Parent.birthParent(north);
        scores.add(one.score("epds", "baseline", 15, JANUARY));
        scores.add(one.score("epds", 1, "end-of-programme", 9, MAY));
        Parent two = Parent.birthParent(north);
        scores.add(two.score("epds", "baseline", 15, JANUARY));
        CompletedScore newer = two.score("epds", 2, "end-of-programme", 10, MAY);
        scores.add(newer);

        OutcomeAnalysis analysis = analyser.analyse(OutcomeScope.site(north), FROM, TO, "epds",
                OutcomeComparison.TO_END_OF_PROGRAMME);

        assertThat(analysis.laterVersions()).containsExactlyInAnyOrder(1, 2);
        assertThat(analysis.versionNote()).hasValueSatisfying(note -> assertThat(note).contains("versions [1, 2]"));
    }

    @Test
    void analysesEveryInstrumentWithAFile() {
        assertThat(analyser.analyseEach(OutcomeScope.allVisibleSites(), FROM, TO, OutcomeComparison.TO_END_OF_PROGRAMME))
                .extracting(analysis -> analysis.instrument().code())
                .containsExactlyInAnyOrderElementsOf(INSTRUMENTS.all().stream().map(i -> i.code()).toList());
    }

    @Test
    void refusesAnInstrumentWithNoFile() {
        assertThatThrownBy(() -> analyser.analyse(OutcomeScope.site(north), FROM, TO, "hads",
                OutcomeComparison.TO_END_OF_PROGRAMME)).isInstanceOf(NotFoundException.class);
    }
}
