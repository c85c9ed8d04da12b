package org.babysteps.outcomes.alert;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.NewReferral;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.outcomes.AlertId;
import org.babysteps.outcomes.RiskAnswersGiven;
import org.babysteps.platform.SiteId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Raises alerts the way the responses part does: by publishing {@link RiskAnswersGiven} in a committed transaction. */
@Component
class AlertFixture {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transaction;
    private final FamilyRegistration registration;

    AlertFixture(JdbcClient jdbc, ApplicationEventPublisher events, TransactionTemplate transaction,
                 FamilyRegistration registration) {
        this.jdbc = jdbc;
        this.events = events;
        this.transaction = transaction;
        this.registration = registration;
    }

    SiteId north() {
        return new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    /** A demo family placed in the north group that midwife@north.demo (and fsw@north.demo) facilitate. */
    FamilyId familyInMidwifesGroup() {
        return new FamilyId(jdbc.sql("""
                select e.family_id from enrolment e join group_facilitator gf on gf.group_id = e.group_id
                join facilitator f on f.id = gf.facilitator_id join app_user u on u.id = f.user_id
                where u.email = 'midwife@north.demo' and e.status = 'ENROLLED' order by e.family_id limit 1""")
                .query(UUID.class).single());
    }

    /** A new north family with no place in any group; call while signed in as the north lead. */
    FamilyId familyInNoGroup() {
        LocalDate due = LocalDate.now().plusWeeks(14);
        ReferralDetails details = new ReferralDetails(new Referrer("Midwife", "Test team"), LocalDate.now(), due,
                List.of(), null, List.of(new ParentDetails("Alerttest", "Nogroup" + UUID.randomUUID().toString().substring(0, 8),
                LocalDate.of(1996, 3, 3), null, null, null)), null, "English", false, Set.of(ContactMethod.PHONE),
                null, null, false, null);
        return registration.refer(new NewReferral(north(), details, true));
    }

    RiskAnswersGiven event(FamilyId family, Instant givenAt) {
        return new RiskAnswersGiven(UUID.randomUUID(), family, north(), "epds", 1, List.of("self-harm", "probable-depression"),
                false, givenAt, null);
    }

    /** Publishes the event as a committed change would, and waits for the listener's alert. */
    AlertId raise(RiskAnswersGiven given) {
        transaction.executeWithoutResult(status -> events.publishEvent(given));
        return await().atMost(Duration.ofSeconds(10)).until(() -> alertOf(given.responseId()), java.util.Objects::nonNull);
    }

    /** A later event for the same response, firing {@code ruleCodes}. */
    RiskAnswersGiven later(RiskAnswersGiven first, List<String> ruleCodes) {
        return new RiskAnswersGiven(first.responseId(), first.familyId(), first.siteId(), first.instrumentCode(),
                first.instrumentVersion(), ruleCodes, first.selfCompleted(), Instant.now(), null);
    }

    /** Publishes a later event for the response of alert {@code id} and waits until the alert has {@code rules}. */
    void publishAndAwaitRules(RiskAnswersGiven given, AlertId id, int rules) {
        transaction.executeWithoutResult(status -> events.publishEvent(given));
        await().atMost(Duration.ofSeconds(10)).until(() -> rulesOf(id), count -> count >= rules);
    }

    int rulesOf(AlertId id) {
        return jdbc.sql("select count(*) from safeguarding_alert_rule where alert_id = ?").param(id.value())
                .query(Integer.class).single();
    }

    AlertId alertOf(UUID responseId) {
        return jdbc.sql("select id from safeguarding_alert where response_id = ?").param(responseId)
                .query(UUID.class).optional().map(AlertId::new).orElse(null);
    }

    int alertsOf(UUID responseId) {
        return jdbc.sql("select count(*) from safeguarding_alert where response_id = ?").param(responseId)
                .query(Integer.class).single();
    }

    List<String> auditActions(AlertId id) {
        return jdbc.sql("select action || ' ' || actor_name from audit_event where record_type = 'safeguarding-alert'"
                + " and record_id = ? order by seq").param(id.toString()).query(String.class).list();
    }

    JdbcClient jdbc() {
        return jdbc;
    }
}
