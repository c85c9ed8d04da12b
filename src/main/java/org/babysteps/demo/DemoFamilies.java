package org.babysteps.demo;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.ContactMethod;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.FamilyJourney;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.family.JourneyStage;
import org.babysteps.family.JourneyStep;
import org.babysteps.family.NewConsent;
import org.babysteps.family.NewReferral;
import org.babysteps.family.ParentDetails;
import org.babysteps.family.Participant;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.family.SupporterDetails;
import org.babysteps.family.BirthDetails;
import org.babysteps.family.Consents;
import org.babysteps.family.DeliveryMode;
import org.babysteps.platform.SiteId;
import org.springframework.stereotype.Component;

/** Synthetic families: every surname says "(demo)", every phone number is from the drama range. */
@Component
class DemoFamilies {

    private static final String[] FIRST = {"Amira", "Beth", "Chloe", "Dana", "Erin", "Fatima", "Grace", "Hana", "Iris",
            "Jade", "Kira", "Lena", "Mia", "Nora", "Olivia", "Priya", "Rosa", "Sara", "Tia", "Zara"};
    private static final String[] PARTNER = {"Adam", "Ben", "Carl", "Dev", "Eli", "Finn", "Gus", "Hal", "Ivan", "Jon"};
    private static final String[] LAST = {"Khan", "Jones", "Okafor", "Smith", "Novak", "Patel", "Evans", "Reid",
            "Silva", "Moore", "Walsh", "Ahmed", "Brown", "Clarke", "Davies", "Ellis", "Frost", "Green", "Hughes", "Iqbal"};

    private final FamilyRegistration registration;
    private final Consents consents;
    private final FamilyJourney journey;
    private final Families families;
    private int next;

    DemoFamilies(FamilyRegistration registration, Consents consents, FamilyJourney journey, Families families) {
        this.registration = registration;
        this.consents = consents;
        this.journey = journey;
        this.families = families;
    }

    /** Refers a family with its consent to take part (and to filming and evaluation use). */
    FamilyId refer(SiteId site, LocalDate referredOn, LocalDate due, boolean couple) {
        int n = next++;
        String last = LAST[n % LAST.length] + " (demo)";
        List<ParentDetails> parents = couple
                ? List.of(parent(FIRST[n % FIRST.length], last, n), parent(PARTNER[n % PARTNER.length], last, n + 50))
                : List.of(parent(FIRST[n % FIRST.length], last, n));
        SupporterDetails supporter = couple ? null : new SupporterDetails("Pat " + last, "Mother");
        ReferralDetails details = new ReferralDetails(new Referrer(n % 2 == 0 ? "Midwife" : "Health visitor",
                "Demo community midwifery team"), referredOn, due, factors(n), null, parents,
                supporter, "English", false, Set.of(ContactMethod.PHONE, ContactMethod.TEXT), "Weekday mornings",
                n % 3 == 0 ? "Needs a lift to the venue" : null, n % 3 == 0, null);
        FamilyId id = registration.refer(new NewReferral(site, details, true));
        UUID parentId = participants(id).get(0).id();
        for (ConsentPurpose purpose : List.of(ConsentPurpose.TAKE_PART, ConsentPurpose.FILMING, ConsentPurpose.EVALUATION_USE)) {
            consents.give(id, new NewConsent(purpose, referredOn, parentId, Set.of()));
        }
        return id;
    }

    /** A realistic spread of reasons for referral: most are first-time parents, many with something more. */
    private static List<String> factors(int n) {
        List<String> factors = new java.util.ArrayList<>(List.of("First-time parent"));
        if (n % 3 == 0) {
            factors.add("Social isolation");
        }
        if (n % 4 == 1) {
            factors.add("Mental health difficulty");
        }
        if (n % 5 == 2) {
            factors.add("Young parent (under 20)");
        }
        if (n % 6 == 3) {
            factors.add("Financial hardship");
        }
        if (n % 7 == 4) {
            factors.add("Housing problems");
        }
        return factors;
    }

    void step(FamilyId family, JourneyStage stage, LocalDate on, String reason) {
        journey.record(family, new JourneyStep(stage, on, reason));
    }

    void born(FamilyId family, LocalDate on) {
        registration.recordBirth(family, new BirthDetails(on, 39, 3, 3300 + (next % 5) * 90,
                next % 4 == 0 ? DeliveryMode.EMERGENCY_CAESAREAN : DeliveryMode.SPONTANEOUS_VAGINAL, null));
    }

    List<Participant> participants(FamilyId family) {
        return families.participants(List.of(family)).getOrDefault(family, List.of());
    }

    private static ParentDetails parent(String first, String last, int n) {
        return new ParentDetails(first, last, LocalDate.of(1990 + n % 12, 1 + n % 12, 1 + n % 27),
                String.format("07700 900%03d", n % 1000), null, null);
    }
}
