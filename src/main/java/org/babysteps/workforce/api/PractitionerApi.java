package org.babysteps.workforce.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.babysteps.identity.Access;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.SiteId;
import org.babysteps.workforce.PractitionerId;
import org.babysteps.workforce.Practitioners;
import org.babysteps.workforce.WorkforceRuleException;
import org.babysteps.workforce.api.PractitionerJson.PractitionerRequest;
import org.babysteps.workforce.api.PractitionerJson.PractitionerResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Practitioners for other agencies' systems: the same rules, scoping and audit as the practitioner pages. */
@RestController
@RequestMapping("/api/v1/practitioners")
@PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'PROGRAMME_MANAGER', 'SITE_LEAD')")
@Tag(name = "Practitioners")
class PractitionerApi {

    private final Practitioners practitioners;
    private final Access access;

    PractitionerApi(Practitioners practitioners, Access access) {
        this.practitioners = practitioners;
        this.access = access;
    }

    /**
     * Runs before any request body is read: callers who may only read are refused a change (403), and another
     * site's practitioner is not found (404), so a 400 never tells an outsider the route works.
     */
    @ModelAttribute
    void refuseOutsidersBeforeReadingTheBody(@PathVariable(required = false) UUID id, HttpServletRequest request) {
        boolean change = !"GET".equals(request.getMethod());
        if (change && !request.isUserInRole("LICENSOR_ADMIN") && !request.isUserInRole("SITE_LEAD")) {
            throw new AccessDeniedException("Read-only caller");
        }
        if (id != null) {
            practitioners.find(new PractitionerId(id));
        }
    }

    @GetMapping
    @Operation(summary = "The practitioners of a site, leavers included")
    List<PractitionerResponse> list(@RequestParam UUID siteId) {
        if (!access.scope().includes(new SiteId(siteId))) {
            throw new NotFoundException("Site");
        }
        return practitioners.atSite(new SiteId(siteId)).stream().map(p -> PractitionerResponse.of(p, null)).toList();
    }

    @GetMapping("/{id}")
    @Operation(summary = "One practitioner, with the version a change must carry")
    PractitionerResponse get(@PathVariable UUID id) {
        return PractitionerResponse.of(practitioners.find(new PractitionerId(id)));
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    @Operation(summary = "Add a practitioner to one or more of your sites")
    PractitionerResponse create(@RequestBody PractitionerRequest request) {
        PractitionerId id = practitioners.add(request.details());
        return PractitionerResponse.of(practitioners.find(id));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('LICENSOR_ADMIN', 'SITE_LEAD')")
    @Operation(summary = "Change a practitioner, including their leaving date; 422 if someone changed it since version")
    PractitionerResponse update(@PathVariable UUID id, @RequestBody PractitionerRequest request) {
        if (request.version() == null) {
            throw new WorkforceRuleException("version", "Send the version of the practitioner you read");
        }
        practitioners.update(new PractitionerId(id), request.version(), request.details());
        return PractitionerResponse.of(practitioners.find(new PractitionerId(id)));
    }
}
