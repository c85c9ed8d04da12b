package org.babysteps.media.parentlink.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.babysteps.media.parentlink.TooManyBadLinks;
import org.babysteps.media.parentlink.WatchLinkUnusable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every answer to a parent's link has in common: no Referer carries the token to anywhere else, and a link that
 * cannot be used, for whatever reason, gets one plain 404 page that does not say which reason.
 */
@ControllerAdvice(assignableTypes = {ParentWatchController.class, ParentViewingController.class})
class ParentLinkRefusals {

    static final String REFERRER_POLICY = "Referrer-Policy";

    /** Runs before every handler of the link's routes; Spring Security's own header leaves one already set alone. */
    @ModelAttribute
    void noReferrer(HttpServletResponse response) {
        response.setHeader(REFERRER_POLICY, "no-referrer");
    }

    @ExceptionHandler(WatchLinkUnusable.class)
    ModelAndView unusable(HttpServletRequest request, HttpServletResponse response) {
        return page("media/parent-link-unusable", HttpStatus.NOT_FOUND, Map.of(), request, response);
    }

    @ExceptionHandler(TooManyBadLinks.class)
    ModelAndView throttled(TooManyBadLinks refusal, HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(refusal.waitMinutes() * 60));
        return page("media/parent-link-throttled", HttpStatus.TOO_MANY_REQUESTS,
                Map.of("minutes", refusal.waitMinutes()), request, response);
    }

    /** An exception handler's model misses the advice's attributes that the layout needs, so the path is added. */
    private static ModelAndView page(String view, HttpStatus status, Map<String, Object> model,
                                     HttpServletRequest request, HttpServletResponse response) {
        response.setHeader(REFERRER_POLICY, "no-referrer");
        ModelAndView page = new ModelAndView(view, model, status);
        page.addObject("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        return page;
    }
}
