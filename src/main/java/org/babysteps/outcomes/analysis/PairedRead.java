package org.babysteps.outcomes.analysis;

import java.util.Set;
import org.babysteps.outcomes.analysis.ScorePairing.Pairing;
import org.babysteps.platform.SiteId;

/**
 * What one read of scores gave: the pairing, and every site whose scores were read (paired or not), for the audit.
 */
record PairedRead(Pairing pairing, Set<SiteId> sitesRead) {

    PairedRead {
        sitesRead = Set.copyOf(sitesRead);
    }
}
