package org.babysteps.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.babysteps.site.internal.SiteRecord;

/** The "change site details" form, carrying the version it was read at. */
public class SiteEditForm {

    @NotBlank(message = "Enter the site name")
    @Size(max = 120, message = "Site name must be 120 characters or fewer")
    private String name;

    @NotBlank(message = "Enter the area the site covers")
    @Size(max = 200, message = "Area must be 200 characters or fewer")
    private String area;

    @NotNull(message = "Select the lead agency")
    private UUID leadAgencyId;

    private int version;

    static SiteEditForm of(SiteRecord site) {
        SiteEditForm form = new SiteEditForm();
        form.name = site.name();
        form.area = site.area();
        form.leadAgencyId = site.leadAgencyId().value();
        form.version = site.version();
        return form;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public UUID getLeadAgencyId() {
        return leadAgencyId;
    }

    public void setLeadAgencyId(UUID leadAgencyId) {
        this.leadAgencyId = leadAgencyId;
    }

    public int getVersion() {
        return version;
    }

    public void setVersion(int version) {
        this.version = version;
    }
}
