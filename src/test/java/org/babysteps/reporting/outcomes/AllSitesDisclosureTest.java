package org.babysteps.reporting.outcomes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.ToIntFunction;
import org.babysteps.reporting.outcomes.AllSitesDisclosure.Decision;
import org.junit.jupiter.api.Test;

/** The all-sites line beside sites suppressed under 5: what all sites minus the sites shown would give away. */
class AllSitesDisclosureTest {

    /** A site of n pairs, half of them reliably improved, and 10 without a later score. */
    private static AllSitesCounts site(int pairs) {
        return counts(pairs, pairs / 2, 10);
    }

    /** n pairs, {@code improved} of them reliably, the others unchanged; nobody in the clinical range. */
    private static AllSitesCounts counts(int pairs, int improved, int withoutLater) {
        return new AllSitesCounts(pairs, improved, pairs - improved, 0, 0, 0, withoutLater);
    }

    /** n pairs split improved / unchanged / deteriorated; nobody in the clinical range, nobody awaiting. */
    private static AllSitesCounts split(int improved, int unchanged, int deteriorated) {
        return new AllSitesCounts(improved + unchanged + deteriorated, improved, unchanged, deteriorated, 0, 0, 0);
    }

    /** 20 pairs, 10 improved, of whom {@code started} began in the clinical range and {@code recovered} left it. */
    private static AllSitesCounts clinical(int started, int recovered) {
        return new AllSitesCounts(20, 10, 10, 0, started, recovered, 10);
    }

    /** All sites: the sum of every count. */
    private static AllSitesCounts all(List<AllSitesCounts> sites) {
        return new AllSitesCounts(sum(sites, AllSitesCounts::pairs), sum(sites, AllSitesCounts::improved),
                sum(sites, AllSitesCounts::unchanged), sum(sites, AllSitesCounts::deteriorated),
                sum(sites, AllSitesCounts::clinicalAtBaseline), sum(sites, AllSitesCounts::recovered),
                sum(sites, AllSitesCounts::withoutLaterScore));
    }

    private static int sum(List<AllSitesCounts> sites, ToIntFunction<AllSitesCounts> count) {
        return sites.stream().mapToInt(count).sum();
    }

    private static Decision decide(List<AllSitesCounts> sites) {
        return AllSitesDisclosure.decide(sites, all(sites));
    }

    /** Beside the first site, whose staff know its counts exactly. */
    private static Decision decideKnowingFirst(List<AllSitesCounts> sites) {
        return AllSitesDisclosure.decideKnowing(sites.get(0), sites.subList(1, sites.size()), all(sites));
    }

    @Test
    void withNoSiteSuppressedEverythingIsShownAndNothingExplained() {
        Decision decision = decide(List.of(site(12), site(20), site(40)));

        assertThat(decision).isEqualTo(new Decision(true, true, true, true, true));
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
        AllSitesCounts awaitingOnly = counts(0, 0, 10);

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
        List<AllSitesCounts> sites = List.of(counts(12, 3, 10), counts(20, 10, 10));

        Decision decision = decide(sites);

        assertThat(decision.lineShown()).isTrue();
        assertThat(decision.improvedShown()).isFalse();
        assertThat(decision.reasons()).containsExactly(AllSitesDisclosure.IMPROVED_HIDDEN);
    }

    @Test
    void reliablyImprovedIsShownWhenTheSitesNotShowingItHaveAtLeast5ImprovedAnd5Not() {
        // north 3 of 12 and east 8 of 10 are not shown, but together 11 improved and 11 did not
        List<AllSitesCounts> sites = List.of(counts(12, 3, 10), counts(10, 8, 10), counts(20, 10, 10));

        assertThat(decide(sites).improvedShown()).isTrue();
    }

    @Test
    void withoutALaterScoreIsHiddenWhenTheSitesShowingFewerThan5WouldBeGivenAway() {
        List<AllSitesCounts> threeAwaiting = List.of(counts(12, 6, 3), counts(20, 10, 10));
        List<AllSitesCounts> noneAwaiting = List.of(counts(12, 6, 0), counts(20, 10, 10));
        List<AllSitesCounts> fourEach = List.of(counts(12, 6, 4), counts(14, 7, 4), counts(20, 10, 10));

        assertThat(decide(threeAwaiting).withoutLaterShown()).isFalse();
        assertThat(decide(threeAwaiting).reasons()).containsExactly(AllSitesDisclosure.WITHOUT_LATER_HIDDEN);
        assertThat(decide(noneAwaiting).withoutLaterShown()).as("nobody else is awaiting: nobody to give away").isTrue();
        assertThat(decide(fourEach).withoutLaterShown()).as("8 between two sites of fewer than 5 is 4 each").isFalse();
    }

