package org.babysteps.delivery;

import org.babysteps.programme.ContactDefinition;

/** One of the programme's home visits for a family: its definition and what has been recorded (null if nothing). */
public record HomeVisitSlot(ContactDefinition definition, HomeVisit visit) {

    public boolean done() {
        return visit != null && visit.done();
    }
}
