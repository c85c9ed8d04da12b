package org.babysteps.identity.web;

import jakarta.validation.Valid;
import java.util.List;
import java.util.Set;
import org.babysteps.identity.Access;
import org.babysteps.identity.AccountForm;
import org.babysteps.identity.EmailAlreadyUsedException;
import org.babysteps.identity.NewUserAccount;
import org.babysteps.identity.Role;
import org.babysteps.identity.UserAccounts;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The licensor's own team: admins list them and add colleagues, who join the admin's organisation. */
@Controller
@PreAuthorize("hasRole('LICENSOR_ADMIN')")
class LicensorStaffController {

    private static final List<Role> LICENSOR_ROLES = List.of(Role.LICENSOR_ADMIN, Role.PROGRAMME_MANAGER);

    private final UserAccounts accounts;
    private final Access access;

    LicensorStaffController(UserAccounts accounts, Access access) {
        this.accounts = accounts;
        this.access = access;
    }

    @GetMapping("/users")
    String list(Model model) {
        model.addAttribute("staff", accounts.licensorStaff());
        return "identity/licensor-staff";
    }

    @GetMapping("/users/new")
    String newUser(Model model) {
        model.addAttribute("account", new AccountForm());
        model.addAttribute("roles", LICENSOR_ROLES);
        return "identity/licensor-staff-new";
    }

    @PostMapping("/users")
    String create(@Valid @ModelAttribute("account") AccountForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (form.getEmail() != null && !errors.hasFieldErrors("email") && accounts.emailInUse(form.getEmail())) {
            errors.rejectValue("email", "taken", "An account already uses this email address");
        }
        if (form.getRole() != null && !LICENSOR_ROLES.contains(form.getRole())) {
            errors.rejectValue("role", "unknown", "Select their role");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.create(new NewUserAccount(form.getEmail(), form.getDisplayName(),
                        access.currentUser().agencyId(), Set.of(form.getRole()), Set.of(), form.getInitialPassword()));
                redirect.addFlashAttribute("success", "Account created for " + form.getDisplayName());
                return "redirect:/users";
            } catch (EmailAlreadyUsedException e) {
                errors.rejectValue("email", "taken", "An account already uses this email address");
            }
        }
        model.addAttribute("roles", LICENSOR_ROLES);
        return "identity/licensor-staff-new";
    }
}
