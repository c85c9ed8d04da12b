package org.babysteps.site.adaptation.web;

import java.util.List;
import org.babysteps.site.AdaptationStatus;
import org.babysteps.site.adaptation.AdaptationRecord;
import org.springframework.ui.Model;

/** The one adaptation page, shared by viewing it and by a decision or withdrawal shown back with errors. */
final class AdaptationPages {

    static final List<AdaptationStatus> DECISIONS =
            List.of(AdaptationStatus.APPROVED, AdaptationStatus.APPROVED_WITH_CONDITIONS, AdaptationStatus.DECLINED);

    private AdaptationPages() {
    }

    static String show(AdaptationRecord adaptation, Model model) {
        model.addAttribute("adaptation", adaptation);
        model.addAttribute("decisions", DECISIONS);
        return "site/adaptation/show";
    }
}
