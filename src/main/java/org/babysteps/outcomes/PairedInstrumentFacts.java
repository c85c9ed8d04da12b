package org.babysteps.outcomes;

/**
 * What the pre/post analysis needs to know about an instrument.
 *
 * @param reliability  internal consistency (Cronbach's alpha) for the Jacobson–Truax reliable change index, 0 ≤ r < 1
 * @param normativeSd  the standard deviation of a reference population, or null to use the baseline sample's SD
 * @param direction    which way the score gets worse
 * @param cutOff       the clinical cut-off, or null when the instrument has none
 */
public record PairedInstrumentFacts(double reliability, Double normativeSd, Direction direction, PairedCutOff cutOff) {

    public PairedInstrumentFacts {
        if (!(reliability >= 0 && reliability < 1)) {
            // r = 1 would make every change reliable: the standard error of the difference would be zero
            throw new IllegalArgumentException("Reliability must be at least 0 and below 1, not " + reliability);
        }
        if (normativeSd != null && !(normativeSd > 0 && Double.isFinite(normativeSd))) {
            throw new IllegalArgumentException("A normative SD must be positive, not " + normativeSd);
        }
        if (direction == null) {
            throw new IllegalArgumentException("Say which direction of the score is worse");
        }
    }

    /**
     * The facts of an instrument file. Its clinical band must reach one end of the score range (EPDS 13–30 is "13 or
     * more", CSI-4 0–13 is "13 or less"); a band in the middle of the range has no single cut-off, so none is used.
     */
    public static PairedInstrumentFacts of(InstrumentDefinition instrument) {
        PairedCutOff cutOff = instrument.clinicalBand().map(band -> {
            if (band.to() == instrument.range().max()) {
                return new PairedCutOff(band.from(), PairedCutOff.ClinicalSide.AT_OR_ABOVE);
            }
            if (band.from() == instrument.range().min()) {
                return new PairedCutOff(band.to(), PairedCutOff.ClinicalSide.AT_OR_BELOW);
            }
            return null;
        }).orElse(null);
        return new PairedInstrumentFacts(instrument.reliability().alpha(), instrument.reliability().normSd(),
                instrument.worse(), cutOff);
    }
}
