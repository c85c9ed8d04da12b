package org.babysteps.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.babysteps.delivery.DeliveryOverview;
import org.babysteps.delivery.DeliveryOverview.PlannedSessionHours;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import java.util.Map;
import org.babysteps.reporting.CapacityPolicy;
import org.babysteps.reporting.CapacityWeek;
import org.babysteps.workforce.CapacityFacilitator;
import org.babysteps.reporting.Quarter;
import org.babysteps.reporting.TurnoverPolicy;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.workforce.CapacityDays;
import org.babysteps.workforce.CapacitySupply;
import org.babysteps.workforce.Supervision;
import org.babysteps.workforce.SupervisionCompliance;
import org.babysteps.workforce.SupervisionStatus;
import org.babysteps.workforce.TurnoverCount;
import org.springframework.stereotype.Service;

/**
 * Workforce figures per site: turnover in the last four quarters, capacity in the next four, and supervision.
 * Computed per request from a site's tens of practitioners and sessions; the national table will want a read
 * model once there are hundreds of sites.
 */
@Service
public class WorkforceReport {

    static final int QUARTERS = 4;

    private final Sites sites;
    private final DeliveryOverview delivery;
    private final CapacitySupply supply;
    private final Supervision supervision;
    private final Clock clock = Clock.systemDefaultZone();

    WorkforceReport(Sites sites, DeliveryOverview delivery, CapacitySupply supply, Supervision supervision) {
        this.sites = sites;
        this.delivery = delivery;
        this.supply = supply;
        this.supervision = supervision;
    }

    public SiteWorkforce siteWorkforce(SiteId id) {
        SiteSummary site = sites.find(id).orElseThrow(() -> new NotFoundException("Site"));
        LocalDate today = LocalDate.now(clock);
        List<QuarterTurnover> turnover = new ArrayList<>();
        Quarter quarter = Quarter.of(today);
        for (int i = 0; i < QUARTERS; i++, quarter = quarter.previous()) {
            turnover.add(0, turnover(id, quarter, quarter.start(), min(quarter.end(), today)));
        }
        return new SiteWorkforce(site, supply.rosterOn(id, today), turnover, capacityAhead(id, today),
                supervision.complianceAt(id));
    }

    /** The next four quarters, the current one from today. */
    public List<QuarterCapacity> capacityAhead(SiteId site, LocalDate today) {
        CapacityPolicy policy = new CapacityPolicy(supply.allowances());
        List<QuarterCapacity> ahead = new ArrayList<>();
        Quarter quarter = Quarter.of(today);
        for (int i = 0; i < QUARTERS; i++, quarter = quarter.next()) {
            LocalDate from = i == 0 ? today : quarter.start();
            List<PlannedSessionHours> planned = delivery.plannedSessionHours(site, from, quarter.end());
            ahead.add(new QuarterCapacity(quarter, policy.assessWeeks(weeks(site, from, quarter.end(), planned))));
        }
        return ahead;
    }

    /** Each week's planned sessions set against the facilitators' working days that week. */
    private List<CapacityWeek> weeks(SiteId site, LocalDate from, LocalDate to, List<PlannedSessionHours> planned) {
        Map<LocalDate, List<CapacityFacilitator>> supplyByWeek = supply.weeklyAt(site, from, to);
        List<LocalDate> starts = new ArrayList<>(supplyByWeek.keySet());
        List<CapacityWeek> weeks = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            LocalDate start = starts.get(i);
            LocalDate end = i + 1 < starts.size() ? starts.get(i + 1).minusDays(1) : to;
            List<PlannedSessionHours> inWeek = planned.stream()
                    .filter(day -> !day.date().isBefore(start) && !day.date().isAfter(end)).toList();
            weeks.add(new CapacityWeek(inWeek.stream().mapToInt(PlannedSessionHours::sessions).sum(),
                    inWeek.stream().mapToInt(PlannedSessionHours::minutes).sum(), CapacityDays.weekdays(start, end),
                    supplyByWeek.get(start)));
        }
        return weeks;
    }

    /** Every visible site's row: trained by agency type now, turnover over twelve months, shortfalls, supervision. */
    public List<SiteWorkforceRow> acrossSites() {
        LocalDate today = LocalDate.now(clock);
        return sites.visibleSites().stream().map(site -> {
            var inPost = supply.facilitatorsAt(site.id(), today, today);
            return new SiteWorkforceRow(site,
                    inPost.stream().filter(f -> f.trained() && f.agencyType().equals("HEALTH")).count(),
                    inPost.stream().filter(f -> f.trained() && f.agencyType().equals("CHILDRENS_SERVICES")).count(),
                    turnover(site.id(), Quarter.of(today), today.minusYears(1).plusDays(1), today),
                    capacityAhead(site.id(), today).stream().filter(q -> q.assessment().shortfall()).toList(),
                    supervision.complianceAt(site.id()).stream().filter(SupervisionCompliance::overdue).count());
        }).toList();
    }

    /** What a site lead's home page warns about: supervision due soon or overdue, and quarters short of staff. */
    public HomeWorkforce homeAlerts(SiteId site) {
        LocalDate today = LocalDate.now(clock);
        return new HomeWorkforce(supervision.complianceAt(site).stream()
                .filter(c -> c.due().status() != SupervisionStatus.UP_TO_DATE).toList(),
                capacityAhead(site, today).stream().filter(q -> q.assessment().shortfall()).toList());
    }

    /** The home page's workforce section for one site. */
    public record HomeWorkforce(List<SupervisionCompliance> supervisionDue, List<QuarterCapacity> shortfalls) {
    }

    private QuarterTurnover turnover(SiteId site, Quarter quarter, LocalDate from, LocalDate to) {
        TurnoverCount count = supply.turnoverAt(site, from, to);
        return new QuarterTurnover(quarter, count,
                TurnoverPolicy.rate(count.leavers(), count.headcountAtStart(), count.headcountAtEnd()));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
