package org.babysteps.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.babysteps.platform.RuleViolationException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * The safety net for pages: a broken rule that a page did not show next to its field (an action on a list, a
 * change that raced another) still reaches the user as their own words on a GOV.UK page, never a 500.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
class PageRuleViolations {

    @ExceptionHandler(RuleViolationException.class)
    @ResponseStatus(HttpStatus.UNPROCESSABLE_ENTITY)
    String ruleViolated(RuleViolationException rule, HttpServletRequest request, Model model) {
        return RulePage.render(rule.getMessage(), request, model);
    }
}
