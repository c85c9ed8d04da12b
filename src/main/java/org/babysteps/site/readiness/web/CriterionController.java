package org.babysteps.site.readiness.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.RuleViolationException;
import org.babysteps.platform.SiteId;
import org.babysteps.platform.web.RuleErrors;
import org.babysteps.site.ReadinessAssessments;
import org.babysteps.site.ReadinessRating;
import org.babysteps.site.SiteSummary;
import org.babysteps.site.Sites;
import org.babysteps.site.readiness.AssessmentPage;
import org.babysteps.site.readiness.EvidenceLimit;
import org.babysteps.site.readiness.EvidenceFileStore.Download;
import org.babysteps.site.readiness.ReadinessQueries;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One criterion of an assessment: its guidance, the latest answer and its history, evidence files and the
 * licensor's comments. The site rates it and uploads files while the assessment is a draft; the licensor
 * comments while reviewing.
 */
@Controller
class CriterionController {

    private static final String BASE = "/sites/{id}/readiness/{assessmentId}";
    private static final String SITE_OR_LICENSOR = "hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD', 'FACILITATOR')";

    private final Sites sites;
    private final ReadinessQueries queries;
    private final ReadinessAssessments assessments;
    private final long maxMegabytes;

    CriterionController(Sites sites, ReadinessQueries queries, ReadinessAssessments assessments,
                        EvidenceLimit limit) {
        this.sites = sites;
        this.queries = queries;
        this.assessments = assessments;
        this.maxMegabytes = limit.megabytes();
    }

    @GetMapping(BASE + "/criteria/{criterion}")
    @PreAuthorize(SITE_OR_LICENSOR)
    String show(@PathVariable UUID id, @PathVariable UUID assessmentId, @PathVariable String criterion, Model model) {
        SiteSummary site = site(id);
        CriterionForm form = new CriterionForm();
        AssessmentPage.CriterionView view = view(page(site, assessmentId), criterion);
        if (view.latest() != null) {
            form.setRating(view.latest().rating());
            form.setEvidence(view.latest().evidence());
        }
        model.addAttribute("answer", form);
        model.addAttribute("upload", new UploadForm());
        model.addAttribute("commentForm", new CommentForm());
        return render(site, assessmentId, criterion, model);
    }

    @PostMapping(BASE + "/criteria/{criterion}")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
    String save(@PathVariable UUID id, @PathVariable UUID assessmentId, @PathVariable String criterion,
                @ModelAttribute("answer") CriterionForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        if (errors.hasFieldErrors("rating")) {
            errors = freshErrors(form, "answer", "rating", "Select a rating from the list");
        } else {
            try {
                assessments.saveCriterion(site.id(), assessmentId, criterion, form.getRevision(), form.getRating(), form.getEvidence());
                redirect.addFlashAttribute("success", "Your answer was saved");
                return "redirect:/sites/" + id + "/readiness/" + assessmentId + "#" + criterion;
            } catch (RuleViolationException rule) {
                RuleErrors.reject(errors, rule);
            }
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "answer", errors);
        model.addAttribute("upload", new UploadForm());
        model.addAttribute("commentForm", new CommentForm());
        return render(site, assessmentId, criterion, model);
    }

    @PostMapping(BASE + "/criteria/{criterion}/files")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
    String upload(@PathVariable UUID id, @PathVariable UUID assessmentId, @PathVariable String criterion,
                  @ModelAttribute("upload") UploadForm form, BindingResult errors, Model model, RedirectAttributes redirect) {
        SiteSummary site = site(id);
        try {
            var file = form.getFile();
            assessments.addFile(site.id(), assessmentId, criterion, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getBytes());
            redirect.addFlashAttribute("success", "File uploaded: " + file.getOriginalFilename());
            return "redirect:/sites/" + id + "/readiness/" + assessmentId + "/criteria/" + criterion;
        } catch (RuleViolationException rule) {
            RuleErrors.reject(errors, rule);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        model.addAttribute("answer", new CriterionForm());
        model.addAttribute("commentForm", new CommentForm());
        return render(site, assessmentId, criterion, model);
    }

    @PostMapping(BASE + "/criteria/{criterion}/comments")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER')")
    String comment(@PathVariable UUID id, @PathVariable UUID assessmentId, @PathVariable String criterion,
                   @ModelAttribute("commentForm") CommentForm form, BindingResult errors, Model model,
                   RedirectAttributes redirect) {
        SiteSummary site = site(id);
        try {
            assessments.comment(site.id(), assessmentId, criterion, form.getComment());
            redirect.addFlashAttribute("success", "Comment added");
            return "redirect:/sites/" + id + "/readiness/" + assessmentId + "#" + criterion;
        } catch (RuleViolationException rule) {
            RuleErrors.reject(errors, rule);
        }
        model.addAttribute("answer", new CriterionForm());
        model.addAttribute("upload", new UploadForm());
        return render(site, assessmentId, criterion, model);
    }

    /** The file as stored, as an attachment, never rendered by the browser as something else. */
    @GetMapping(BASE + "/files/{fileId}")
    @PreAuthorize(SITE_OR_LICENSOR)
    ResponseEntity<byte[]> download(@PathVariable UUID id, @PathVariable UUID assessmentId, @PathVariable UUID fileId) {
        Download file = queries.download(site(id).id(), assessmentId, fileId).orElseThrow(() -> new NotFoundException("File"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }

    @PostMapping(BASE + "/files/{fileId}/removal")
    @PreAuthorize("hasAnyRole('SITE_LEAD', 'FACILITATOR')")
    String remove(@PathVariable UUID id, @PathVariable UUID assessmentId, @PathVariable UUID fileId,
                  RedirectAttributes redirect) {
        assessments.removeFile(site(id).id(), assessmentId, fileId);
        redirect.addFlashAttribute("success", "File removed; it stays listed in the history");
        return "redirect:/sites/" + id + "/readiness/" + assessmentId;
    }

    private String render(SiteSummary site, UUID assessmentId, String criterion, Model model) {
        AssessmentPage page = page(site, assessmentId);
        model.addAttribute("site", site);
        model.addAttribute("page", page);
        model.addAttribute("view", view(page, criterion));
        model.addAttribute("ratings", ReadinessRating.values());
        model.addAttribute("maxMegabytes", maxMegabytes);
        return "site/readiness/criterion";
    }

    private static org.springframework.validation.BeanPropertyBindingResult freshErrors(Object form, String name,
                                                                                          String field, String message) {
        var errors = new org.springframework.validation.BeanPropertyBindingResult(form, name);
        errors.rejectValue(field, "invalid", message);
        return errors;
    }

    private AssessmentPage page(SiteSummary site, UUID assessmentId) {
        return queries.page(site.id(), assessmentId).orElseThrow(() -> new NotFoundException("Assessment"));
    }

    private static AssessmentPage.CriterionView view(AssessmentPage page, String criterion) {
        return page.sections().stream().flatMap(s -> s.criteria().stream())
                .filter(c -> c.criterion().code().equals(criterion)).findFirst()
                .orElseThrow(() -> new NotFoundException("Criterion"));
    }

    private SiteSummary site(UUID id) {
        return sites.find(new SiteId(id)).orElseThrow(() -> new NotFoundException("Site"));
    }
}
