package org.babysteps.workforce;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.identity.SiteScope;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.internal.PractitionerStore;
import org.babysteps.workforce.internal.SupervisionRuleBook;
import org.babysteps.workforce.internal.SupervisionStore;
import org.babysteps.workforce.internal.SupervisionStore.Viewer;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reflective supervision, a licence condition: recording sessions, listing them for the people allowed to see
 * them, and each facilitator's compliance with the frequency in {@code src/main/resources/supervision/}.
 */
@Service
@Transactional
public class Supervision {

    private final SupervisionStore store;
    private final PractitionerStore practitioners;
    private final SupervisionRuleBook rules;
    private final Access access;
    private final AuditLog auditLog;
    private final Clock clock = Clock.systemDefaultZone();

    Supervision(SupervisionStore store, PractitionerStore practitioners, SupervisionRuleBook rules, Access access,
                AuditLog auditLog) {
        this.store = store;
        this.practitioners = practitioners;
        this.rules = rules;
        this.access = access;
        this.auditLog = auditLog;
    }

    /**
     * Records a session that took place. The site lead records any session of their site; a supervisor records
     * their own; licensor admins may record any. Nothing is saved when a rule is broken.
     */
    public SupervisionSessionId record(SupervisionSessionDetails session) {
        SiteScope scope = access.scope();
        if (session.siteId() == null || !scope.includes(session.siteId())) {
            throw new NotFoundException("Site");
        }
        new SupervisionSessionPolicy(rules.supervision()).check(session, LocalDate.now(clock));
        Practitioner supervisor = practitioners.find(session.supervisorId(), scope).map(VersionedPractitioner::practitioner)
                .filter(p -> p.siteIds().contains(session.siteId()) && p.roles().contains(ProgrammeRole.SUPERVISOR))
                .orElseThrow(() -> new WorkforceRuleException("supervisorId", "Select a supervisor of this site"));
        // licensor admins may record too: imports and system jobs (the demo seed) run as one
        boolean admin = access.currentUser().has(Role.LICENSOR_ADMIN);
        if (!admin && !leadsSite(session.siteId()) && !supervisor.id().equals(me().orElse(null))) {
            throw new WorkforceRuleException("supervisorId", "You can only record sessions you supervised yourself");
        }
        for (PractitionerId supervisee : session.superviseeIds()) {
            boolean atSite = practitioners.find(supervisee, scope)
                    .filter(p -> p.practitioner().siteIds().contains(session.siteId())).isPresent();
            if (!atSite) {
                throw new WorkforceRuleException("superviseeIds", "Select supervisees who work at this site");
            }
        }
        SupervisionSessionId id = SupervisionSessionId.random();
        store.insert(id, session, access.currentUser().username());
        auditLog.record(AuditRecord.of(AuditAction.CREATE, "supervision-session", id, session.siteId()));
        return id;
    }

    /** A site's sessions: all of them for its lead (with topics) and the licensor (without); otherwise one's own. */
    @Transactional(readOnly = true)
    public List<SupervisionSession> sessionsAt(SiteId site) {
        CurrentUser user = access.currentUser();
        boolean lead = leadsSite(site);
        Viewer viewer = new Viewer(lead || user.scope().allSites(), lead, me().orElse(null));
        List<SupervisionSession> sessions = store.atSite(site, access.scope(), viewer);
        auditLog.record(AuditRecord.of(AuditAction.VIEW, "site-supervision", site, site));
        return sessions;
    }

    /** The caller's own sessions, as supervisor or supervisee, with their topics. */
    @Transactional(readOnly = true)
    public List<SupervisionSession> mine() {
        return me().map(id -> store.involving(id, access.scope())).orElse(List.of());
    }

