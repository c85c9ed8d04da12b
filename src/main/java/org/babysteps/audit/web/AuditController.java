package org.babysteps.audit.web;

import jakarta.validation.Valid;
import java.util.List;
import org.babysteps.audit.AuditAction;
import org.babysteps.audit.AuditLog;
import org.babysteps.audit.AuditRecord;
import org.babysteps.audit.internal.AuditChainVerifier;
import org.babysteps.audit.internal.AuditEntry;
import org.babysteps.audit.internal.AuditSearch;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** Licensor admins search the audit trail and check that it has not been tampered with. */
@Controller
@PreAuthorize("hasRole('LICENSOR_ADMIN')")
class AuditController {

    private final AuditSearch search;
    private final AuditChainVerifier verifier;
    private final AuditLog auditLog;

    AuditController(AuditSearch search, AuditChainVerifier verifier, AuditLog auditLog) {
        this.search = search;
        this.verifier = verifier;
        this.auditLog = auditLog;
    }

    @GetMapping("/audit")
    String search(@Valid @ModelAttribute("search") AuditSearchForm form, BindingResult errors, Model model) {
        form.validateDates(errors);
        List<AuditEntry> entries = errors.hasErrors() ? List.of() : search.find(form.toCriteria());
        if (!errors.hasErrors()) {
            auditLog.record(new AuditRecord(AuditAction.SEARCH, "audit-log", null, null,
                    "user=" + form.getUser() + " record=" + form.getRecordId()));
        }
        model.addAttribute("entries", entries);
        model.addAttribute("nextBefore", entries.size() == AuditSearch.PAGE_SIZE ? entries.get(entries.size() - 1).seq() : null);
        return "audit/search";
    }

    @PostMapping("/audit/verification")
    String verify(Model model) {
        model.addAttribute("verification", verifier.verify());
        return "audit/verification";
    }
}
