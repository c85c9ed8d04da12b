package org.babysteps.site.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.babysteps.site.LicenceAdministration;
import org.babysteps.site.LifecycleFixture;
import org.babysteps.site.NewLicence;
import org.babysteps.site.ReadinessAssessments;
import org.babysteps.site.ReadinessDecisions;
import org.babysteps.site.ReadinessOutcome;
import org.babysteps.site.ReadinessRating;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Readiness rules that need the database: one open assessment, which decision is the latest, the comparison. */
@PlatformTest
class ReadinessRulesTest {

    @Autowired
    ReadinessAssessments assessments;
    @Autowired
    ReadinessWrites writes;
    @Autowired
    ReadinessTemplates templates;
    @Autowired
    ReadinessQueries queries;
    @Autowired
    ReadinessDecisions decisions;
    @Autowired
    LicenceAdministration licences;
    @Autowired
    Programmes programmes;
    @Autowired
    LifecycleFixture fixture;
    @Autowired
    UserStore users;

    private SiteId site;
    private SignedIn signedIn;

    @BeforeEach
    void aFreshSite() {
        site = fixture.newSite();
        signedIn = new SignedIn(users);
    }

    @Test
    void startingTwiceGivesTheRuleNotADatabaseError() {
        ReadinessTemplate template = templates.current(programmes.defaultProgramme().id()).orElseThrow();
        // as two clicks at once would: both past the "one in progress" check, so only the unique index can refuse
        writes.start(UUID.randomUUID(), site, template, UkTime.today(), LifecycleFixture.leadOf(site));
        assertThatThrownBy(() -> writes.start(UUID.randomUUID(), site, template, UkTime.today(), LifecycleFixture.leadOf(site)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already has an assessment in progress");
        assertThatThrownBy(() -> signedIn.run("admin@licensor.demo", () -> assessments.start(site, UkTime.today())))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("already has an assessment in progress");
    }

    @Test
    void aDecisionDatedBeforeTheAssessmentStartedIsRefused() {
        decided(LocalDate.of(2024, 12, 1), ReadinessOutcome.READY, LocalDate.of(2025, 1, 15));
        UUID later = submitted(UkTime.today());
        assertThatThrownBy(() -> decide(later, ReadinessOutcome.NOT_YET, LocalDate.of(2024, 6, 1)))
                .isInstanceOf(RuleViolationException.class).extracting("field").isEqualTo("decidedOn");
        assertThat(latest()).isEqualTo(ReadinessOutcome.READY);
    }

    @Test
    void theLaterAssessmentsDecisionIsTheLatestWhateverDateWasTypedSoNoLicenceOnTheSupersededOne() {
        decided(LocalDate.of(2024, 12, 1), ReadinessOutcome.READY, LocalDate.of(2025, 1, 15));
        decided(LocalDate.of(2024, 3, 1), ReadinessOutcome.NOT_YET, LocalDate.of(2024, 4, 1));

        assertThat(latest()).isEqualTo(ReadinessOutcome.NOT_YET);
        assertThatThrownBy(() -> signedIn.run("manager@licensor.demo", () -> licences.issue(new NewLicence(site,
                new ProgrammeId("baby-steps"), UkTime.today(), null, true, List.of()))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("not yet ready");
    }

    @Test
    void theComparisonShowsACriterionAsNotRatedWhenItsLatestSaveClearedTheRating() {
        UUID first = fixture.decided(site, ReadinessOutcome.NOT_YET);
        UUID second = signedIn.as("admin@licensor.demo", () -> {
            UUID id = assessments.start(site, UkTime.today());
            assessments.saveCriterion(site, id, "senior-buy-in", 0, ReadinessRating.PARTLY, "Letters pending");
            assessments.saveCriterion(site, id, "senior-buy-in", 1, null, "Not sure any more: the director left");
            return id;
        });

        Comparison comparison = signedIn.as("admin@licensor.demo", () -> queries.compare(site, first, second)).orElseThrow();

        Comparison.Row row = comparison.rows().stream().filter(r -> r.before() != null).findFirst().orElseThrow();
        assertThat(row.before()).isEqualTo(ReadinessRating.IN_PLACE);
        assertThat(row.after()).isNull();
        assertThat(row.change()).isEqualTo("Not rated now");
    }

    private void decided(LocalDate startedOn, ReadinessOutcome outcome, LocalDate decidedOn) {
        decide(submitted(startedOn), outcome, decidedOn);
    }

    private UUID submitted(LocalDate startedOn) {
        return signedIn.as("admin@licensor.demo", () -> {
            UUID id = assessments.start(site, startedOn);
            assessments.saveCriterion(site, id, "senior-buy-in", 0, ReadinessRating.IN_PLACE, "Letters signed");
            assessments.submit(site, id);
            return id;
        });
    }

    private void decide(UUID assessment, ReadinessOutcome outcome, LocalDate on) {
        signedIn.run("admin@licensor.demo", () -> assessments.decide(site, assessment, outcome, "Test decision", on, List.of()));
    }

    private ReadinessOutcome latest() {
        return signedIn.as("admin@licensor.demo", () -> decisions.latest(site)).orElseThrow().outcome();
    }
}
