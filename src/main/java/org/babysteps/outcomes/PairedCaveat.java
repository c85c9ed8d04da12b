package org.babysteps.outcomes;

/** Why part of a pre/post analysis is missing or how it was worked out, in words a report can show. */
public enum PairedCaveat {
    FEWER_THAN_TWO_PAIRS("Fewer than 2 people completed both questionnaires, so no test or interval can be worked out."),
    NO_VARIATION_IN_CHANGE("Everyone's score changed by the same amount, so the t-test, its confidence interval and the effect size cannot be worked out."),
    NO_CHANGE_AT_ALL("Nobody's score changed, so the signed-rank test cannot be worked out."),
    ZERO_CHANGES_LEFT_OUT_OF_SIGNED_RANK("People whose score did not change are left out of the signed-rank test."),
    SIGNED_RANK_APPROXIMATED("The signed-rank test uses the normal approximation (more than 30 changes, or tied changes)."),
    BASELINE_SD_USED("Reliable change is measured against this group's own baseline spread, because the questionnaire has no"
            + " published threshold or reference SD and fewer than " + ReferenceSd.MINIMUM_BASELINES + " parents across all"
            + " sites have a baseline score yet: it cannot be compared between sites or groups."),
    NO_SPREAD_FOR_RELIABLE_CHANGE("There is nothing to judge reliable change by: no published threshold or reference SD,"
            + " too few baselines across all sites, and too few or identical baseline scores in this group."),
    NO_CUT_OFF("The instrument has no clinical cut-off, so clinically significant change does not apply.");

    private final String explanation;

    PairedCaveat(String explanation) {
        this.explanation = explanation;
    }

    public String explanation() {
        return explanation;
    }
}
