package org.babysteps.outcomes.link.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.babysteps.outcomes.link.LinkAnswering;
import org.babysteps.outcomes.link.LinkPage;
import org.babysteps.outcomes.link.LinkUnusableException;
import org.babysteps.outcomes.link.QuestionSequence;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A parent completing questionnaires by link, without signing in: a start page, one question per page, help on a
 * risk answer, check your answers, then submit. The token is the only credential; it opens these pages only.
 */
@Controller
@PreAuthorize("permitAll()")
class ParentLinkController {

    private final LinkAnswering answering;

    ParentLinkController(LinkAnswering answering) {
        this.answering = answering;
    }

    @GetMapping("/q/{token}")
    String start(@PathVariable String token, Model model) {
        LinkPage page = answering.open(token);
        model.addAttribute("page", page);
        model.addAttribute("token", token);
        model.addAttribute("minutes", Math.max(5, (page.questions().size() + 2) / 3));
        model.addAttribute("carryOn", page.questions().firstUnanswered().map(QuestionSequence.Step::number).orElse(0));
        return "outcomes/link/start";
    }

    @GetMapping("/q/{token}/questions/{number}")
    String question(@PathVariable String token, @PathVariable int number,
                    @RequestParam(required = false) boolean change, Model model) {
        return questionPage(token, number, change, answering.open(token), null, model);
    }

    @PostMapping("/q/{token}/questions/{number}")
    String answer(@PathVariable String token, @PathVariable int number, @RequestParam(required = false) String answer,
                  @RequestParam(required = false) boolean change, Model model) {
        try {
            LinkAnswering.Answered answered = answering.answer(token, number, answer);
            if (!answered.help().isEmpty()) {
                return "redirect:/q/" + token + "/questions/" + number + "/help" + (change ? "?change=true" : "");
            }
            return "redirect:" + afterward(token, answered.next().filter(next -> !change).orElse(0));
        } catch (RuleViolationException refused) {
            RuleViolationException problem = new RuleViolationException("answer", refused.getMessage());
            return questionPage(token, number, change, answering.open(token), problem, model);
        }
    }

    @GetMapping("/q/{token}/questions/{number}/help")
    String help(@PathVariable String token, @PathVariable int number, @RequestParam(required = false) boolean change,
                Model model) {
        List<String> help = answering.helpAfter(token, number);
        LinkPage page = answering.open(token);
        int next = change ? 0 : page.questions().step(number + 1).map(QuestionSequence.Step::number).orElse(0);
        model.addAttribute("help", help);
        model.addAttribute("back", "/q/" + token + "/questions/" + number + (change ? "?change=true" : ""));
        model.addAttribute("continueTo", afterward(token, next));
        return "outcomes/link/help";
    }

    @GetMapping("/q/{token}/check")
    String check(@PathVariable String token, Model model) {
        return checkPage(token, answering.open(token), null, model);
    }

    @PostMapping("/q/{token}/check")
    String submit(@PathVariable String token, Model model) {
        try {
            model.addAttribute("help", answering.submit(token));
            return "outcomes/link/thanks";
        } catch (RuleViolationException refused) {
            return checkPage(token, answering.open(token), refused, model);
        }
    }

    /** One plain page for every link that cannot be used, so it does not tell which tokens exist. */
    @ExceptionHandler(LinkUnusableException.class)
    @ResponseStatus(HttpStatus.GONE)
    ModelAndView unusable(HttpServletRequest request) {
        // an exception handler's model misses the advice's attributes that the layout needs
        return new ModelAndView("outcomes/link/unusable",
                Map.of("currentPath", request.getRequestURI().substring(request.getContextPath().length())));
    }

    /**
     * Makes the CSRF token (and so the session holding it) before the page is written: a parent arrives without a
     * session, and one cannot be created once a long page has started to go out.
     */
    @ModelAttribute
    void csrfTokenFirst(CsrfToken csrf) {
        csrf.getToken();
    }

    private String questionPage(String token, int number, boolean change, LinkPage page,
                                RuleViolationException problem, Model model) {
        QuestionSequence.Step step = page.questions().step(number).orElseThrow(() -> new NotFoundException("Question"));
        model.addAttribute("page", page);
        model.addAttribute("step", step);
        model.addAttribute("token", token);
        model.addAttribute("change", change);
        model.addAttribute("problem", problem);
        model.addAttribute("back", change ? "/q/" + token + "/check"
                : number == 1 ? "/q/" + token : "/q/" + token + "/questions/" + (number - 1));
        return "outcomes/link/question";
    }

    private String checkPage(String token, LinkPage page, RuleViolationException problem, Model model) {
        model.addAttribute("page", page);
        model.addAttribute("token", token);
        model.addAttribute("problem", problem);
        return "outcomes/link/check";
    }

    private static String afterward(String token, int next) {
        return next > 0 ? "/q/" + token + "/questions/" + next : "/q/" + token + "/check";
    }
}
