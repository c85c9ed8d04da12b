package org.babysteps.outcomes.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The all-sites benchmark of a site's report counts every site's pairs, whoever asks, and is audited per site read. */
@PlatformTest
class AllSitesComparisonTest {

    @Autowired OutcomeAnalyses analyses;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;

    @Test
    void aSiteLeadsAllSitesComparisonCountsThePairsOfSitesTheyCannotOtherwiseSee() {
        SignedIn signedIn = new SignedIn(users);
        LocalDate today = UkTime.today();
        OutcomeComparison comparison = OutcomeComparison.TO_END_OF_PROGRAMME;
        int ownOnly = epds(signedIn.as("lead@north.demo",
                () -> analyses.analyseEach(OutcomeScope.allVisibleSites(), null, today, comparison)));
        int licensorSeesAll = epds(signedIn.as("manager@licensor.demo",
                () -> analyses.analyseEach(OutcomeScope.allVisibleSites(), null, today, comparison)));
        int allSites = signedIn.as("lead@north.demo", () -> analyses.analyseAcrossAllSites(null, today, "epds", comparison))
                .allParents().result().n();

        assertThat(ownOnly).isPositive();
        assertThat(licensorSeesAll).isGreaterThan(ownOnly);
        assertThat(allSites).isEqualTo(licensorSeesAll);
    }

    @Test
    void readingTheAllSitesComparisonIsAuditedForEachSiteWhoseScoresWentIntoIt() {
        SignedIn signedIn = new SignedIn(users);
        int before = audits();
        signedIn.as("lead@south.demo",
                () -> analyses.analyseAcrossAllSites(null, UkTime.today(), "epds", OutcomeComparison.TO_END_OF_PROGRAMME));
        assertThat(audits() - before).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aSiteLeadsAllSitesBySiteHoldsEverySiteWithPairsAndIsAuditedForEachSiteRead() {
        SignedIn signedIn = new SignedIn(users);
        LocalDate today = UkTime.today();
        OutcomeComparison comparison = OutcomeComparison.TO_END_OF_PROGRAMME;
        int ownSites = signedIn.as("lead@north.demo",
                () -> analyses.analyseBySite(null, today, "epds", comparison)).size();
        int before = audits("all-sites comparison by site%");

        Map<SiteId, OutcomeAnalysis> everySite = signedIn.as("lead@north.demo",
                () -> analyses.analyseAcrossAllSitesBySite(null, today, "epds", comparison));
        OutcomeAnalysis allSites = signedIn.as("lead@north.demo",
                () -> analyses.analyseAcrossAllSites(null, today, "epds", comparison));

        assertThat(everySite.size()).isGreaterThan(ownSites);
        assertThat(everySite.values().stream().mapToInt(site -> site.allParents().result().n()).sum())
                .isEqualTo(allSites.allParents().result().n());
        assertThat(audits("all-sites comparison by site%") - before).isEqualTo(everySite.size());
    }

    private int audits() {
        return audits("all-sites comparison%");
    }

    private int audits(String detail) {
        return jdbc.sql("select count(*) from audit_event where record_type = 'questionnaire-scores'"
                + " and detail like :detail").param("detail", detail).query(Integer.class).single();
    }

    private static int epds(List<OutcomeAnalysis> each) {
        return each.stream().filter(a -> a.instrument().code().equals("epds")).findFirst().orElseThrow().allParents()
                .result().n();
    }
}
