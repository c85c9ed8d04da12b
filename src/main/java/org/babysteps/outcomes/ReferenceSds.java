package org.babysteps.outcomes;

import java.util.Optional;

/** The latest all-sites reference SD of an instrument ({@link ReferenceSd}), worked out now if there is none yet. */
public interface ReferenceSds {

    Optional<ReferenceSd> latest(String instrumentCode);
}
