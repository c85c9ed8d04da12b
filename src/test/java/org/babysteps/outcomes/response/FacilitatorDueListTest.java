package org.babysteps.outcomes.response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.babysteps.outcomes.response.QuestionnaireFixtures.MIDWIFE;
import static org.babysteps.outcomes.response.QuestionnaireFixtures.answersScoring;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.delivery.Enrolments;
import org.babysteps.delivery.FacilitatorId;
import org.babysteps.delivery.GroupId;
import org.babysteps.delivery.GroupPlanning;
import org.babysteps.delivery.HomeVisitRecord;
import org.babysteps.delivery.HomeVisits;
import org.babysteps.delivery.NewGroup;
import org.babysteps.delivery.Venues;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Consents;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.NewConsent;
import org.babysteps.family.NewReferral;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.DueQuestionnaire;
import org.babysteps.outcomes.DueQuestionnaireList;
import org.babysteps.outcomes.DueStatus;
import org.babysteps.outcomes.FacilitatorQuestionnaires;
import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.Questionnaires;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.Programmes;
import org.babysteps.programme.RespondentRole;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The questionnaires due for a facilitator's families, on the embedded demo and on families made here. */
@PlatformTest
class FacilitatorDueListTest {

    private static final String LEAD = "lead@north.demo";

    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DueQuestionnaireList dueList;
    @Autowired
    Questionnaires questionnaires;
    @Autowired
    QuestionnaireResponses responses;
    @Autowired
    Instruments instruments;
    @Autowired
    FamilyRegistration registration;
    @Autowired
    Consents consents;
    @Autowired
    Families families;
    @Autowired
    Venues venues;
    @Autowired
    GroupPlanning planning;
    @Autowired
    HomeVisits homeVisits;
    @Autowired
    Enrolments enrolments;
    @Autowired
    Programmes programmes;

    private SignedIn signedIn;
    private SiteId north;
    private final LocalDate today = UkTime.today();

