package org.babysteps.site.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.babysteps.site.AgencyType;

/** The "add a partner agency" form. */
public class AgencyForm {

    @NotBlank(message = "Enter the agency's name")
    @Size(max = 200, message = "Agency name must be 200 characters or fewer")
    private String name;

    @NotNull(message = "Select the type of agency")
    private AgencyType type;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public AgencyType getType() {
        return type;
    }

    public void setType(AgencyType type) {
        this.type = type;
    }
}