    @Test
    void theSplitIsHiddenButImprovedShownWhenAShownSitesDeterioratedIs3() {
        // 10/5/5 and 10/7/3: the second's improved is shown, its split is not; all sites' 8 deteriorated minus 5 is 3
        Decision decision = decide(List.of(split(10, 5, 5), split(10, 7, 3)));

        assertThat(decision.improvedShown()).isTrue();
        assertThat(decision.splitShown()).isFalse();
        assertThat(decision.reasons()).as("the national table shows improved only").isEmpty();
    }

    @Test
    void theSplitIsShownWhenEveryPartOfWhatTheSitesNotShowingItHoldIsAtLeast5() {
        assertThat(decide(List.of(split(10, 5, 5), split(5, 6, 3), split(5, 6, 3))).splitShown()).isTrue();
        assertThat(decide(List.of(split(10, 5, 5), split(5, 6, 3), split(5, 6, 1))).splitShown()).isFalse();
    }

    @Test
    void theSplitIsNeverShownWhereImprovedIsNot() {
        // the sites without a shown split hold 6/10/8, but the second shows its 5 improved of 13, leaving the third's 1
        assertThat(decide(List.of(split(10, 5, 5), split(5, 5, 3), split(1, 5, 5)))).satisfies(decision -> {
            assertThat(decision.improvedShown()).isFalse();
            assertThat(decision.splitShown()).isFalse();
        });
    }

    @Test
    void clinicalChangeIsHiddenWhenTheSitesNotShowingItHaveFewerThan5RecoveredOrNot() {
        // 5 of 10 shown; the other's 1 of 3 is not, and all sites' 6 of 13 would give it away
        assertThat(decide(List.of(clinical(10, 5), clinical(3, 1))).clinicalShown()).isFalse();
        assertThat(decide(List.of(clinical(10, 5), clinical(6, 3), clinical(6, 3))).clinicalShown()).isTrue();
        assertThat(decide(List.of(clinical(10, 5), clinical(0, 0), clinical(10, 5))).clinicalShown())
                .as("nobody started in the clinical range is shown exactly, and gives nothing away").isTrue();
    }

    @Test
    void aSitesStaffKnowItsExactSmallCountSoAllSitesIsHiddenWhereTheyCouldWorkOutAnothersOf2() {
        // others see 5 between two sites of fewer than 5; the first site's lead knows its 3: 25 - 20 - 3 = 2
        List<AllSitesCounts> sites = List.of(site(3), site(2), site(10), site(10));

        assertThat(decide(sites).lineShown()).isTrue();
        assertThat(decideKnowingFirst(sites).lineShown()).isFalse();
    }

    @Test
    void aSitesOwnSmallCountsAreTakenAwayForImprovedClinicalChangeAndWithoutALaterScoreToo() {
        // others see 5 improved of 24 between the first two; the first's staff know its 3 of 12, so the second's is 2
        List<AllSitesCounts> improved = List.of(counts(12, 3, 10), counts(12, 2, 10), counts(20, 10, 10));
        List<AllSitesCounts> clinical = List.of(clinical(6, 3), clinical(6, 2), clinical(10, 5));
        List<AllSitesCounts> awaiting = List.of(counts(12, 6, 3), counts(12, 6, 2), counts(20, 10, 10),
                counts(20, 10, 10));

        assertThat(decide(improved).improvedShown()).isTrue();
        assertThat(decideKnowingFirst(improved).improvedShown()).isFalse();
        assertThat(decide(clinical).clinicalShown()).isTrue();
        assertThat(decideKnowingFirst(clinical).clinicalShown()).isFalse();
        assertThat(decide(awaiting).withoutLaterShown()).isTrue();
        assertThat(decideKnowingFirst(awaiting).withoutLaterShown()).isFalse();
    }

    @Test
    void allSitesStaysHiddenFromEveryoneElseWhenWhatIsLeftOverIsOnlyThisSitesOwnSmallCount() {
        // the first site's 3 is known to its staff, leaving them nothing to work out, but anyone else would get 3
        assertThat(decideKnowingFirst(List.of(site(3), site(10), site(10))).lineShown()).isFalse();
    }
}
