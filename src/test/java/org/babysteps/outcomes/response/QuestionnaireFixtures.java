package org.babysteps.outcomes.response;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
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
import org.babysteps.family.Participant;
import org.babysteps.family.ReferralDetails;
import org.babysteps.family.Referrer;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.InstrumentItem;
import org.babysteps.outcomes.ResponseOption;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;

/** Families of the north demo site made for questionnaire tests, each with its own made-up names. */
final class QuestionnaireFixtures {

    static final String MIDWIFE = "midwife@north.demo";

    private final SignedIn signedIn;
    private final FamilyRegistration registration;
    private final Consents consents;
    private final Families families;

    QuestionnaireFixtures(SignedIn signedIn, FamilyRegistration registration, Consents consents, Families families) {
        this.signedIn = signedIn;
        this.registration = registration;
        this.consents = consents;
        this.families = families;
    }

    /** A couple referred to the north site, with or without consent to evaluation use. */
    FamilyId couple(SiteId north, boolean evaluationConsent) {
        LocalDate today = UkTime.today();
        ReferralDetails details = new ReferralDetails(new Referrer("Midwife", "Test midwifery team"), today,
                today.plusWeeks(20), List.of(), null, List.of(parent(), parent()), null, "English", false,
                Set.of(ContactMethod.PHONE), null, null, false, null);
        return signedIn.as(MIDWIFE, () -> {
            FamilyId family = registration.refer(new NewReferral(north, details, true));
            if (evaluationConsent) {
                consents.give(family, new NewConsent(ConsentPurpose.EVALUATION_USE, today, parents(family).get(0).id(),
                        Set.of()));
            }
            return family;
        });
    }

    List<Participant> parents(FamilyId family) {
        return signedIn.as(MIDWIFE, () -> families.participants(List.of(family)).get(family));
    }

    UUID firstParent(FamilyId family) {
        return parents(family).get(0).id();
    }

    /** Answers giving every item of the instrument this score (each item's option whose score it is). */
    static Map<Integer, Integer> answersScoring(InstrumentDefinition instrument, int itemScore) {
        Map<Integer, Integer> answers = new TreeMap<>();
        for (InstrumentItem item : instrument.items()) {
            answers.put(item.number(), valueScoring(item, itemScore));
        }
        return answers;
    }

    static int valueScoring(InstrumentItem item, int score) {
        return item.options().stream().map(ResponseOption::value).filter(value -> item.score(value) == score)
                .findFirst().orElseThrow();
    }

    private static ParentDetails parent() {
        return new ParentDetails(name(), name(), LocalDate.of(1995, 3, 9),
                "07700 " + (100000 + ThreadLocalRandom.current().nextInt(900000)), null, null);
    }

    private static String name() {
        StringBuilder name = new StringBuilder("Qtest");
        for (int i = 0; i < 9; i++) {
            name.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
        }
        return name.toString();
    }
}
