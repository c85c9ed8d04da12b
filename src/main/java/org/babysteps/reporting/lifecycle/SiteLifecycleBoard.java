package org.babysteps.reporting.lifecycle;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.babysteps.platform.SiteId;
import org.babysteps.delivery.DeliveryOverview;
import org.babysteps.platform.UkTime;
import org.babysteps.reporting.LicenceCompliance;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.site.FundingStreams;
import org.babysteps.site.FundingWarnings;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.ImplementationStages;
import org.babysteps.site.LicenceSummary;
import org.babysteps.site.Licences;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.StageSummary;
import org.babysteps.site.TimeInStage;
import org.springframework.stereotype.Service;

/**
 * The licensor's picture of every site: stage, licence, compliance last quarter, funding and sustainability risk.
 * Computed per request from each module's public API; at hundreds of sites it wants a read model.
 */
@Service
public class SiteLifecycleBoard {

    /** How far ahead planned groups count towards "groups already planned". */
    private static final int PLANNING_HORIZON_YEARS = 5;

    private final Sites sites;
    private final ImplementationStages stages;
    private final Licences licences;
    private final LicenceCompliance compliance;
    private final FundingStreams funding;
    private final FundingWarnings warnings;
    private final DeliveryOverview delivery;

    SiteLifecycleBoard(Sites sites, ImplementationStages stages, Licences licences, LicenceCompliance compliance,
                       FundingStreams funding, FundingWarnings warnings, DeliveryOverview delivery) {
        this.sites = sites;
        this.stages = stages;
        this.licences = licences;
        this.compliance = compliance;
        this.funding = funding;
        this.warnings = warnings;
        this.delivery = delivery;
    }

    public List<SiteLifecycleRow> rows() {
        LocalDate today = UkTime.today();
        ReportingPeriod lastQuarter = ReportingPeriod.lastFullQuarter(today);
        // one query each for every site's licence and stage, rather than one per site
        Map<SiteId, LicenceSummary> licenceBySite = licences.currentForVisibleSites().stream()
                .collect(Collectors.toMap(LicenceSummary::site, licence -> licence));
        Map<SiteId, StageSummary> stageBySite = stages.currentForVisibleSites().stream()
                .collect(Collectors.toMap(StageSummary::site, stage -> stage));
        return sites.visibleSites().stream().map(site -> row(site, Optional.ofNullable(licenceBySite.get(site.id())),
                stageBySite.get(site.id()), today, lastQuarter)).toList();
    }

    /** Only the sites at sustainability risk, without judging compliance: cheap enough for a home page. */
    public List<SiteRisk> atRisk() {
        LocalDate today = UkTime.today();
        return sites.visibleSites().stream()
                .map(site -> new SiteRisk(site.id(), site.name(), risks(site, licences.current(site.id()), today)))
                .filter(risk -> !risk.reasons().isEmpty()).toList();
    }

    /** A site at risk and the reasons, in words. */
    public record SiteRisk(SiteId site, String siteName, List<String> reasons) {
    }

    private SiteLifecycleRow row(SiteSummary site, Optional<LicenceSummary> licence, StageSummary recordedStage,
                                 LocalDate today, ReportingPeriod lastQuarter) {
        StageSummary stage = recordedStage != null ? recordedStage
                : new StageSummary(site.id(), ImplementationStage.EXPLORING, today);
        return new SiteLifecycleRow(site.id(), site.name(), stage.stage(), stage.since(),
                TimeInStage.inWords(stage.since(), today), licence.map(LicenceSummary::state).orElse(null),
                licence.map(LicenceSummary::endsOn).orElse(null),
                compliance.forSite(site.id(), lastQuarter).overall(), funding.securedUntil(site.id()).orElse(null),
                warnings.warning(site.id()).tier(), risks(site, licence, today));
    }

    private List<String> risks(SiteSummary site, Optional<LicenceSummary> licence, LocalDate today) {
        LocalDate licenceEnd = licence.filter(LicenceSummary::inForce).map(LicenceSummary::endsOn).orElse(null);
        LocalDate fundingEnd = funding.securedUntil(site.id()).orElse(null);
        LocalDate lastPlanned = delivery.plannedSessionHours(site.id(), today, today.plusYears(PLANNING_HORIZON_YEARS))
                .stream().map(DeliveryOverview.PlannedSessionHours::date).max(LocalDate::compareTo).orElse(null);
        return SustainabilityRiskPolicy.reasons(fundingEnd, licenceEnd, lastPlanned);
    }
}
