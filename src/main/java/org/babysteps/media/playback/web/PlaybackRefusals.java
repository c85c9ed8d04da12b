package org.babysteps.media.playback.web;

import jakarta.servlet.http.HttpServletRequest;
import org.babysteps.media.playback.FilmingConsentMissing;
import org.babysteps.platform.web.RulePage;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** Without the family's current consent to filming nothing plays: 403, and the reason in words. */
@ControllerAdvice(basePackageClasses = PlaybackRefusals.class)
class PlaybackRefusals {

    @ExceptionHandler(FilmingConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String noConsent(FilmingConsentMissing refusal, HttpServletRequest request, Model model) {
        return RulePage.render(refusal.getMessage(), request, model);
    }
}
