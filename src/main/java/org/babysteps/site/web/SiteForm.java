package org.babysteps.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.babysteps.site.AgencyType;
import org.babysteps.site.NewSite;

/** The "add a site" form. */
public class SiteForm {

    @NotBlank(message = "Enter the site name")
    @Size(max = 120, message = "Site name must be 120 characters or fewer")
    private String name;

    @NotBlank(message = "Enter the area the site covers")
    @Size(max = 200, message = "Area must be 200 characters or fewer")
    private String area;

    @NotBlank(message = "Enter the name of the lead agency")
    @Size(max = 200, message = "Lead agency name must be 200 characters or fewer")
    private String leadAgencyName;

    @NotNull(message = "Select the type of lead agency")
    private AgencyType leadAgencyType;

    NewSite toNewSite() {
        return new NewSite(name, area, leadAgencyName, leadAgencyType);
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

    public String getLeadAgencyName() {
        return leadAgencyName;
    }

    public void setLeadAgencyName(String leadAgencyName) {
        this.leadAgencyName = leadAgencyName;
    }

    public AgencyType getLeadAgencyType() {
        return leadAgencyType;
    }

    public void setLeadAgencyType(AgencyType leadAgencyType) {
        this.leadAgencyType = leadAgencyType;
    }
}
