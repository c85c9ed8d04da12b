package org.babysteps.reporting.compliance;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.delivery.CheckedSession;
import org.babysteps.delivery.DeliveryPeriods;
import org.babysteps.delivery.Facilitator;
import org.babysteps.delivery.SessionStatus;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.LicenceConditionDefinition;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.Programmes;
import org.babysteps.reporting.ConditionResult;
import org.babysteps.reporting.LicenceCompliance;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.SiteCompliance;
import org.babysteps.site.Licences;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.workforce.Supervision;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Judges each condition of the programme's licence from the platform's own records over a period. Computed per
 * request from one site's sessions and staff (tens to hundreds of rows); a national table will want a read model.
 */
@Service
@Transactional(readOnly = true)
class ComplianceReport implements LicenceCompliance {

    private final Sites sites;
    private final Programmes programmes;
    private final DeliveryPeriods delivery;
    private final Supervision supervision;
    private final FidelityFacts fidelity;
    private final Licences licences;

    ComplianceReport(Sites sites, Programmes programmes, DeliveryPeriods delivery, Supervision supervision,
                     FidelityFacts fidelity, Licences licences) {
        this.licences = licences;
        this.sites = sites;
        this.programmes = programmes;
        this.delivery = delivery;
        this.supervision = supervision;
        this.fidelity = fidelity;
    }

    @Override
    public SiteCompliance forSite(SiteId siteId, ReportingPeriod asked) {
        SiteSummary site = sites.find(siteId).orElseThrow(() -> new NotFoundException("Site"));
        LocalDate today = UkTime.today();
        ReportingPeriod period = asked.upTo(today);
        // the conditions of the programme version the site is licensed for; the current default before a licence
        ProgrammeDefinition programme = licences.current(siteId)
                .flatMap(licence -> programmes.find(licence.programme(), licence.programmeVersion()))
                .orElseGet(programmes::defaultProgramme);
        boolean future = period.from().isAfter(today);
        List<CheckedSession> sessions = future ? List.of() : delivery.sessions(siteId, period.from(), period.to());
        List<SessionFact> delivered = sessions.stream()
                .filter(s -> s.session().status() == SessionStatus.DELIVERED).map(ComplianceReport::fact).toList();
        List<ConditionResult> results = new ArrayList<>();
        for (LicenceConditionDefinition condition : programme.licenceConditions()) {
            results.add(switch (condition.type()) {
                case CO_FACILITATION -> CoFacilitationCompliance.assess(condition, delivered, period);
                case TRAINED_FACILITATORS -> TrainedFacilitatorsCompliance.assess(condition, delivered, period);
                case REFLECTIVE_SUPERVISION -> new SupervisionThroughoutCompliance(condition, supervision.rules())
                        .assess(condition, future ? List.of() : supervision.historyAt(siteId, period.from(), period.to()), period);
                case DATA_RETURNS -> DataReturnsCompliance.assess(condition,
                        future ? List.of() : DueReturns.of(sessions, delivery.homeVisitsPlanned(siteId, period.from(), period.to()),
                                today, programme), period);
                case FIDELITY -> FidelityCompliance.assess(condition,
                        future ? List.of() : fidelity.places(siteId, period), period);
            });
        }
        return new SiteCompliance(siteId, site.name(), period, results);
    }

    private static SessionFact fact(CheckedSession checked) {
        var session = checked.session();
        LocalDate day = session.plannedDate();
        List<String> untrained = session.facilitators().stream().filter(f -> f.inPostOn(day) && !f.trainedOn(day))
                .map(Facilitator::displayName).toList();
        return new SessionFact(day, session.groupName(), session.number(), checked.coFacilitation().problems(),
                untrained, session.exceptionReason());
    }
}
