package org.babysteps.outcomes.link;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.babysteps.SignedIn;
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
import org.babysteps.platform.UkTime;

/** A single parent referred to the north demo site through the family services, with a made-up unique name. */
public final class LinkFixtures {

    public static final String MIDWIFE = "midwife@north.demo";

    private final SignedIn signedIn;
    private final FamilyRegistration registration;
    private final Consents consents;
    private final Families families;

    public LinkFixtures(SignedIn signedIn, FamilyRegistration registration, Consents consents, Families families) {
        this.signedIn = signedIn;
        this.registration = registration;
        this.consents = consents;
        this.families = families;
    }

    public FamilyId singleParent(SiteId north, String firstName, boolean evaluationConsent) {
        LocalDate today = UkTime.today();
        ParentDetails parent = new ParentDetails(firstName, surname(), LocalDate.of(1996, 5, 14),
                "07700 " + (100000 + ThreadLocalRandom.current().nextInt(900000)), null, null);
        ReferralDetails details = new ReferralDetails(new Referrer("Midwife", "Link test midwifery team"), today,
                today.plusWeeks(20), List.of(), null, List.of(parent), null, "English", false,
                Set.of(ContactMethod.PHONE), null, null, false, null);
        return signedIn.as(MIDWIFE, () -> {
            FamilyId family = registration.refer(new NewReferral(north, details, true));
            if (evaluationConsent) {
                consents.give(family, new NewConsent(ConsentPurpose.EVALUATION_USE, today, parent(family), Set.of()));
            }
            return family;
        });
    }

    public UUID parent(FamilyId family) {
        return signedIn.as(MIDWIFE, () -> families.participants(List.of(family)).get(family).get(0).id());
    }

    private static String surname() {
        StringBuilder name = new StringBuilder("Linktest");
        for (int i = 0; i < 8; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }
}
