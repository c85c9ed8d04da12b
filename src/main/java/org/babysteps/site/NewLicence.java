package org.babysteps.site;

import java.time.LocalDate;
import java.util.List;
import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeId;

/**
 * A licence to issue.
 *
 * @param endsOn           null for the default term: three years less a day from the start
 * @param issueNow         true to make it active at once, false to keep it as a draft
 * @param siteConditions   conditions agreed for this site on top of the programme's own
 */
public record NewLicence(SiteId site, ProgrammeId programme, LocalDate startsOn, LocalDate endsOn, boolean issueNow,
                         List<NewLicenceCondition> siteConditions) {

    public NewLicence {
        siteConditions = List.copyOf(siteConditions);
    }
}
