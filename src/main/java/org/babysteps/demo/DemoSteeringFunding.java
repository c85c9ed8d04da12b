package org.babysteps.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.site.Agency;
import org.babysteps.site.AgencyType;
import org.babysteps.site.FundingStatus;
import org.babysteps.site.SiteAdministration;
import org.babysteps.site.Sites;
import org.babysteps.site.funding.FundingService;
import org.babysteps.site.funding.FundingStreamDetails;
import org.babysteps.site.steering.MeetingRecord;
import org.babysteps.site.steering.NewAction;
import org.babysteps.site.steering.NewMember;
import org.babysteps.site.steering.Seniority;
import org.babysteps.site.steering.SteeringGroupChanges;
import org.springframework.stereotype.Component;

/**
 * North's steering group (members of its three partner agencies and its commissioner, three meetings, one action
 * overdue) and funding that ends within six months with a follow-on bid in; South's own secured funding.
 */
@Component
class DemoSteeringFunding {

    private final SteeringGroupChanges steering;
    private final FundingService funding;
    private final SiteAdministration administration;
    private final Sites sites;

    DemoSteeringFunding(SteeringGroupChanges steering, FundingService funding, SiteAdministration administration,
                        Sites sites) {
        this.steering = steering;
        this.funding = funding;
        this.administration = administration;
        this.sites = sites;
    }

    void seed(DemoSites.Seeded seeded) {
        LocalDate today = UkTime.today();
        seedNorthSteering(seeded.sites().get("north"), today);
        seedFunding(seeded.sites().get("north"), seeded.sites().get("south"), today);
    }

    private void seedNorthSteering(SiteId north, LocalDate today) {
        Map<AgencyType, AgencyId> agency = sites.agenciesOf(north).stream()
                .collect(Collectors.toMap(Agency::type, Agency::id, (a, b) -> a));
        AgencyId health = agency.get(AgencyType.HEALTH);
        AgencyId council = agency.get(AgencyType.CHILDRENS_SERVICES);
        AgencyId charity = agency.get(AgencyType.VOLUNTARY);
        UUID director = member(north, "Dana Director-Nursing (demo)", health, null, "Director of Nursing and Midwifery", Seniority.STRATEGIC);
        UUID headOfService = member(north, "Harriet Head-of-Early-Help (demo)", council, null, "Head of Early Help", Seniority.STRATEGIC);
        UUID charityChief = member(north, "Fay Family-Charity-Chief (demo)", charity, null, "Chief Executive", Seniority.STRATEGIC);
        UUID commissioner = member(north, "Cleo Commissioner-North (demo)", null, "Northshire Integrated Care Board (demo)",
                "Commissioning Manager, Children and Maternity", Seniority.STRATEGIC);
        UUID maternity = member(north, "Omar Maternity-Manager (demo)", health, null, "Community Maternity Services Manager", Seniority.OPERATIONAL);
        UUID lead = member(north, "Nia North-Lead (demo)", council, null, "Baby Steps Operational Lead", Seniority.OPERATIONAL);
        UUID practice = member(north, "Pat Practice-Lead (demo)", health, null, "Health Visiting Practice Lead", Seniority.PRACTICE);

        UUID first = steering.recordMeeting(north, new MeetingRecord(today.minusDays(150),
                Set.of(director, headOfService, charityChief, commissioner, lead, practice),
                "Terms of reference agreed.\nThe group reviewed the readiness assessment and the plan for the first groups.",
                List.of("Adopt the terms of reference", "Meet every two months", "Ask each agency to name a lead champion")));
        UUID second = steering.recordMeeting(north, new MeetingRecord(today.minusDays(90),
                Set.of(director, headOfService, commissioner, maternity, lead, practice),
                "First group under way; venue for the next group not yet confirmed.\nReferral numbers from midwifery below plan.",
                List.of("Midwifery team to refer at the 20-week scan", "Venue for the next group to be confirmed within two months")));
        steering.memberLeft(north, practice, 0, today.minusDays(60));
        UUID third = steering.recordMeeting(north, new MeetingRecord(today.minusDays(30),
                Set.of(headOfService, charityChief, commissioner, maternity, lead),
                "Funding from the Integrated Care Board ends within six months; a follow-on bid has been submitted.",
                List.of("Prepare the evidence pack for re-commissioning", "Pat Practice-Lead's place to be filled by the next meeting")));
        UUID done = steering.addAction(north, new NewAction("Agree protected time for facilitators in job plans",
                headOfService, today.minusDays(100), first));
        steering.completeAction(north, done, 0, today.minusDays(95));
        steering.addAction(north, new NewAction("Confirm the venue and transport for the next antenatal group",
                maternity, today.minusDays(21), second));
        steering.addAction(north, new NewAction("Draft the re-commissioning case for the Integrated Care Board",
                lead, today.plusDays(30), third));
        steering.addAction(north, new NewAction("Share the information sharing protocol with the family charity",
                charityChief, today.plusDays(14), null));
    }

    private void seedFunding(SiteId north, SiteId south, LocalDate today) {
        Function<String, AgencyId> commissioner = name -> administration.findOrCreateAgency(name, AgencyType.COMMISSIONER).id();
        AgencyId icb = commissioner.apply("Northshire Integrated Care Board (demo)");
        LocalDate northEnds = today.plusMonths(5);
        funding.create(north, new FundingStreamDetails(icb, null, "Cleo Commissioner-North (demo)", "commissioner@north.demo",
                new BigDecimal("240000.00"), today.minusMonths(18), northEnds,
                "Facilitator time, training and venues for eight groups a year", FundingStatus.SECURED));
        funding.create(north, new FundingStreamDetails(null, "Northshire Council Public Health (demo)", "Raj Public-Health (demo)",
                "public.health@northshire.demo", new BigDecimal("180000.00"), northEnds.plusDays(1), northEnds.plusYears(2),
                "Continued delivery for two years after the current funding ends", FundingStatus.BID_SUBMITTED));
        AgencyId southmoor = commissioner.apply("Southmoor Council Public Health (demo)");
        funding.create(south, new FundingStreamDetails(southmoor, null, "Sasha Public-Health-South (demo)", "public.health@southmoor.demo",
                new BigDecimal("150000.00"), today.minusMonths(10), today.plusMonths(14),
                "Delivery of six groups a year and facilitator supervision", FundingStatus.SECURED));
    }

    private UUID member(SiteId site, String name, AgencyId agency, String organisation, String role, Seniority seniority) {
        return steering.addMember(site, new NewMember(name, agency, organisation, role, seniority));
    }
}
