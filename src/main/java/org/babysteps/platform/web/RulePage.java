package org.babysteps.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.ui.Model;

/**
 * The page that says in words why an action was refused. Exception handlers build their own model, which lacks
 * what {@link CurrentPathAdvice} gives ordinary pages, so the path the navigation needs is added here.
 */
public final class RulePage {

    private RulePage() {
    }

    public static String render(String message, HttpServletRequest request, Model model) {
        model.addAttribute("message", message);
        model.addAttribute("back", request.getHeader("Referer"));
        model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
        return "error/rule";
    }
}
