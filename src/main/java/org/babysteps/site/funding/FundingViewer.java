package org.babysteps.site.funding;

import java.util.UUID;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.Role;
import org.babysteps.platform.AgencyId;

/**
 * Which streams of their sites a caller sees: all of them, or, for someone who is only a commissioner, the
 * streams their own organisation pays for. Applied inside the query.
 */
record FundingViewer(boolean seesAllStreams, AgencyId ownAgency) {

    static FundingViewer of(CurrentUser user) {
        boolean onlyCommissioner = user.has(Role.COMMISSIONER) && !user.has(Role.SITE_LEAD)
                && user.roles().stream().noneMatch(Role::licensor);
        return new FundingViewer(!onlyCommissioner, user.agencyId());
    }

    UUID agencyOrNobody() {
        // a fresh id matches no commissioner, so a commissioner without an organisation sees no stream
        return ownAgency == null ? UUID.randomUUID() : ownAgency.value();
    }
}
