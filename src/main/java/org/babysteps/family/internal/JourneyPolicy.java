package org.babysteps.family.internal;

import static org.babysteps.family.JourneyStage.CONTACTED;
import static org.babysteps.family.JourneyStage.DECLINED;
import static org.babysteps.family.JourneyStage.ENROLLED;
import static org.babysteps.family.JourneyStage.FIRST_VISIT_DONE;
import static org.babysteps.family.JourneyStage.REFERRED;
import static org.babysteps.family.JourneyStage.WITHDRAWN;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.babysteps.family.JourneyStage;

/**
 * Which moves along a family's journey are allowed. Staff record "contacted" and the closing stages by hand;
 * the first home visit, enrolment and completion follow from what the delivery module records, and only ever
 * move a family forwards. A closed family stays closed, except that a site lead may reopen one that declined or
 * withdrew (people change their minds), giving a reason.
 */
public final class JourneyPolicy {

    /** The stages that only delivery's records move a family to, in order. */
    static final Set<JourneyStage> REACHED_THROUGH_DELIVERY = Set.of(FIRST_VISIT_DONE, ENROLLED, JourneyStage.COMPLETED);
    private static final Set<JourneyStage> REOPENABLE = Set.of(DECLINED, WITHDRAWN);
    private static final List<JourneyStage> CLOSING = List.of(DECLINED, JourneyStage.NOT_ELIGIBLE, WITHDRAWN,
            JourneyStage.MOVED_AWAY);

    /** What delivery's record does to the family's stage. */
    public enum Outcome { MOVE, ALREADY_THERE_OR_FURTHER, CLOSED }

    /** The steps someone may record by hand from {@code current}, in the order a form offers them. */
    public List<JourneyStage> manualSteps(JourneyStage current, boolean siteLead) {
        List<JourneyStage> steps = new ArrayList<>();
        if (current.closed()) {
            if (siteLead && REOPENABLE.contains(current)) {
                steps.add(REFERRED);
            }
            return steps;
        }
        if (current == REFERRED) {
            steps.add(CONTACTED);
        }
        steps.addAll(CLOSING);
        return steps;
    }

    public boolean allowsManualStep(JourneyStage current, JourneyStage target, boolean siteLead) {
        return manualSteps(current, siteLead).contains(target);
    }

    /** Closing a family and reopening one both need a reason; contacting does not. */
    public boolean needsReason(JourneyStage target) {
        return target.closed() || target == REFERRED;
    }

    /**
     * Whether delivery's record moves the family: never backwards, never out of a closed stage, and never to a
     * stage staff record by hand.
     */
    public Outcome reach(JourneyStage current, JourneyStage target) {
        if (!REACHED_THROUGH_DELIVERY.contains(target)) {
            throw new IllegalArgumentException(target + " is recorded by staff, not reached through delivery");
        }
        if (current.closed()) {
            return current == target ? Outcome.ALREADY_THERE_OR_FURTHER : Outcome.CLOSED;
        }
        return current.ordinal() >= target.ordinal() ? Outcome.ALREADY_THERE_OR_FURTHER : Outcome.MOVE;
    }
}
