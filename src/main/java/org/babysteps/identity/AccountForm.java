package org.babysteps.identity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The fields of an "add an account" form, shared by the licensor team page and each site's staff page. */
public class AccountForm {

    @NotBlank(message = "Enter their full name")
    @Size(max = 200, message = "Full name must be 200 characters or fewer")
    private String displayName;

    @NotBlank(message = "Enter their email address")
    @Size(max = 320, message = "Email address must be 320 characters or fewer")
    @Email(regexp = "^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", message = "Enter an email address in the correct format, like name@example.org")
    private String email;

    @NotNull(message = "Select their role")
    private Role role;

    @NotBlank(message = "Enter a first password")
    @Size(min = 12, max = 200, message = "Password must be between 12 and 200 characters")
    private String initialPassword;

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public String getInitialPassword() {
        return initialPassword;
    }

    public void setInitialPassword(String initialPassword) {
        this.initialPassword = initialPassword;
    }
}
