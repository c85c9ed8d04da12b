package org.babysteps.outcomes;

import java.util.List;
import java.util.Optional;

/**
 * The instrument definitions loaded at start-up from {@code babysteps.instruments.locations}. A response stores
 * the code and version it was answered against and is scored with {@link #find(String, int)}, so a later file
 * (a new version) never changes a past score.
 */
public interface Instruments {

    /** The newest version of an instrument, for asking it now; empty for an unknown code. */
    Optional<InstrumentDefinition> find(String code);

    /** An instrument at the version a response was given against; empty if that version is not loaded. */
    Optional<InstrumentDefinition> find(String code, int version);

    /** The newest version of every instrument, by name. */
    List<InstrumentDefinition> all();

    /** Every version of an instrument, oldest first; empty for an unknown code. */
    List<InstrumentDefinition> versions(String code);
}
