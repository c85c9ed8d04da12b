package org.babysteps.outcomes.link;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A link just made for a parent. The token is here once, to show to the member of staff who made it; it cannot be
 * read back later.
 *
 * @param instrumentNames the questionnaires it covers, in the order the parent answers them
 */
public record CreatedLink(UUID id, String token, String firstName, String timePointTitle,
                          List<String> instrumentNames, Instant expiresAt) {

    public CreatedLink {
        instrumentNames = List.copyOf(instrumentNames);
    }
}
