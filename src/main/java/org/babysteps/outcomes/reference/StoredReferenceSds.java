package org.babysteps.outcomes.reference;

import java.util.Optional;
import org.babysteps.outcomes.ReferenceSd;
import org.babysteps.outcomes.ReferenceSds;
import org.babysteps.platform.UkTime;
import org.springframework.stereotype.Component;

/**
 * The latest stored reference SD; when an instrument has none at all yet (a new instrument, or the job has not run),
 * it is worked out now and stored for today, so no analysis falls back to its own sample just for want of a run.
 */
@Component
class StoredReferenceSds implements ReferenceSds {

    private final ReferenceSdStore store;
    private final ReferenceSdCalculation calculation;

    StoredReferenceSds(ReferenceSdStore store, ReferenceSdCalculation calculation) {
        this.store = store;
        this.calculation = calculation;
    }

    @Override
    public Optional<ReferenceSd> latest(String instrumentCode) {
        return store.latest(instrumentCode).or(() -> {
            calculation.computeIfNone(instrumentCode, UkTime.today());
            return store.latest(instrumentCode);
        });
    }
}
