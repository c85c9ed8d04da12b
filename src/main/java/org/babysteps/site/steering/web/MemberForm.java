package org.babysteps.site.steering.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.babysteps.site.steering.Seniority;

/** Adding a steering group member, in page order. */
public class MemberForm {

    @NotBlank(message = "Enter the member's name")
    @Size(max = 200, message = "Name must be 200 characters or fewer")
    private String name;
    private UUID agencyId;
    @Size(max = 200, message = "Organisation must be 200 characters or fewer")
    private String organisation;
    @NotBlank(message = "Enter the member's role")
    @Size(max = 200, message = "Role must be 200 characters or fewer")
    private String role;
    @NotNull(message = "Select the member's seniority")
    private Seniority seniority;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public UUID getAgencyId() {
        return agencyId;
    }

    public void setAgencyId(UUID agencyId) {
        this.agencyId = agencyId;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public Seniority getSeniority() {
        return seniority;
    }

    public void setSeniority(Seniority seniority) {
        this.seniority = seniority;
    }
}
