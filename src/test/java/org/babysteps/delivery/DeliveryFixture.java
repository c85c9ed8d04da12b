package org.babysteps.delivery;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Consents;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.NewConsent;
import org.babysteps.family.NewReferral;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UserId;
import org.babysteps.programme.Programmes;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Builds delivery test records at the north demo site; call it while signed in as the north lead. */
@org.springframework.stereotype.Component
class DeliveryFixture {

    private SiteId north;
    private final Roster roster;
    private final Venues venues;
    private final GroupPlanning planning;
    private final FamilyRegistration registration;
    private final Consents consents;
    private final Families families;
    private final Programmes programmes;
    private final JdbcClient jdbc;

    @org.springframework.beans.factory.annotation.Autowired
    DeliveryFixture(JdbcClient jdbc, Roster roster, Venues venues, GroupPlanning planning, FamilyRegistration registration,
                    Consents consents, Families families, Programmes programmes) {
        this.jdbc = jdbc;
        this.roster = roster;
        this.venues = venues;
        this.planning = planning;
        this.registration = registration;
        this.consents = consents;
        this.families = families;
        this.programmes = programmes;
    }

    /** The north demo site, looked up when first needed: the demo data is seeded after the context starts. */
    SiteId north() {
        if (north == null) {
            north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        }
        return north;
    }

    /** A new pair of roster entries (new accounts are not needed: the roster only records who and what type). */
    List<FacilitatorId> pair(boolean bothTrained) {
        LocalDate trained = LocalDate.now().minusYears(1);
        FacilitatorId health = roster.add(north(), UserId.random(), "Test Midwife " + UUID.randomUUID(), "HEALTH", trained);
        FacilitatorId childrens = roster.add(north(), UserId.random(), "Test Family Worker " + UUID.randomUUID(),
                "CHILDRENS_SERVICES", bothTrained ? trained : null);
        return List.of(health, childrens);
    }

    GroupId group(LocalDate start, List<FacilitatorId> facilitators) {
        VenueId venue = venues.add(north(), "Test venue " + UUID.randomUUID(), "1 Test Road", 20, null);
        return planning.create(new NewGroup(north(), programmes.defaultProgramme().id(), "Test group " + UUID.randomUUID(),
                venue, false, start, LocalTime.of(10, 0), 120, facilitators));
    }

    /** A family due {@code weeksAfterStart} after {@code start}, with consent to take part unless told otherwise. */
    FamilyId family(LocalDate start, int weeksAfterStart, boolean consent) {
        String last = "Fixture" + UUID.randomUUID().toString().substring(0, 8);
        ReferralDetails details = new ReferralDetails(new Referrer("Midwife", "Test team"), start.minusWeeks(6),
                start.plusWeeks(weeksAfterStart), List.of(), null,
                List.of(new ParentDetails("Test", last, LocalDate.of(1995, 5, 5), null, null, null)), null, "English",
                false, Set.of(ContactMethod.PHONE), null, null, false, null);
        FamilyId id = registration.refer(new NewReferral(north(), details, true));
        if (consent) {
            UUID parent = families.participants(List.of(id)).get(id).get(0).id();
            consents.give(id, new NewConsent(ConsentPurpose.TAKE_PART, start.minusWeeks(6), parent, Set.of()));
        }
        return id;
    }

    JdbcClient jdbc() {
        return jdbc;
    }
}
