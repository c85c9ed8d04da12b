package org.babysteps.site.adaptation;

import org.babysteps.platform.SiteId;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.programme.Programmes;
import org.babysteps.site.Licences;
import org.springframework.stereotype.Component;

/**
 * The programme an adaptation is measured against: the programme and version of the site's current licence, since
 * that is what the site agreed to deliver; the components of another version (or programme) may differ. A site not
 * yet licensed gets the default programme.
 */
@Component
public class LicensedProgramme {

    private final Licences licences;
    private final Programmes programmes;

    LicensedProgramme(Licences licences, Programmes programmes) {
        this.licences = licences;
        this.programmes = programmes;
    }

    public ProgrammeDefinition of(SiteId site) {
        return licences.current(site)
                .flatMap(licence -> programmes.find(licence.programme(), licence.programmeVersion()))
                .orElseGet(programmes::defaultProgramme);
    }
}
