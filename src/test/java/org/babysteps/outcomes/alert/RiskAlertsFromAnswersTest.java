package org.babysteps.outcomes.alert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.HomeVisitRecord;
import org.babysteps.delivery.HomeVisits;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.NewConsent;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.notification.NotificationOutbox;
import org.babysteps.notification.OutboxMessage;
import org.babysteps.outcomes.Acknowledgement;
import org.babysteps.outcomes.AlertDetail;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.AlertRuleHit;
import org.babysteps.outcomes.AlertStatus;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.InstrumentItem;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.SafeguardingAlerts;
import org.babysteps.outcomes.link.LinkAnswering;
import org.babysteps.outcomes.link.LinkCreation;
import org.babysteps.outcomes.link.LinkFixtures;
import org.babysteps.outcomes.link.QuestionSequence;
import org.babysteps.outcomes.response.QuestionnaireResponses;
import org.babysteps.outcomes.response.ResponseRecord;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.RespondentRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * EPDS answers given one at a time, through a parent's link or by staff, become alerts as safeguarding needs them:
 * every rule reaches the response's one alert, a total is judged only on the finished questionnaire, and the
 * person who entered the answer or visited the family at home sees the alert even before any group place.
 */
@PlatformTest
class RiskAlertsFromAnswersTest {

    private static final String LEAD = "lead@north.demo";
    private static final String MIDWIFE = "midwife@north.demo";
    private static final String FSW = "fsw@north.demo";

    @Autowired
    QuestionnaireResponses responses;
    @Autowired
    LinkCreation creation;
    @Autowired
    LinkAnswering answering;
    @Autowired
    SafeguardingAlerts alerts;
    @Autowired
    NotificationOutbox outbox;
    @Autowired
    Instruments instruments;
    @Autowired
    HomeVisits homeVisits;
    @Autowired
    AlertFixture fixture;
    @Autowired
    UserStore users;
    @Autowired
    FamilyRegistration registration;
    @Autowired
    Consents consents;
    @Autowired
    Families families;

