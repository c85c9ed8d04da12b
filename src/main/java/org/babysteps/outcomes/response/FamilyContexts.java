package org.babysteps.outcomes.response;

import java.util.List;
import org.babysteps.family.ConsentPurpose;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyId;
import org.babysteps.family.Participant;
import org.babysteps.family.ParticipantRole;
import org.babysteps.platform.NotFoundException;
import org.springframework.stereotype.Component;

/** Looks up a family as questionnaires need it, through the family module (which scopes and audits the read). */
@Component
class FamilyContexts {

    private final Families families;

    FamilyContexts(Families families) {
        this.families = families;
    }

    /** The family and its parents; 404 if the caller cannot see it. */
    FamilyContext of(FamilyId familyId) {
        var summary = families.find(familyId).orElseThrow(() -> new NotFoundException("Family"));
        List<Participant> parents = families.participants(List.of(familyId)).getOrDefault(familyId, List.of())
                .stream().filter(participant -> participant.role() == ParticipantRole.PARENT).toList();
        return new FamilyContext(summary, parents);
    }

    /** The family, after checking its consent to evaluation use (nothing is asked or saved without it). */
    FamilyContext askable(FamilyId familyId) {
        FamilyContext family = of(familyId);
        families.requireConsent(familyId, ConsentPurpose.EVALUATION_USE);
        return family;
    }
}
