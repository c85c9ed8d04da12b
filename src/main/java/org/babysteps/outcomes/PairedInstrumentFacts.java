package org.babysteps.outcomes;

import java.util.Optional;
import java.util.function.Function;

/**
 * What the pre/post analysis needs to know about an instrument.
 *
 * @param reliability        internal consistency (Cronbach's alpha) for the Jacobson–Truax reliable change index, 0 ≤ r < 1
 * @param normativeSd        the standard deviation of a reference population, or null
 * @param direction          which way the score gets worse
 * @param cutOff             the clinical cut-off, or null when the instrument has none
 * @param publishedThreshold a published reliable-change threshold, used instead of the index; or null
 * @param referenceSd        all sites' baseline spread, used when neither of the two above exists; or null, and
 *                           unless {@link ReferenceSd#usable()} the analysed group's own baseline SD stands in
 */
public record PairedInstrumentFacts(double reliability, Double normativeSd, Direction direction, PairedCutOff cutOff,
                                    ReliableChangeThreshold publishedThreshold, ReferenceSd referenceSd) {

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

    /** Facts without a published threshold or an all-sites reference. */
    public PairedInstrumentFacts(double reliability, Double normativeSd, Direction direction, PairedCutOff cutOff) {
        this(reliability, normativeSd, direction, cutOff, null, null);
    }

    /** Whether neither a published threshold nor a normative SD exists, so all sites' baseline spread is wanted. */
    public static boolean needsReferenceSd(InstrumentDefinition instrument) {
        return instrument.reliability().publishedThreshold().isEmpty() && !instrument.reliability().hasNormSd();
    }

    /** The facts of an instrument file, without an all-sites reference SD. */
    public static PairedInstrumentFacts of(InstrumentDefinition instrument) {
        return of(instrument, code -> Optional.empty());
    }

    /**
     * The facts of an instrument file. Its clinical band must reach one end of the score range (EPDS 13–30 is "13 or
     * more", CSI-4 0–13 is "13 or less"); a band in the middle of the range has no single cut-off, so none is used.
     * The reference SD is looked up only for an instrument that {@link #needsReferenceSd needs one}.
     */
    public static PairedInstrumentFacts of(InstrumentDefinition instrument,
                                           Function<String, Optional<ReferenceSd>> referenceSds) {
        PairedCutOff cutOff = instrument.clinicalBand().map(band -> {
            if (band.to() == instrument.range().max()) {
                return new PairedCutOff(band.from(), PairedCutOff.ClinicalSide.AT_OR_ABOVE);
            }
            if (band.from() == instrument.range().min()) {
                return new PairedCutOff(band.to(), PairedCutOff.ClinicalSide.AT_OR_BELOW);
            }
            return null;
        }).orElse(null);
        ReferenceSd reference = needsReferenceSd(instrument) ? referenceSds.apply(instrument.code()).orElse(null) : null;
        return new PairedInstrumentFacts(instrument.reliability().alpha(), instrument.reliability().normSd(),
                instrument.worse(), cutOff, instrument.reliability().reliableChange(), reference);
    }
}