    private SignedIn signedIn;
    private LinkFixtures links;
    private InstrumentDefinition epds;
    private SiteId north;

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        links = new LinkFixtures(signedIn, registration, consents, families);
        epds = instruments.find("epds").orElseThrow();
        north = fixture.north();
    }

    @Test
    void aSelfHarmAnswerAfterAProratedHighTotalReachesTheAlertAndTheTotalJoinsItOnlyWhenSubmitted() {
        FamilyId family = links.singleParent(north, "Selfharm", true);
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, links.parent(family), "baseline")).token();

        answerByLink(token, itemsOneToNineSummingTwelve());
        answering.answer(token, 10, String.valueOf(valueScoring(10, 1)));
        AlertId id = await().atMost(Duration.ofSeconds(10)).until(() -> fixture.alertOf(epdsResponse(family)),
                java.util.Objects::nonNull);
        assertThat(awaitRules(id, 1)).containsExactly("self-harm");

        answerTheRestByLink(token);
        answering.submit(token);

        assertThat(awaitRules(id, 2)).containsExactly("self-harm", "probable-depression");
        assertThat(fixture.alertsOf(epdsResponse(family))).isEqualTo(1);
    }

    @Test
    void aNewRuleReopensAnAcknowledgedAlertEmailsAgainAndKeepsTheEarlierAcknowledgement() {
        FamilyId family = links.singleParent(north, "Reopened", true);
        UUID parent = links.parent(family);
        ResponseRecord started = signedIn.as(MIDWIFE, () -> responses.start(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "epds"));
        Map<Integer, Integer> answers = new HashMap<>(Map.of(10, valueScoring(10, 1)));
        signedIn.run(MIDWIFE, () -> responses.save(family, started.id(), answers));
        AlertId id = await().atMost(Duration.ofSeconds(10)).until(() -> fixture.alertOf(started.id()),
                java.util.Objects::nonNull);
        int version = signedIn.as(LEAD, () -> alerts.find(id).version());
        signedIn.run(LEAD, () -> alerts.acknowledge(id, new Acknowledgement("Rang her; safety plan agreed", null, version)));

        answers.putAll(itemsOneToNineSummingTwelve());
        signedIn.run(MIDWIFE, () -> responses.complete(family, started.id(), answers));

        assertThat(awaitRules(id, 2)).containsExactly("self-harm", "probable-depression");
        AlertDetail reopened = signedIn.as(LEAD, () -> alerts.find(id));
        assertThat(reopened.summary().status()).isEqualTo(AlertStatus.OPEN);
        assertThat(reopened.mayAcknowledge()).isTrue();
        assertThat(reopened.version()).isGreaterThan(version + 1);
        assertThat(reopened.earlierAcknowledgements()).singleElement().satisfies(earlier -> {
            assertThat(earlier.actionTaken()).isEqualTo("Rang her; safety plan agreed");
            assertThat(earlier.acknowledgedBy()).isEqualTo("Nia North-Lead (demo)");
        });
        assertThat(outbox.withKey("risk-alert:" + id + ":probable-depression"))
                .extracting(OutboxMessage::recipientEmail).contains(LEAD, MIDWIFE);
        assertThat(fixture.auditActions(id)).contains("UPDATE system:safeguarding-alerts");
    }

    @Test
    void theFacilitatorWhoEnteredTheRiskAnswerOfAFamilyInNoGroupIsEmailedAndSeesTheAlert() {
        FamilyId family = links.singleParent(north, "Antenatal", true);
        UUID parent = links.parent(family);

        ResponseRecord started = signedIn.as(MIDWIFE, () -> responses.start(family, parent,
                RespondentRole.BIRTH_PARENT, "baseline", "epds"));
        signedIn.run(MIDWIFE, () -> responses.save(family, started.id(), Map.of(10, valueScoring(10, 2))));
        AlertId id = await().atMost(Duration.ofSeconds(10)).until(() -> fixture.alertOf(started.id()),
                java.util.Objects::nonNull);

        assertThat(signedIn.as(MIDWIFE, () -> alerts.find(id).summary().familyId())).isEqualTo(family);
        assertThat(outbox.withKey("risk-alert:" + id)).extracting(OutboxMessage::recipientEmail).contains(MIDWIFE, LEAD)
                .doesNotContain(FSW);
        assertThat(signedIn.as("lead@south.demo", () -> alerts.listFor(users.findByEmail("lead@south.demo")
                .orElseThrow(), 50))).noneMatch(alert -> alert.id().equals(id));
    }

    @Test
    void theFamilysHomeVisitPractitionerSeesTheAlertOfALinkAnswerBeforeAnyGroupPlace() {
        FamilyId family = links.singleParent(north, "Visited", true);
        UUID parent = links.parent(family);
        signedIn.run(LEAD, () -> {
            consents.give(family, new NewConsent(ConsentPurpose.TAKE_PART, UkTime.today(), parent, Set.of()));
            homeVisits.save(family, "antenatal-visit", new HomeVisitRecord(UkTime.today().plusDays(3), null, null, null,
                    null, List.of(facilitatorOf(FSW)), 0));
        });
        String token = signedIn.as(MIDWIFE, () -> creation.create(family, parent, "baseline")).token();

        answering.answer(token, 10, String.valueOf(valueScoring(10, 1)));
        AlertId id = await().atMost(Duration.ofSeconds(10)).until(() -> fixture.alertOf(epdsResponse(family)),
                java.util.Objects::nonNull);

        assertThat(signedIn.as(FSW, () -> alerts.find(id).summary().familyId())).isEqualTo(family);
        assertThat(outbox.withKey("risk-alert:" + id)).extracting(OutboxMessage::recipientEmail).contains(FSW, LEAD)
                .doesNotContain(MIDWIFE);
    }

    private List<String> awaitRules(AlertId id, int count) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> signedIn.as(LEAD, () -> alerts.find(id).rules()
                .stream().map(AlertRuleHit::ruleCode).toList()), rules -> rules.size() >= count);
    }

    /** Items 1 to 9 scoring 12 in all: prorated over ten items that is 13, the probable-depression threshold. */
    private Map<Integer, Integer> itemsOneToNineSummingTwelve() {
        Map<Integer, Integer> answers = new HashMap<>();
        for (int item = 1; item <= 9; item++) {
            answers.put(item, valueScoring(item, item <= 3 ? 2 : 1));
        }
        return answers;
    }

    private int valueScoring(int itemNumber, int score) {
        InstrumentItem item = epds.item(itemNumber).orElseThrow();
        return item.options().stream().map(option -> option.value()).filter(value -> item.score(value) == score)
                .findFirst().orElseThrow();
    }

    /** EPDS is the link's first questionnaire, so its item n is question n. */
    private void answerByLink(String token, Map<Integer, Integer> answers) {
        answers.forEach((item, value) -> answering.answer(token, item, String.valueOf(value)));
    }

    private void answerTheRestByLink(String token) {
        for (QuestionSequence.Step step : answering.open(token).questions().steps()) {
            if (!step.answered()) {
                answering.answer(token, step.number(), String.valueOf(step.item().options().get(0).value()));
            }
        }
    }

    private UUID epdsResponse(FamilyId family) {
        return fixture.jdbc().sql("select id from questionnaire_response where family_id = ? and instrument_code = 'epds'")
                .param(family.value()).query(UUID.class).optional().orElse(null);
    }

    private FacilitatorId facilitatorOf(String email) {
        return new FacilitatorId(fixture.jdbc().sql("select f.id from facilitator f join app_user u on u.id = f.user_id"
                + " where u.email = ? and f.site_id = ?").params(email, north.value()).query(UUID.class).single());
    }
}
