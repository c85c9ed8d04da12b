package org.babysteps.outcomes.score;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.ConsentId;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.NewConsent;
import org.babysteps.identity.SiteScope;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.InstrumentItem;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.ScoreQuery;
import org.babysteps.outcomes.link.LinkFixtures;
import org.babysteps.outcomes.response.QuestionnaireResponses;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.RespondentRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Responses stored before the evaluation-consent mark existed (left unknown by the migration) are settled at
 * start-up from the family module's current consents: withdrawn families out, the others back in.
 */
@PlatformTest
class EvaluationConsentBackfillTest {

    private static final String MIDWIFE = LinkFixtures.MIDWIFE;

    @Autowired EvaluationConsentBackfill backfill;
    @Autowired QuestionnaireResponses responses;
    @Autowired Instruments instruments;
    @Autowired Consents consents;
    @Autowired FamilyRegistration registration;
    @Autowired Families families;
    @Autowired JdbcClient jdbc;
    @Autowired UserStore users;

    private SignedIn signedIn;
    private LinkFixtures fixtures;
    private SiteId north;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        fixtures = new LinkFixtures(signedIn, registration, consents, families);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    @Test
    void unknownMarksAreSetFromCurrentConsentsAndLeftOutOfAnalysisUntilThen() {
        FamilyId consenting = familyWithACompletedEpds("Stayer");
        FamilyId withdrawing = familyWithACompletedEpds("Leaver");
        ConsentId consent = evaluationConsent(withdrawing);
        signedIn.run(MIDWIFE, () -> consents.withdraw(withdrawing, consent, UkTime.today()));
        await().atMost(Duration.ofSeconds(10)).until(() -> "true".equals(mark(withdrawing)));
        try {
            jdbc.sql("update questionnaire_response set evaluation_use_withdrawn = null where family_id = any(?)")
                    .param(new UUID[] {consenting.value(), withdrawing.value()}).update();
            assertThat(inAnalysis(consenting)).as("unknown is left out until settled").isZero();

            backfill.run(new DefaultApplicationArguments());

            assertThat(mark(consenting)).isEqualTo("false");
            assertThat(mark(withdrawing)).isEqualTo("true");
            assertThat(inAnalysis(consenting)).isEqualTo(1);
            assertThat(inAnalysis(withdrawing)).isZero();
            assertThat(backfill.settleBatch()).as("nothing left to settle").isZero();
        } finally {
            signedIn.run(MIDWIFE, () -> consents.give(withdrawing, new NewConsent(ConsentPurpose.EVALUATION_USE,
                    UkTime.today(), fixtures.parent(withdrawing), Set.of())));
        }
        await().atMost(Duration.ofSeconds(10)).until(() -> "false".equals(mark(withdrawing)));
    }

    private FamilyId familyWithACompletedEpds(String firstName) {
        FamilyId family = fixtures.singleParent(north, firstName, true);
        Map<Integer, Integer> answers = instruments.find("epds").orElseThrow().items().stream()
                .collect(Collectors.toMap(InstrumentItem::number, item -> item.options().get(0).value()));
        signedIn.run(MIDWIFE, () -> responses.recordCompleted(family, fixtures.parent(family),
                RespondentRole.BIRTH_PARENT, "baseline", "epds", answers));
        return family;
    }

    /** The family's marks, one word when they agree ("true", "false", "null"). */
    private String mark(FamilyId family) {
        return String.join(",", jdbc.sql("select distinct coalesce(evaluation_use_withdrawn::text, 'null')"
                + " from questionnaire_response where family_id = ?").param(family.value()).query(String.class).list());
    }

    /** Raw totals the analysis reads for the family, through the same reader as every report. */
    private int inAnalysis(FamilyId family) {
        return ScoreSql.select(jdbc, SiteScope.all(), new ScoreQuery(north, Set.of(family), "epds", Set.of("baseline"),
                null, null), "completed_at, id").query((rs, row) -> ScoreSql.score(rs)).list().size();
    }

    private ConsentId evaluationConsent(FamilyId family) {
        return new ConsentId(jdbc.sql("""
                select id from consent where family_id = ? and purpose = 'EVALUATION_USE' and withdrawn_on is null""")
                .param(family.value()).query(UUID.class).single());
    }
}
