package org.babysteps.site.readiness.web;

import jakarta.servlet.http.HttpServletRequest;
import org.babysteps.platform.web.RulePage;
import org.babysteps.site.readiness.EvidenceLimit;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.multipart.MaxUploadSizeExceededException;

/**
 * An upload far over the limit is refused by the server before any page sees it; this turns that refusal into a
 * page that says so in words, instead of an error page. Files just over the limit get the message next to the
 * field from the evidence rules.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    private final EvidenceLimit limit;

    UploadLimitAdvice(EvidenceLimit limit) {
        this.limit = limit;
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    @ResponseStatus(HttpStatus.PAYLOAD_TOO_LARGE)
    String tooLarge(HttpServletRequest request, Model model) {
        return RulePage.render("The file is too large to upload. Evidence files must be smaller than " + limit.megabytes() + " MB:"
                + " upload a smaller copy, for example a PDF of the scanned letter at a lower resolution.", request, model);
    }
}
