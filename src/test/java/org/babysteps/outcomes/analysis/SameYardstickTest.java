package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.PairedReliableChange;
import org.babysteps.outcomes.PairedReliableChange.SdSource;
import org.babysteps.outcomes.ReferenceSd;
import org.babysteps.outcomes.analysis.InMemoryCompletedScores.Parent;
import org.babysteps.outcomes.instrument.InstrumentCatalogue;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.Test;

/** Two sites with very different spreads at baseline are judged by the same yardstick, so their percentages compare. */
class SameYardstickTest {

    private static final Instruments INSTRUMENTS = new InstrumentCatalogue(new String[] {"classpath*:instruments/*.yml"});
    private static final LocalDate FROM = LocalDate.of(2026, 4, 1);
    private static final LocalDate TO = LocalDate.of(2026, 6, 30);
    private static final ReferenceSd ROSENBERG = new ReferenceSd("rosenberg", 5.0, 240, LocalDate.of(2026, 6, 30));

    private final SiteId tight = new SiteId(UUID.randomUUID());
    private final SiteId wide = new SiteId(UUID.randomUUID());
    private final InMemoryCompletedScores scores = new InMemoryCompletedScores();
    private final List<String> asked = new ArrayList<>();

    private OutcomeAnalyser analyser(ReferenceSd reference) {
        return new OutcomeAnalyser(new ListPairings(scores), INSTRUMENTS, code -> {
            asked.add(code);
            return Optional.ofNullable(reference);
        });
    }

    /** Rosenberg (higher is better) at both sites, each parent rising by 4. */
    private void parents(SiteId site, int... baselines) {
        for (int baseline : baselines) {
            Parent parent = Parent.birthParent(site);
            scores.add(parent.score("rosenberg", "baseline", baseline, LocalDate.of(2026, 1, 12)));
            scores.add(parent.score("rosenberg", "end-of-programme", baseline + 4, LocalDate.of(2026, 5, 12)));
        }
    }

    @Test
    void twoSitesAnalysesUseAllSitesReferenceSdAndCountTheSameChangeAlike() {
        parents(tight, 14, 15, 15, 15, 16, 15);
        parents(wide, 5, 25, 10, 20, 8, 22);

        Map<SiteId, OutcomeAnalysis> bySite = analyser(ROSENBERG).analyseBySite(FROM, TO, "rosenberg",
                OutcomeComparison.TO_END_OF_PROGRAMME);

        PairedReliableChange atTight = bySite.get(tight).allParents().result().reliableChange().orElseThrow();
        PairedReliableChange atWide = bySite.get(wide).allParents().result().reliableChange().orElseThrow();
        assertThat(atTight.yardstick()).isEqualTo(atWide.yardstick());
        assertThat(atTight.sdSource()).isEqualTo(SdSource.ALL_SITES_REFERENCE);
        assertThat(atTight.yardstick().sd()).isEqualTo(5.0);
        // r = 0.81, SD 5: SE_diff = 5 × √2 × √0.19 ≈ 3.08, reliable beyond 6.04: a rise of 4 is not, at either site
        assertThat(atTight.improved()).isEqualTo(atWide.improved()).isZero();
        assertThat(asked).containsOnly("rosenberg");
    }

    @Test
    void withoutAReferenceEachSiteWouldBeJudgedByItsOwnSpreadAndDisagree() {
        parents(tight, 14, 15, 15, 15, 16, 15);
        parents(wide, 5, 25, 10, 20, 8, 22);

        Map<SiteId, OutcomeAnalysis> bySite = analyser(null).analyseBySite(FROM, TO, "rosenberg",
                OutcomeComparison.TO_END_OF_PROGRAMME);

        PairedReliableChange atTight = bySite.get(tight).allParents().result().reliableChange().orElseThrow();
        PairedReliableChange atWide = bySite.get(wide).allParents().result().reliableChange().orElseThrow();
        assertThat(atTight.sdSource()).isEqualTo(SdSource.BASELINE_SAMPLE);
        // the same rise of 4 is reliable by the tight site's spread and not by the wide site's: the defect fixed above
        assertThat(atTight.improved()).isEqualTo(6);
        assertThat(atWide.improved()).isZero();
    }

    @Test
    void epdsIsJudgedByItsPublishedThresholdWithoutAskingForAReferenceSd() {
        for (SiteId site : List.of(tight, wide)) {
            Parent parent = Parent.birthParent(site);
            scores.add(parent.score("epds", "baseline", 15, LocalDate.of(2026, 1, 12)));
            scores.add(parent.score("epds", "end-of-programme", 11, LocalDate.of(2026, 5, 12)));
        }

        OutcomeAnalysis analysis = analyser(ROSENBERG).analyse(OutcomeScope.site(tight), FROM, TO, "epds",
                OutcomeComparison.TO_END_OF_PROGRAMME);

        PairedReliableChange change = analysis.allParents().result().reliableChange().orElseThrow();
        assertThat(change.sdSource()).isEqualTo(SdSource.PUBLISHED_THRESHOLD);
        assertThat(change.improved()).isEqualTo(1);
        assertThat(asked).isEmpty();
    }
}
