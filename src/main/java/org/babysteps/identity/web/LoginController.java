package org.babysteps.identity.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the form post and sign-out. */
@Controller
class LoginController {

    private final java.time.Duration throttleWindow;

    LoginController(@Value("${babysteps.login.window:15m}") java.time.Duration throttleWindow) {
        this.throttleWindow = throttleWindow;
    }

    @GetMapping("/login")
    @PreAuthorize("permitAll()")
    String login(@RequestParam(required = false) String error,
                 @RequestParam(defaultValue = "false") boolean signedOut, Model model) {
        model.addAttribute("error", "throttled".equals(error) ? "throttled" : error == null ? null : "invalid");
        model.addAttribute("signedOut", signedOut);
        model.addAttribute("waitMinutes", throttleWindow.toMinutes());
        return "identity/login";
    }
}
