package org.babysteps.site.readiness.web;

import jakarta.servlet.http.HttpServletRequest;
import org.babysteps.platform.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * A broken rule on an action of the readiness and licence pages (submitting twice, suspending an expired
 * licence) shown as a page in words. Unlike a page's own model, an exception handler's model lacks the current
 * path the navigation needs, so it is added here.
 */
@ControllerAdvice(basePackages = {"org.babysteps.site.readiness.web", "org.babysteps.site.licence.web"})
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class LifecycleRuleAdvice {

    @ExceptionHandler(RuleViolationException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    String ruleViolated(RuleViolationException rule, HttpServletRequest request, Model model) {
        return rulePage(rule.getMessage(), request, model);
    }

    static String rulePage(String message, HttpServletRequest request, Model model) {
        model.addAttribute("message", message);
        model.addAttribute("back", request.getHeader("Referer"));
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        return "error/rule";
    }
}
