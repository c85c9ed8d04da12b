package org.babysteps.outcomes.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.babysteps.outcomes.ReferenceSd;
import org.babysteps.outcomes.ReferenceSds;

/**
 * Asks for each instrument's reference SD once per analysis call: the licensor's outcomes by site analyse 500 sites,
 * and every one of them must be judged by the same figure anyway.
 */
final class RememberedReferenceSds implements ReferenceSds {

    private final ReferenceSds source;
    private final Map<String, Optional<ReferenceSd>> asked = new HashMap<>();

    RememberedReferenceSds(ReferenceSds source) {
        this.source = source;
    }

    @Override
    public Optional<ReferenceSd> latest(String instrumentCode) {
        return asked.computeIfAbsent(instrumentCode, source::latest);
    }
}
