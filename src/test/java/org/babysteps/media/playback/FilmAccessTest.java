package org.babysteps.media.playback;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.SystemIdentity;
import org.babysteps.identity.UserAccounts;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.media.upload.Uploads;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.workforce.PractitionerDetails;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.Profession;
import org.babysteps.workforce.ProgrammeRole;
import org.babysteps.workforce.Supervision;
import org.babysteps.workforce.SupervisionFormat;
import org.babysteps.workforce.SupervisionSessionDetails;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A family's film plays for the people who work with the family, their supervisor and the site lead; everyone else,
 * whatever they may see elsewhere, finds no such film; and without current filming consent nothing plays.
 */
@PlatformTest
@AutoConfigureMockMvc
class FilmAccessTest {

    @Autowired MockMvc mvc;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;
    @Autowired Uploads uploads;
    @Autowired UserAccounts accounts;
    @Autowired Practitioners practitioners;
    @Autowired Supervision supervision;

    private UUID family;
    private UUID video;

    @BeforeEach
    void aFilmOfANorthFamily() {
        FilmFixture fixture = new FilmFixture(uploads, users, jdbc);
        family = fixture.family();
        video = fixture.upload(family, FilmFixture.bytes(200_000, 21), 120_000);
    }

    @Test
    void theFamilysFacilitatorWatches() throws Exception {
        play(FilmFixture.MIDWIFE).andExpect(status().isOk());
    }

    @Test
    void theSiteLeadWatches() throws Exception {
        play("lead@north.demo").andExpect(status().isOk());
    }

    @Test
    void theFacilitatorsSupervisorWatches() throws Exception {
        String supervisor = northAccount("supervisor", Role.FACILITATOR);
        SystemIdentity.runAs("test", Set.of(Role.LICENSOR_ADMIN), () -> {
            SiteId north = new SiteId(northSite());
            PractitionerId supervisorId = practitioners.add(new PractitionerDetails(account(supervisor).userId(),
                    "Test Supervisor", null, Profession.SOCIAL_WORKER, Set.of(north), LocalDate.now().minusYears(1),
                    null, BigDecimal.ONE, Set.of(ProgrammeRole.SUPERVISOR)));
            supervision.record(new SupervisionSessionDetails(north, supervisorId, Set.of(practitionerOf(FilmFixture.MIDWIFE)),
                    LocalDate.now(), 60, SupervisionFormat.INDIVIDUAL, null));
        });
        play(supervisor).andExpect(status().isOk());
    }

    @Test
    void anotherFacilitatorOfTheSameSiteWhoDoesNotWorkWithTheFamilyFindsNothing() throws Exception {
        play(northAccount("stranger", Role.FACILITATOR)).andExpect(status().isNotFound());
    }

    @Test
    void anotherSitesLeadTheLicensorAndACommissionerFindNothing() throws Exception {
        for (String other : new String[] {"lead@south.demo", "midwife@south.demo", "admin@licensor.demo",
                "manager@licensor.demo", "commissioner@north.demo"}) {
            play(other).andExpect(status().isNotFound());
        }
    }

    @Test
    void withoutCurrentConsentToFilmingNothingPlaysAndThePageSaysWhy() throws Exception {
        jdbc.sql("update consent set withdrawn_on = current_date where family_id = ? and purpose = 'FILMING'"
                + " and withdrawn_on is null").param(family).update();
        try {
            play(FilmFixture.MIDWIFE).andExpect(status().isForbidden())
                    .andExpect(content().string(containsString("consent to filming is not recorded, or it has been withdrawn")));
        } finally {
            jdbc.sql("update consent set withdrawn_on = null where family_id = ? and purpose = 'FILMING'"
                    + " and withdrawn_on = current_date").param(family).update();
        }
    }

    @Test
    void aMalformedOrUnknownFilmIsNotFound() throws Exception {
        mvc.perform(get("/videos/not-a-film/stream").with(user(account(FilmFixture.MIDWIFE)))).andExpect(status().isNotFound());
        mvc.perform(get("/videos/{id}/stream", UUID.randomUUID()).with(user(account(FilmFixture.MIDWIFE))))
                .andExpect(status().isNotFound());
    }

    private ResultActions play(String email) throws Exception {
        return mvc.perform(get("/videos/{id}/stream", video).with(user(account(email))));
    }

    private String northAccount(String who, Role role) {
        String email = who + "-" + UUID.randomUUID() + "@north.test";
        SystemIdentity.runAs("test", Set.of(Role.LICENSOR_ADMIN), () -> accounts.create(new NewUserAccount(email,
                "Test " + who, null, Set.of(role), Set.of(new SiteId(northSite())), "a-long-password-1")));
        return email;
    }

    private UUID northSite() {
        return jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single();
    }

    private PractitionerId practitionerOf(String email) {
        UserId user = account(email).userId();
        return new PractitionerId(jdbc.sql("select id from practitioner where user_id = ?").param(user.value())
                .query(UUID.class).single());
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
