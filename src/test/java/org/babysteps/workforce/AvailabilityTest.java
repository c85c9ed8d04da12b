package org.babysteps.workforce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Set;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.internal.PractitionerStore;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Usual weeks and leave: kept by the practitioner or their site lead, hidden from everyone else. */
@PlatformTest
@AutoConfigureMockMvc
class AvailabilityTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    PractitionerStore store;
    @Autowired
    Practitioners practitioners;
    @Autowired
    Availability availability;

    private SignedIn signedIn;
    private PractitionerId newcomer;
    private final LocalDate nextTuesday = LocalDate.now().with(TemporalAdjusters.next(DayOfWeek.TUESDAY));

    @BeforeEach
    void aNorthFacilitator() {
        signedIn = new SignedIn(users);
        SupervisionFixture fixture = new SupervisionFixture(jdbc, users, store, practitioners);
        SiteId north = fixture.site("North Demo Site");
        newcomer = signedIn.as("lead@north.demo", () -> fixture.add(north, Profession.MIDWIFE, LocalDate.now().minusYears(1),
                ProgrammeRole.FACILITATOR));
    }

    @Test
    void theLeadSetsAUsualWeekAndLeaveThatOthersCanAskAbout() {
        signedIn.run("lead@north.demo", () -> {
            availability.saveUsualWeek(newcomer, Set.of(new AvailabilitySlot(DayOfWeek.TUESDAY, AvailabilityPartOfDay.MORNING)));
            assertThat(availability.isAvailable(newcomer, nextTuesday, LocalTime.of(10, 0))).isTrue();
            availability.addLeave(newcomer, nextTuesday, nextTuesday.plusDays(3), "Annual leave");
            assertThat(availability.isAvailable(newcomer, nextTuesday, LocalTime.of(10, 0))).isFalse();
            assertThat(availability.isAvailable(newcomer, nextTuesday.plusWeeks(1), LocalTime.of(10, 0))).isTrue();
        });
        // a facilitator of the site may ask whether a colleague is free, but not read their leave
        signedIn.run("midwife@north.demo", () -> {
            assertThat(availability.isAvailable(newcomer, nextTuesday.plusWeeks(1), LocalTime.of(10, 0))).isTrue();
            assertThatThrownBy(() -> availability.plan(newcomer)).isInstanceOf(NotFoundException.class);
        });
        signedIn.run("lead@south.demo", () -> assertThatThrownBy(() -> availability.isAvailable(newcomer, nextTuesday,
                LocalTime.NOON)).isInstanceOf(NotFoundException.class));
    }

    @Test
    void leaveEndingBeforeItStartsIsRefusedAndNothingSaved() {
        signedIn.run("lead@north.demo", () -> {
            assertThatThrownBy(() -> availability.addLeave(newcomer, nextTuesday, nextTuesday.minusDays(1), null))
                    .isInstanceOf(WorkforceRuleException.class).extracting("field").isEqualTo("endsOn");
            assertThat(availability.plan(newcomer).leave()).isEmpty();
        });
    }

    @Test
    void aFacilitatorKeepsTheirOwnWeekOnThePage() throws Exception {
        var midwife = users.findByEmail("midwife@north.demo").orElseThrow();
        PractitionerId own = store.ofUser(midwife.userId()).orElseThrow().id();
        mvc.perform(get("/availability").with(user(midwife)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/practitioners/" + own + "/availability").with(csrf()).with(user(midwife))
                        .param("slots", "MONDAY-MORNING", "THURSDAY-AFTERNOON"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/practitioners/" + own + "/availability").with(user(midwife)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("value=\"THURSDAY-AFTERNOON\" checked")));
        mvc.perform(post("/practitioners/" + own + "/availability/leave").with(csrf()).with(user(midwife))
                        .param("startsOn", "2027-02-30").param("endsOn", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("id=\"startsOn-error\"")))
                .andExpect(content().string(Matchers.containsString("id=\"endsOn-error\"")));
        // another facilitator's record is not found for them
        mvc.perform(get("/practitioners/" + newcomer + "/availability").with(user(midwife)))
                .andExpect(status().isNotFound());
    }
}
