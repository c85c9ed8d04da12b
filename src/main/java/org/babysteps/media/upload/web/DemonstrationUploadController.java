package org.babysteps.media.upload.web;

import org.babysteps.media.upload.Uploads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Where licensor staff add a demonstration film: its title, description and file, sent over the tus protocol. */
@Controller
class DemonstrationUploadController {

    private final Uploads uploads;

    DemonstrationUploadController(Uploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/demonstration-films/new")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String page(Model model) {
        model.addAttribute("maxMegabytes", uploads.maxBytes() / (1024 * 1024));
        model.addAttribute("maxBytes", uploads.maxBytes());
        return "media/demonstration-new";
    }
}
