package org.babysteps.family;

import org.babysteps.platform.RuleViolationException;

/**
 * An edit built on details someone else has changed since they were read. Nothing was saved, so neither
 * person's work is lost: the other save stands, and the editor can compare and save again.
 */
public class FamilyChangedMeanwhileException extends RuleViolationException {

    public FamilyChangedMeanwhileException() {
        super(null, "Someone else changed this family's details while you were editing them. Your changes are below "
                + "and have not been saved yet: compare them with the family's page, then save again.");
    }
}
