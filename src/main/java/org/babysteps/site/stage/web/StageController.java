package org.babysteps.site.stage.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.UkTime;
import org.babysteps.platform.web.DateFields;
import org.babysteps.platform.web.FieldProblems;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.SiteChangeRejectedException;
import org.babysteps.site.stage.BoardOrder;
import org.babysteps.site.stage.SiteStage;
import org.babysteps.site.stage.SiteStages;
import org.babysteps.site.stage.StageChangePolicy;
import org.babysteps.site.TimeInStage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A site's implementation stage and its history; the licensor records changes and sees every site's stage. */
@Controller
class StageController {

    private final SiteStages stages;

    StageController(SiteStages stages) {
        this.stages = stages;
    }

    @GetMapping("/sites/{id}/stage")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')")
    String show(@PathVariable UUID id, Model model) {
        SiteStage current = current(id);
        StageForm form = new StageForm();
        form.setRecordedChanges(current.recordedChanges());
        model.addAttribute("change", form);
        return page(current, model);
    }

    @PostMapping("/sites/{id}/stage")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String change(@PathVariable UUID id, @ModelAttribute("change") StageForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        SiteStage current = current(id);
        LocalDate startedOn = DateFields.parse(form.getStartedOn(), "startedOn", "the date the stage started", true, errors);
        ImplementationStage stage = stage(form.getStage());
        FieldProblems.show(new StageChangePolicy().problems(current, stage, startedOn, form.getNote(), UkTime.today()), errors);
        if (!errors.hasErrors()) {
            try {
                stages.change(current.site(), form.getRecordedChanges(), stage, startedOn, form.getNote());
                redirect.addFlashAttribute("success", "Stage changed to " + stage.label().toLowerCase());
                return "redirect:/sites/" + id + "/stage";
            } catch (SiteChangeRejectedException rejected) {
                RuleErrors.reject(errors, rejected);
            }
        }
        // build on what is stored now, so a second attempt after a clash can succeed
        SiteStage now = current(id);
        form.setRecordedChanges(now.recordedChanges());
        return page(now, model);
    }

    @GetMapping("/stages")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String board(@RequestParam(name = "sort", required = false) String sort, Model model) {
        BoardOrder order = order(sort);
        LocalDate today = UkTime.today();
        List<BoardRow> rows = stages.board(order).stream()
                .map(stage -> new BoardRow(stage, TimeInStage.inWords(stage.since(), today))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("order", order.name());
        return "site/stage/board";
    }

    record BoardRow(SiteStage stage, String timeInStage) {
    }

    private String page(SiteStage current, Model model) {
        LocalDate today = UkTime.today();
        model.addAttribute("current", current);
        model.addAttribute("timeInStage", TimeInStage.inWords(current.since(), today));
        model.addAttribute("history", StagePeriod.of(stages.history(current.site()), today));
        model.addAttribute("stageOptions", ImplementationStage.values());
        return "site/stage/show";
    }

    private SiteStage current(UUID id) {
        return stages.stageOf(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }

    /** Null for a stage that is not one of ours, which the stage rule then names. */
    private static ImplementationStage stage(String name) {
        for (ImplementationStage stage : ImplementationStage.values()) {
            if (stage.name().equals(name)) {
                return stage;
            }
        }
        return null;
    }

    /** An unknown sort falls back to site name rather than failing: it is a link people may have edited. */
    private static BoardOrder order(String sort) {
        if (sort == null) {
            return BoardOrder.SITE_NAME;
        }
        for (BoardOrder order : BoardOrder.values()) {
            if (order.name().equalsIgnoreCase(sort.replace('-', '_'))) {
                return order;
            }
        }
        return BoardOrder.SITE_NAME;
    }
}
