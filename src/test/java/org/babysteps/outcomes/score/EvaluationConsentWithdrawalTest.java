package org.babysteps.outcomes.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.ConsentId;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Consents;
import org.babysteps.family.FamilyId;
import org.babysteps.family.NewConsent;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.CompletedScores;
import org.babysteps.outcomes.OutcomeAnalyses;
import org.babysteps.outcomes.OutcomeAnalysis;
import org.babysteps.outcomes.OutcomeComparison;
import org.babysteps.outcomes.OutcomeScope;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.evaluation.data.EvaluationDataExport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A demo family withdrawing consent to evaluation use leaves every analysis and the evaluator's export at once
 * (as soon as the withdrawal's event is handled), and comes back when the consent is given again. The test gives
 * the consent back at the end, so the demo data stays as other tests expect it.
 */
@PlatformTest
class EvaluationConsentWithdrawalTest {

    private static final String LEAD = "lead@north.demo";
    private static final OutcomeComparison END = OutcomeComparison.TO_END_OF_PROGRAMME;

    @Autowired Consents consents;
    @Autowired OutcomeAnalyses analyses;
    @Autowired CompletedScores scores;
    @Autowired EvaluationDataExport export;
    @Autowired JdbcClient jdbc;
    @Autowired UserStore users;

    private SignedIn signedIn;
    private SiteId north;
    private FamilyId family;
    private int familyPairs;
    private int familyResponses;

    @BeforeEach
    void aNorthDemoFamilyWithPairedEpdsScoresAndConsent() {
        // Spring's test context makes the whole test method one mock web request, and the analysis reuses a read
        // within a request (ReadOncePerRequest); this test reads before and after a change, as separate requests would
        org.springframework.web.context.request.RequestContextHolder.resetRequestAttributes();
        signedIn = new SignedIn(users);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        family = new FamilyId(jdbc.sql("""
                select r.family_id from questionnaire_response r
                where r.site_id = ? and r.status = 'COMPLETED' and r.instrument_code = 'epds'
                  and r.time_point = 'end-of-programme' and r.total is not null
                  and exists (select 1 from consent c where c.family_id = r.family_id
                              and c.purpose = 'EVALUATION_USE' and c.withdrawn_on is null)
                order by r.family_id limit 1""").param(north.value()).query(UUID.class).single());
        familyPairs = jdbc.sql("""
                select count(distinct participant_id) from questionnaire_response
                where family_id = ? and status = 'COMPLETED' and instrument_code = 'epds' and total is not null
                  and time_point = 'end-of-programme'""").param(family.value()).query(Integer.class).single();
        familyResponses = jdbc.sql("select count(*) from questionnaire_response where family_id = ? and status = 'COMPLETED'")
                .param(family.value()).query(Integer.class).single();
    }

    @Test
    void withdrawnConsentTakesTheFamilyOutOfTheAnalysisAndTheExportAndGivingItAgainBringsThemBack() {
        int siteN = siteN();
        int allSitesN = allSitesN();
        int exportRows = exportRows();
        assertThat(familyPairs).isPositive();
        assertThat(familyResponses).isPositive();

        ConsentId consent = currentEvaluationConsent();
        signedIn.run(LEAD, () -> consents.withdraw(family, consent, UkTime.today()));
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> familyScores() == 0);

            assertThat(siteN()).isEqualTo(siteN - familyPairs);
            assertThat(allSitesN()).isEqualTo(allSitesN - familyPairs);
            assertThat(exportRows()).isEqualTo(exportRows - familyResponses);
        } finally {
            UUID parent = jdbc.sql("select given_by_member_id from consent where id = ?").param(consent.value())
                    .query(UUID.class).single();
            signedIn.run(LEAD, () -> consents.give(family, new NewConsent(ConsentPurpose.EVALUATION_USE,
                    UkTime.today(), parent, Set.of())));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> familyScores() > 0);
        assertThat(siteN()).isEqualTo(siteN);
        assertThat(allSitesN()).isEqualTo(allSitesN);
        assertThat(exportRows()).isEqualTo(exportRows);
    }

    private ConsentId currentEvaluationConsent() {
        return new ConsentId(jdbc.sql("""
                select id from consent where family_id = ? and purpose = 'EVALUATION_USE' and withdrawn_on is null""")
                .param(family.value()).query(UUID.class).single());
    }

    private int familyScores() {
        return signedIn.as(LEAD, () -> scores.find(new ScoreQuery(north, Set.of(family), "epds",
                Set.of(END.baseline(), END.later()), null, null))).size();
    }

    private int siteN() {
        return signedIn.as(LEAD, () -> analyses.analyse(OutcomeScope.site(north), null, UkTime.today(), "epds", END))
                .allParents().result().n();
    }

    private int allSitesN() {
        return signedIn.as(LEAD, () -> analyses.analyseAcrossAllSites(null, UkTime.today(), "epds", END))
                .allParents().result().n();
    }

    private int exportRows() {
        LocalDate today = UkTime.today();
        return signedIn.as(LEAD, () -> export.read(north, ReportingPeriod.lastTwelveMonths(today), "csv")).rows().size();
    }
}
