package org.babysteps.family;

/** How the baby was born, one of the birth outcomes the programme's evaluations measure. */
public enum DeliveryMode {
    SPONTANEOUS_VAGINAL("Spontaneous vaginal"),
    ASSISTED_VAGINAL("Assisted vaginal (forceps or ventouse)"),
    PLANNED_CAESAREAN("Planned caesarean"),
    EMERGENCY_CAESAREAN("Emergency caesarean");

    private final String label;

    DeliveryMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
