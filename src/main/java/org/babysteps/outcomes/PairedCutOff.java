package org.babysteps.outcomes;

/**
 * An instrument's clinical cut-off and which side of it is the clinical range, e.g. EPDS 13 {@code AT_OR_ABOVE}
 * (probable depression) or CSI-4 13.5 {@code BELOW} (relationship distress).
 */
public record PairedCutOff(double value, ClinicalSide clinicalSide) {

    public enum ClinicalSide { AT_OR_ABOVE, ABOVE, AT_OR_BELOW, BELOW }

    public PairedCutOff {
        if (!Double.isFinite(value) || clinicalSide == null) {
            throw new IllegalArgumentException("A cut-off needs a finite value and a clinical side");
        }
    }

    public boolean isClinical(double score) {
        return switch (clinicalSide) {
            case AT_OR_ABOVE -> score >= value;
            case ABOVE -> score > value;
            case AT_OR_BELOW -> score <= value;
            case BELOW -> score < value;
        };
    }
}
