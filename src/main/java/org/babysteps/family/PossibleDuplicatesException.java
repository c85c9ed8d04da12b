package org.babysteps.family;

import java.util.List;
import org.babysteps.platform.RuleViolationException;

/**
 * A referral looks like a family the site already has. Nothing was saved: the person referring checks the
 * matches and either opens the existing family or confirms that this is a different one.
 */
public class PossibleDuplicatesException extends RuleViolationException {

    private final List<PossibleDuplicate> matches;

    public PossibleDuplicatesException(List<PossibleDuplicate> matches) {
        super(null, "This family may already have been referred. Check the possible matches, then confirm that this "
                + "is a different family.");
        this.matches = List.copyOf(matches);
    }

    public List<PossibleDuplicate> matches() {
        return matches;
    }
}
