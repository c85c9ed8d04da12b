package org.babysteps.media.playback.web;

import jakarta.servlet.http.HttpServletRequest;
import org.babysteps.media.playback.FilmingConsentMissing;
import org.babysteps.media.playback.TrainingNotRecorded;
import org.babysteps.platform.web.RulePage;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * Without the family's current consent to filming nothing plays and no parent's link is made, and without recorded
 * training no demonstration film plays: 403, and the reason in words.
 */
@ControllerAdvice(basePackages = {"org.babysteps.media.playback.web", "org.babysteps.media.parentlink.web"})
class PlaybackRefusals {

    @ExceptionHandler(FilmingConsentMissing.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String noConsent(FilmingConsentMissing refusal, HttpServletRequest request, Model model) {
        return RulePage.render(refusal.getMessage(), request, model);
    }

    /** A facilitator whose training is not recorded yet asks for the demonstration films: 403, and when they can. */
    @ExceptionHandler(TrainingNotRecorded.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    String notTrained(TrainingNotRecorded refusal, HttpServletRequest request, Model model) {
        return RulePage.render(refusal.getMessage(), request, model);
    }
}