    /** Compliance of each facilitator in post at the site today, most urgent first. */
    @Transactional(readOnly = true)
    public List<SupervisionCompliance> complianceAt(SiteId site) {
        LocalDate today = LocalDate.now(clock);
        List<Practitioner> facilitators = practitioners.atSite(site, access.scope()).stream()
                .filter(p -> p.roles().contains(ProgrammeRole.FACILITATOR) && p.inPostOn(today)).toList();
        return compliance(facilitators, today);
    }

    /**
     * Facilitators of a site in post at some time from..to, with their supervision sessions up to {@code to}: what
     * the licence's supervision condition is judged on over a period. Names and dates only, never topics.
     */
    @Transactional(readOnly = true)
    public List<SupervisionHistory> historyAt(SiteId site, LocalDate from, LocalDate to) {
        List<Practitioner> facilitators = practitioners.atSite(site, access.scope()).stream()
                .filter(p -> p.roles().contains(ProgrammeRole.FACILITATOR))
                .filter(p -> !p.startedOn().isAfter(to) && (p.leftOn() == null || p.leftOn().isAfter(from)))
                .toList();
        Map<PractitionerId, List<LocalDate>> sessions =
                store.supervisedOn(facilitators.stream().map(Practitioner::id).toList(), to, access.scope());
        return facilitators.stream().map(p -> new SupervisionHistory(p.id(), p.name(), p.startedOn(), p.leftOn(),
                sessions.getOrDefault(p.id(), List.of()))).toList();
    }

    /** The caller's own compliance, if they are a facilitator. */
    @Transactional(readOnly = true)
    public Optional<SupervisionCompliance> myCompliance() {
        LocalDate today = LocalDate.now(clock);
        return me().flatMap(id -> practitioners.find(id, access.scope())).map(VersionedPractitioner::practitioner)
                .filter(p -> p.roles().contains(ProgrammeRole.FACILITATOR) && p.inPostOn(today))
                .flatMap(p -> compliance(List.of(p), today).stream().findFirst());
    }

    /** Supervisors in post at a site, for the recording form: all of them for the lead, otherwise only oneself. */
    @Transactional(readOnly = true)
    public List<Practitioner> supervisorsFor(SiteId site) {
        LocalDate today = LocalDate.now(clock);
        Optional<PractitionerId> me = me();
        boolean lead = leadsSite(site);
        return practitioners.atSite(site, access.scope()).stream()
                .filter(p -> p.roles().contains(ProgrammeRole.SUPERVISOR) && p.inPostOn(today))
                .filter(p -> lead || p.id().equals(me.orElse(null))).toList();
    }

    /** Practitioners in post at a site who can be supervised. */
    @Transactional(readOnly = true)
    public List<Practitioner> superviseesAt(SiteId site) {
        LocalDate today = LocalDate.now(clock);
        return practitioners.atSite(site, access.scope()).stream()
                .filter(p -> p.roles().contains(ProgrammeRole.FACILITATOR) && p.inPostOn(today)).toList();
    }

    public SupervisionRules rules() {
        return rules.supervision();
    }

    private List<SupervisionCompliance> compliance(List<Practitioner> facilitators, LocalDate today) {
        SupervisionCompliancePolicy policy = new SupervisionCompliancePolicy(rules.supervision());
        Map<PractitionerId, LocalDate> last = store.lastSupervised(facilitators.stream().map(Practitioner::id).toList(), today);
        return facilitators.stream()
                .map(p -> new SupervisionCompliance(p.id(), p.name(), policy.assess(p.startedOn(), last.get(p.id()), today)))
                .sorted(Comparator.comparing((SupervisionCompliance c) -> c.due().status()).reversed()
                        .thenComparing(c -> c.due().dueBy()))
                .toList();
    }

    private boolean leadsSite(SiteId site) {
        CurrentUser user = access.currentUser();
        return user.has(Role.SITE_LEAD) && user.siteIds().contains(site);
    }

    private Optional<PractitionerId> me() {
        return practitioners.ofUser(access.currentUser().userId()).map(Practitioner::id);
    }
}
