package org.babysteps.media.upload.web;

import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.media.upload.Uploads;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** The page where a facilitator films talk and listen time, or uploads a camera's file, for a family. */
@Controller
class FilmingController {

    private final Uploads uploads;

    FilmingController(Uploads uploads) {
        this.uploads = uploads;
    }

    @GetMapping("/families/{familyId}/talk-and-listen")
    @PreAuthorize("hasAnyRole('FACILITATOR', 'SITE_LEAD')")
    String page(@PathVariable UUID familyId, Model model) {
        model.addAttribute("page", uploads.page(new FamilyId(familyId)));
        return "media/filming";
    }
}
