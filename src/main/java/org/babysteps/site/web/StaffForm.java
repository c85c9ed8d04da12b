package org.babysteps.site.web;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import java.util.UUID;
import org.babysteps.identity.AccountForm;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.platform.AgencyId;
import org.babysteps.platform.SiteId;

/** The "add a member of staff to this site" form: an account plus the agency they work for. */
public class StaffForm extends AccountForm {

    @NotNull(message = "Select their agency")
    private UUID agencyId;

    NewUserAccount toAccount(SiteId site) {
        return new NewUserAccount(getEmail(), getDisplayName(), new AgencyId(agencyId), Set.of(getRole()), Set.of(site),
                getInitialPassword());
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(UUID agencyId) {
        this.agencyId = agencyId;
    }
}
