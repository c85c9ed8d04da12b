package org.babysteps.family.internal;

import java.util.List;
import org.babysteps.family.FamilyDetailsRejectedException;
import org.babysteps.family.FieldProblem;
import org.babysteps.family.ReferralDetails;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.ProgrammeId;
import org.babysteps.programme.Programmes;
import org.springframework.stereotype.Component;

/**
 * The referral rules with the lists of the programme a family is referred to: the current programme for a new
 * referral, the version a family was referred under for an edit (so a reason later dropped from the list still
 * reads as it did).
 */
@Component
public class ReferralRules {

    private final Programmes programmes;
    private final Today today;

    ReferralRules(Programmes programmes, Today today) {
        this.programmes = programmes;
        this.today = today;
    }

    public ProgrammeDefinition forNewReferrals() {
        return programmes.defaultProgramme();
    }

    public ProgrammeDefinition referredUnder(FamilyRow family) {
        return programmes.find(new ProgrammeId(family.programmeId()), family.programmeVersion())
                .orElseGet(programmes::defaultProgramme);
    }

    public List<FieldProblem> problems(ReferralDetails referral, ProgrammeDefinition programme) {
        return new ReferralPolicy(programme.referralSources(), programme.vulnerabilityFactors())
                .problems(ReferralTidy.tidy(referral), today.date());
    }

    /** Throws with every problem unless the referral makes sense. */
    public void check(ReferralDetails referral, ProgrammeDefinition programme) {
        List<FieldProblem> problems = problems(referral, programme);
        if (!problems.isEmpty()) {
            throw new FamilyDetailsRejectedException(problems);
        }
    }
}
