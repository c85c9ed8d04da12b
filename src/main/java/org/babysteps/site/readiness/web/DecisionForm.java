package org.babysteps.site.readiness.web;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.site.ReadinessOutcome;

/** The licensor's decision: outcome, reason, date, and for "ready with conditions" up to three conditions. */
public class DecisionForm {

    public static final int CONDITION_ROWS = 3;

    private ReadinessOutcome outcome;
    private String reason;
    private String decidedOn;
    private List<ConditionRow> conditions = new ArrayList<>();

    public DecisionForm() {
        for (int i = 0; i < CONDITION_ROWS; i++) {
            conditions.add(new ConditionRow());
        }
    }

    /** One condition: leave all three fields blank to skip the row. */
    public static class ConditionRow {
        private String description;
        private String owner;
        private String dueOn;

        public String getDescription() {
            return description;
        }

        public void setDescription(String description) {
            this.description = description;
        }

        public String getOwner() {
            return owner;
        }

        public void setOwner(String owner) {
            this.owner = owner;
        }

        public String getDueOn() {
            return dueOn;
        }

        public void setDueOn(String dueOn) {
            this.dueOn = dueOn;
        }

        boolean blank() {
            return description == null && owner == null && dueOn == null;
        }
    }

    public ReadinessOutcome getOutcome() {
        return outcome;
    }

    public void setOutcome(ReadinessOutcome outcome) {
        this.outcome = outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(String decidedOn) {
        this.decidedOn = decidedOn;
    }

    public List<ConditionRow> getConditions() {
        return conditions;
    }

    public void setConditions(List<ConditionRow> conditions) {
        this.conditions = conditions;
    }
}
