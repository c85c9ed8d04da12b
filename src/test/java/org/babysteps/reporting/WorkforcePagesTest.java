package org.babysteps.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.delivery.DeliveryOverview;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.internal.QuarterCapacity;
import org.babysteps.reporting.internal.WorkforceReport;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Workforce pages on the demo data: capacity against planned sessions, turnover, supervision on the home page. */
@PlatformTest
@AutoConfigureMockMvc
class WorkforcePagesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    WorkforceReport report;
    @Autowired
    DeliveryOverview delivery;
    @Autowired
    Practitioners practitioners;

    private SignedIn signedIn;
    private SiteId north;

    @BeforeEach
    void northSite() {
        signedIn = new SignedIn(users);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }

    @Test
    void plannedSessionsAheadAreTheDemandAndUntrainedFacilitatorsLeaveAShortfall() {
        LocalDate today = LocalDate.now();
        List<DeliveryOverview.PlannedSessionHours> planned = signedIn.as("lead@north.demo",
                () -> delivery.plannedSessionHours(north, today, today.plusYears(1)));
        assertThat(planned).isNotEmpty().allSatisfy(day -> assertThat(day.minutes()).isEqualTo(day.sessions() * 120));
        List<QuarterCapacity> ahead = signedIn.as("lead@north.demo", () -> report.capacityAhead(north, today));
        assertThat(ahead).hasSize(4);
        int sessions = ahead.stream().mapToInt(q -> q.assessment().sessions()).sum();
        assertThat(sessions).isEqualTo(planned.stream().mapToInt(DeliveryOverview.PlannedSessionHours::sessions).sum());
        // each side of the pair needs the sessions' length plus an hour's preparation each (supervision/baby-steps.yml)
        assertThat(ahead).allSatisfy(q -> assertThat(q.assessment().health().neededHours())
                .isEqualByComparingTo(BigDecimal.valueOf(q.assessment().sessions() * 3L)));
        // untrained facilitators give no hours
        assertThat(ahead).filteredOn(q -> q.assessment().health().trainedFacilitators() == 0)
                .allSatisfy(q -> assertThat(q.assessment().health().availableHours()).isEqualByComparingTo("0"));
        assertThat(signedIn.as("lead@south.demo", () -> delivery.plannedSessionHours(north, today, today.plusYears(1)))).isEmpty();
    }

    @Test
    void aLeaverThisQuarterShowsInTurnover() {
        LocalDate today = LocalDate.now();
        signedIn.run("lead@north.demo", () -> practitioners.add(new PractitionerDetails(null, "Leaver (test) " + UUID.randomUUID(),
                null, Profession.FAMILY_SUPPORT_WORKER, Set.of(north), today.minusYears(2), today, new BigDecimal("7.5"),
                Set.of(ProgrammeRole.FACILITATOR))));
        var workforce = signedIn.as("lead@north.demo", () -> report.siteWorkforce(north));
        var thisQuarter = workforce.turnover().get(workforce.turnover().size() - 1);
        assertThat(thisQuarter.quarter()).isEqualTo(Quarter.of(today));
        assertThat(thisQuarter.count().leavers()).isGreaterThanOrEqualTo(1);
        assertThat(thisQuarter.rate()).isPresent();
    }

    @Test
    void theSiteLeadSeesCapacityAndSupervisionOnTheirPages() throws Exception {
        var lead = users.findByEmail("lead@north.demo").orElseThrow();
        // other tests may train the demo facilitators, so whether there is a shortfall is asked of the report
        boolean shortfall = signedIn.as("lead@north.demo", () -> report.capacityAhead(north, LocalDate.now())).stream()
                .anyMatch(q -> q.assessment().shortfall());
        mvc.perform(get("/sites/" + north + "/workforce").with(user(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Capacity for planned groups")))
                .andExpect(content().string(shortfall ? Matchers.containsString("Capacity shortfall in")
                        : Matchers.not(Matchers.containsString("Capacity shortfall in"))))
                .andExpect(content().string(Matchers.containsString("Facilitator turnover")));
        mvc.perform(get("/").with(user(lead)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Upcoming and overdue supervision")))
                .andExpect(content().string(Matchers.containsString("Overdue")));
        mvc.perform(get("/sites/" + north + "/workforce").with(user(users.findByEmail("lead@south.demo").orElseThrow())))
                .andExpect(status().isNotFound());
    }

    @Test
    void theLicensorSeesEverySiteInOneTable() throws Exception {
        mvc.perform(get("/workforce").with(user(users.findByEmail("manager@licensor.demo").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("North Demo Site")))
                .andExpect(content().string(Matchers.containsString("South Demo Site")));
        mvc.perform(get("/workforce").with(user(users.findByEmail("lead@north.demo").orElseThrow())))
                .andExpect(status().isForbidden());
    }
}
