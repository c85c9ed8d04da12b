package org.babysteps.outcomes;

import java.util.EnumSet;
import java.util.Set;
import org.babysteps.outcomes.analysis.SmallCounts;

/**
 * Secondary suppression: figures that are each large enough to show but would give away a small group by
 * subtraction. Birth parents' figures beside all parents' tell the partners' (n = all − birth parents, and their mean
 * from the two means); a pooled line beside one of its parts tells the rest.
 */
public final class GroupDisclosure {

    private GroupDisclosure() {
    }

    /**
     * The parent groups to show only within "all parents" for this audience: the other of birth parents and partners
     * when one of them has between 1 and 4 pairs. A group of 0 gives nothing away.
     */
    public static Set<ParentGroup> hiddenAlongside(OutcomeAnalysis analysis, PairedAudience audience) {
        Set<ParentGroup> hidden = EnumSet.noneOf(ParentGroup.class);
        if (audience == PairedAudience.OWN_SITE) {
            return hidden;
        }
        int birthParents = pairs(analysis, ParentGroup.BIRTH_PARENTS);
        int partners = pairs(analysis, ParentGroup.PARTNERS);
        if (small(partners) && birthParents >= SmallCounts.THRESHOLD) {
            hidden.add(ParentGroup.BIRTH_PARENTS);
        }
        if (small(birthParents) && partners >= SmallCounts.THRESHOLD) {
            hidden.add(ParentGroup.PARTNERS);
        }
        return hidden;
    }

    /** Whether a pooled figure may stand beside one of its parts: the rest is nobody, or at least 5. */
    public static boolean poolShownBeside(int pooled, int part) {
        int rest = pooled - part;
        return rest == 0 || !small(rest);
    }

    /**
     * Whether a pooled figure may stand beside its shown parts when the rest is made of {@code hiddenParts} parts,
     * each shown only as "fewer than 5" and known to be at least {@code least}: the rest passes
     * {@link #poolShownBeside}, and is not a sum those parts reach only when every one of them has the least or the
     * most it could (two parts of "fewer than 5" that add up to 8 are 4 each).
     */
    public static boolean restShownBeside(int pooled, int shownParts, int hiddenParts, int least) {
        int rest = pooled - shownParts;
        if (rest == 0 || !poolShownBeside(pooled, shownParts)) {
            return rest == 0;
        }
        return rest != hiddenParts * least && rest != hiddenParts * (SmallCounts.THRESHOLD - 1);
    }

    /** Why a group is shown only within all parents, in words. */
    public static String hiddenReason(ParentGroup hidden) {
        ParentGroup other = hidden == ParentGroup.BIRTH_PARENTS ? ParentGroup.PARTNERS : ParentGroup.BIRTH_PARENTS;
        return "Results for " + hidden.plural() + " are shown only within all parents, because there are fewer than "
                + SmallCounts.THRESHOLD + " " + other.plural() + " and theirs could otherwise be worked out.";
    }

    private static int pairs(OutcomeAnalysis analysis, ParentGroup group) {
        return analysis.group(group).map(outcome -> outcome.result().n()).orElse(0);
    }

    private static boolean small(int n) {
        return n > 0 && n < SmallCounts.THRESHOLD;
    }
}
