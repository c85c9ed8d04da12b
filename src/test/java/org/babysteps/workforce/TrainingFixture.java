package org.babysteps.workforce;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.ProgrammeId;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Practitioners, accredited trainers and past course runs for training tests, made through the services. */
@org.springframework.stereotype.Component
class TrainingFixture {

    static final String ADMIN = "admin@licensor.demo";
    static final String PASSWORD = "trainer-password-1";
    static final ProgrammeId BABY_STEPS = new ProgrammeId("baby-steps");

    private final JdbcClient jdbc;
    private SiteId north;
    private SiteId south;
    private final SignedIn signedIn;
    private final Practitioners practitioners;
    private final TrainingRecords records;
    private final CourseRuns runs;
    private final RunMembers members;
    private final EventRegisters registers;
    private final UserAccounts accounts;

    TrainingFixture(JdbcClient jdbc, UserStore users, Practitioners practitioners, TrainingRecords records,
                    CourseRuns runs, RunMembers members, EventRegisters registers, UserAccounts accounts) {
        this.jdbc = jdbc;
        this.signedIn = new SignedIn(users);
        this.practitioners = practitioners;
        this.records = records;
        this.runs = runs;
        this.members = members;
        this.registers = registers;
        this.accounts = accounts;
    }

    /** The demo sites, looked up when first needed: the demo data is seeded after the context starts. */
    SiteId north() {
        if (north == null) {
            north = site(jdbc, "North Demo Site");
        }
        return north;
    }

    SiteId south() {
        if (south == null) {
            south = site(jdbc, "South Demo Site");
        }
        return south;
    }

    private static SiteId site(JdbcClient jdbc, String name) {
        return new SiteId(jdbc.sql("select id from site where name = ?").param(name).query(UUID.class).single());
    }

    PractitionerId practitioner(SiteId site, String name, UserId user, ProgrammeRole... roles) {
        return signedIn.as(ADMIN, () -> practitioners.add(new PractitionerDetails(user, name + " " + unique(), null,
                Profession.MIDWIFE, Set.of(site), LocalDate.now().minusYears(3), null, BigDecimal.valueOf(7.5),
                Set.of(roles))));
    }

    PractitionerId facilitator(SiteId site) {
        return practitioner(site, "Trainee", null, ProgrammeRole.FACILITATOR);
    }

    /** A site trainer with a sign-in account (TRAINER role) and a directly granted accreditation. */
    TrainerAccount trainerWithAccount(SiteId site) {
        String email = "trainer-" + unique() + "@north.test";
        UserId user = signedIn.as(ADMIN, () -> accounts.create(new NewUserAccount(email, "Trainer " + email, null,
                Set.of(Role.TRAINER), Set.of(site), PASSWORD)));
        PractitionerId id = practitioner(site, "Trainer", user, ProgrammeRole.TRAINER);
        accredit(id);
        return new TrainerAccount(email, id);
    }

    record TrainerAccount(String email, PractitionerId id) {
    }

    PractitionerId accreditedTrainer(SiteId site) {
        PractitionerId id = practitioner(site, "Licensor trainer", null, ProgrammeRole.TRAINER);
        accredit(id);
        return id;
    }

    void accredit(PractitionerId id) {
        signedIn.run(ADMIN, () -> records.accredit(id, BABY_STEPS, LocalDate.now().minusYears(1), 24, 60));
    }

    /** A facilitator course run at a site whose three events start on {@code firstDay} and every two weeks after. */
    CourseRunId run(String course, SiteId site, LocalDate firstDay, PractitionerId trainer) {
        int events = course.equals("baby-steps-trainer") ? 2 : 3;
        List<LocalDate> days = java.util.stream.IntStream.range(0, events).mapToObj(i -> firstDay.plusWeeks(2L * i)).toList();
        return signedIn.as(ADMIN, () -> {
            CourseRunId id = runs.plan(new NewCourseRun(course, site, "Training room, Demo House", false, days));
            members.addTrainer(id, trainer);
            return id;
        });
    }

    void attendAll(CourseRunId run, List<PractitionerId> present, List<PractitionerId> absent) {
        signedIn.run(ADMIN, () -> {
            for (CourseEventView event : runs.find(run).events()) {
                registers.save(run, event.number(), marks(present, absent));
            }
        });
    }

    static Map<PractitionerId, Boolean> marks(List<PractitionerId> present, List<PractitionerId> absent) {
        Map<PractitionerId, Boolean> marks = new HashMap<>();
        present.forEach(p -> marks.put(p, true));
        absent.forEach(p -> marks.put(p, false));
        return marks;
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
