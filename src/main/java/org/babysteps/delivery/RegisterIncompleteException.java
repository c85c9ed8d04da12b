package org.babysteps.delivery;

import java.util.List;

/** A register saved without everyone marked: each person left out is named, so each gets a message. */
public class RegisterIncompleteException extends DeliveryRuleException {

    private final transient List<RegisterLine> unmarked;

    public RegisterIncompleteException(List<RegisterLine> unmarked) {
        super("attendance-" + unmarked.get(0).participantId(), "Select whether " + unmarked.get(0).name()
                + " was present, absent or absent with notice");
        this.unmarked = List.copyOf(unmarked);
    }

    public List<RegisterLine> unmarked() {
        return unmarked;
    }
}