    @BeforeEach
    void setUp() {
        signedIn = new SignedIn(users);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    @Test
    void theMidwifesListHasTheRestOfTheBaselineOfAFamilyInHerRunningDemoGroupOverdue() {
        FacilitatorQuestionnaires list = signedIn.as(MIDWIFE, dueList::forSignedInFacilitator);

        assertThat(list.due()).anySatisfy(item -> {
            assertThat(item.groupName()).isEqualTo("Northshire Thursday mornings");
            assertThat(item.timePointCode()).isEqualTo("baseline");
            assertThat(item.status()).isEqualTo(DueStatus.OVERDUE);
            assertThat(item.instruments()).extracting(DueQuestionnaire.Instrument::code).contains("phq-9", "rosenberg");
        });
        assertThat(list.due()).as("the demo's EPDS and GAD-7 baselines are done").noneSatisfy(item -> {
            assertThat(item.groupName()).isEqualTo("Northshire Thursday mornings");
            assertThat(item.role()).isEqualTo(RespondentRole.BIRTH_PARENT);
            assertThat(item.instruments()).extracting(DueQuestionnaire.Instrument::code).contains("epds");
        });
        assertThat(list.due()).extracting(DueQuestionnaire::dueOn).isSorted();
    }

    @Test
    void anotherSitesFacilitatorSeesNoneOfNorthsFamilies() {
        List<UUID> northFamilies = jdbc.sql("select id from family where site_id = ?").param(north.value())
                .query(UUID.class).list();
        FacilitatorQuestionnaires list = signedIn.as("midwife@south.demo", dueList::forSignedInFacilitator);
        assertThat(list.due()).extracting(item -> item.familyId().value()).doesNotContainAnyElementsOf(northFamilies);
    }

    @Test
    void aBaselineIsDueFromTheAntenatalVisitAndEachCompletedQuestionnaireLeavesTheList() {
        GroupId group = groupOfTheMidwife();
        FamilyId family = visitedAndEnrolled(group, true);
        UUID parent = signedIn.as(LEAD, () -> families.participants(List.of(family)).get(family).get(0).id());

        DueQuestionnaire baseline = only(family);
        assertThat(baseline.timePointCode()).isEqualTo("baseline");
        assertThat(baseline.dueOn()).isEqualTo(today.minusDays(1));
        assertThat(baseline.status()).isEqualTo(DueStatus.DUE);
        assertThat(baseline.instruments()).extracting(DueQuestionnaire.Instrument::code)
                .containsExactly("epds", "gad-7", "phq-9", "rosenberg");

        signedIn.run(MIDWIFE, () -> {
            questionnaires.recordCompleted(family, parent, RespondentRole.BIRTH_PARENT, "baseline", "epds",
                    answersScoring(instruments.find("epds").orElseThrow(), 0));
            responses.start(family, parent, RespondentRole.BIRTH_PARENT, "baseline", "gad-7");
        });
        assertThat(only(family).instruments()).containsExactly(
                new DueQuestionnaire.Instrument("gad-7", instruments.find("gad-7").orElseThrow().name(), true),
                new DueQuestionnaire.Instrument("phq-9", instruments.find("phq-9").orElseThrow().name(), false),
                new DueQuestionnaire.Instrument("rosenberg", instruments.find("rosenberg").orElseThrow().name(), false));

        signedIn.run(MIDWIFE, () -> {
            for (String code : List.of("gad-7", "phq-9", "rosenberg")) {
                questionnaires.recordCompleted(family, parent, RespondentRole.BIRTH_PARENT, "baseline", code,
                        answersScoring(instruments.find(code).orElseThrow(), 0));
            }
        });
        assertThat(signedIn.as(MIDWIFE, dueList::forSignedInFacilitator).due())
                .noneMatch(item -> item.familyId().equals(family));
    }

    @Test
    void aFamilyWithoutConsentToEvaluationUseShowsConsentNeededInsteadOfDueItems() {
        FamilyId family = visitedAndEnrolled(groupOfTheMidwife(), false);

        FacilitatorQuestionnaires list = signedIn.as(MIDWIFE, dueList::forSignedInFacilitator);

        assertThat(list.consentNeeded()).anyMatch(needed -> needed.familyId().equals(family));
        assertThat(list.due()).noneMatch(item -> item.familyId().equals(family));
    }

    @Test
    void nobodyElseFacilitatingTheGroupSeesItsFamilies() {
        FamilyId family = visitedAndEnrolled(groupOfTheMidwife(), true);
        assertThat(signedIn.as("fsw@north.demo", dueList::forSignedInFacilitator).due())
                .as("the family worker co-facilitates it").anyMatch(item -> item.familyId().equals(family));
        assertThat(signedIn.as(LEAD, dueList::forSignedInFacilitator).due())
                .as("the lead facilitates no group").noneMatch(item -> item.familyId().equals(family));
    }

    private DueQuestionnaire only(FamilyId family) {
        List<DueQuestionnaire> theirs = signedIn.as(MIDWIFE, dueList::forSignedInFacilitator).due().stream()
                .filter(item -> item.familyId().equals(family)).toList();
        assertThat(theirs).hasSize(1);
        return theirs.get(0);
    }

    /** A new group of the demo pair starting in two weeks, so it puts nothing in this week's sessions or registers. */
    private GroupId groupOfTheMidwife() {
        return signedIn.as(LEAD, () -> planning.create(new NewGroup(north, programmes.defaultProgramme().id(),
                "Due list test " + UUID.randomUUID(), venues.add(north, "Due test venue " + UUID.randomUUID(),
                "1 Test Road", 20, null), false, today.plusWeeks(2), LocalTime.of(10, 0), 120,
                List.of(facilitator(MIDWIFE), facilitator("fsw@north.demo")))));
    }

    /** A single parent referred two weeks ago, visited yesterday and enrolled in the group. */
    private FamilyId visitedAndEnrolled(GroupId group, boolean evaluationConsent) {
        LocalDate referred = today.minusWeeks(2);
        ReferralDetails details = new ReferralDetails(new Referrer("Midwife", "Test team"), referred,
                today.plusWeeks(14), List.of(), null, List.of(new ParentDetails("Duetest",
                "Family" + UUID.randomUUID().toString().substring(0, 8), LocalDate.of(1996, 4, 4), null, null, null)),
                null, "English", false, Set.of(ContactMethod.PHONE), null, null, false, null);
        return signedIn.as(LEAD, () -> {
            FamilyId family = registration.refer(new NewReferral(north, details, true));
            UUID parent = families.participants(List.of(family)).get(family).get(0).id();
            consents.give(family, new NewConsent(ConsentPurpose.TAKE_PART, referred, parent, Set.of()));
            if (evaluationConsent) {
                consents.give(family, new NewConsent(ConsentPurpose.EVALUATION_USE, referred, parent, Set.of()));
            }
            homeVisits.save(family, "antenatal-visit", new HomeVisitRecord(today.minusDays(1), today.minusDays(1), 60,
                    null, null, List.of(facilitator(MIDWIFE)), 0));
            enrolments.enrol(group, family, true);
            return family;
        });
    }

    private FacilitatorId facilitator(String email) {
        return new FacilitatorId(jdbc.sql("select f.id from facilitator f join app_user u on u.id = f.user_id"
                + " where u.email = ? and f.site_id = ?").params(email, north.value()).query(UUID.class).single());
    }
}
