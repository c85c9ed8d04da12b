package org.babysteps.reporting.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.babysteps.reporting.outcomes.AllSitesDisclosure.Counts;
import org.babysteps.reporting.outcomes.AllSitesDisclosure.Decision;
import org.junit.jupiter.api.Test;

/** The all-sites line beside sites suppressed under 5: what all sites minus the sites shown would give away. */
class AllSitesDisclosureTest {

    /** A site of n pairs, half of them reliably improved, and 10 without a later score. */
    private static Counts site(int pairs) {
        return new Counts(pairs, pairs / 2, pairs, 10);
    }

    /** All sites: the sum of every count. */
    private static Counts all(List<Counts> sites) {
        return new Counts(sites.stream().mapToInt(Counts::pairs).sum(), sites.stream().mapToInt(Counts::improved).sum(),
                sites.stream().mapToInt(Counts::judged).sum(), sites.stream().mapToInt(Counts::withoutLaterScore).sum());
    }

    private static Decision decide(List<Counts> sites) {
        return AllSitesDisclosure.decide(sites, all(sites));
    }

    @Test
    void withNoSiteSuppressedEverythingIsShownAndNothingExplained() {
        Decision decision = decide(List.of(site(12), site(20), site(40)));

        assertThat(decision).isEqualTo(new Decision(true, true, true));
        assertThat(decision.reasons()).isEmpty();
    }

    @Test
    void oneSiteOf3BesideBigSitesHidesAllSitesSinceHidingABigSiteWouldNotHelpItsOwnDashboardShowsIt() {
        Decision decision = decide(List.of(site(3), site(12), site(20), site(40)));

        assertThat(decision.lineShown()).isFalse();
        assertThat(decision.reasons()).containsExactly(AllSitesDisclosure.LINE_HIDDEN);
        assertThat(decision.reasons().get(0)).contains("can't be worked out by subtraction");
    }

    @Test
    void twoSmallSitesTotalling6LeaveAllSitesShownSinceEachCouldHave2To4() {
        assertThat(decide(List.of(site(2), site(4), site(12), site(20))).lineShown()).isTrue();
        assertThat(decide(List.of(site(3), site(3), site(12))).lineShown()).isTrue();
    }

    @Test
    void smallSitesWhoseTotalOnlyOneSplitCanReachHideAllSites() {
        // 8 between two sites of "fewer than 5" is 4 and 4; 5 between five of them is 1 each
        assertThat(decide(List.of(site(4), site(4), site(12))).lineShown()).isFalse();
        assertThat(decide(List.of(site(1), site(1), site(1), site(1), site(1), site(30))).lineShown()).isFalse();
        assertThat(decide(List.of(site(4), site(3), site(12))).lineShown()).isTrue();
    }

    @Test
    void aHiddenTotalStillUnder5WithSeveralSmallSitesHidesAllSites() {
        assertThat(decide(List.of(site(1), site(2), site(12), site(20))).lineShown()).isFalse();
    }

    @Test
    void sitesWithNoPairsShowADashAndGiveNothingAway() {
        Counts awaitingOnly = new Counts(0, 0, 0, 10);

        assertThat(decide(List.of(awaitingOnly, site(12), site(20))).lineShown()).isTrue();
    }

    @Test
    void whenEverySiteIsSmallAllSitesIsHiddenOnlyIfItsTotalGivesThemAway() {
        // under 5 altogether: all sites itself reads "fewer than 5", nothing to add
        assertThat(decide(List.of(site(3), site(1))).lineShown()).isTrue();
        assertThat(decide(List.of(site(3), site(4))).lineShown()).isTrue();
        assertThat(decide(List.of(site(4), site(4))).lineShown()).isFalse();
    }

    @Test
    void reliablyImprovedIsHiddenWhenTheSitesNotShowingItHaveFewerThan5ImprovedBetweenThem() {
        // north's 3 improved of 12 is not shown; all sites' 13 of 32 minus south's 10 of 20 would say 3
        List<Counts> sites = List.of(new Counts(12, 3, 12, 10), new Counts(20, 10, 20, 10));

        Decision decision = decide(sites);

        assertThat(decision.lineShown()).isTrue();
        assertThat(decision.improvedShown()).isFalse();
        assertThat(decision.reasons()).containsExactly(AllSitesDisclosure.IMPROVED_HIDDEN);
    }

    @Test
    void reliablyImprovedIsShownWhenTheSitesNotShowingItHaveAtLeast5ImprovedAnd5Not() {
        // north 3 of 12 and east 8 of 10 are not shown, but together 11 improved and 11 did not
        List<Counts> sites = List.of(new Counts(12, 3, 12, 10), new Counts(10, 8, 10, 10), new Counts(20, 10, 20, 10));

        assertThat(decide(sites).improvedShown()).isTrue();
    }

    @Test
    void withoutALaterScoreIsHiddenWhenTheSitesShowingFewerThan5WouldBeGivenAway() {
        List<Counts> threeAwaiting = List.of(new Counts(12, 6, 12, 3), new Counts(20, 10, 20, 10));
        List<Counts> noneAwaiting = List.of(new Counts(12, 6, 12, 0), new Counts(20, 10, 20, 10));
        List<Counts> fourEach = List.of(new Counts(12, 6, 12, 4), new Counts(14, 7, 14, 4), new Counts(20, 10, 20, 10));

        assertThat(decide(threeAwaiting).withoutLaterShown()).isFalse();
        assertThat(decide(threeAwaiting).reasons()).containsExactly(AllSitesDisclosure.WITHOUT_LATER_HIDDEN);
        assertThat(decide(noneAwaiting).withoutLaterShown()).as("nobody else is awaiting: nobody to give away").isTrue();
        assertThat(decide(fourEach).withoutLaterShown()).as("8 between two sites of fewer than 5 is 4 each").isFalse();
    }
}
