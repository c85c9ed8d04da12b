package org.babysteps.site.adaptation;

import org.babysteps.programme.ProgrammeComponent;
import org.babysteps.programme.ProgrammeDefinition;
import org.babysteps.site.NewAdaptation;
import org.babysteps.site.SiteChangeRejectedException;

/**
 * What a request for a local adaptation must say: a component that exists in the programme, what changes and
 * why, from when (and until when, if it ends, not before it starts); and, when the component is core, an explicit
 * justification, because changing a core component risks the evidence the programme rests on.
 */
public final class AdaptationRequestPolicy {

    static final int MAX_TEXT = 4000;

    /** The component the request is about; throws {@link SiteChangeRejectedException} naming the first bad field. */
    public ProgrammeComponent check(NewAdaptation request, ProgrammeDefinition programme) {
        if (request.componentCode() == null || request.componentCode().isBlank()) {
            throw new SiteChangeRejectedException("componentCode", "Select the part of the programme to adapt");
        }
        ProgrammeComponent component = programme.component(request.componentCode().trim()).orElseThrow(() ->
                new SiteChangeRejectedException("componentCode",
                        "Select a part of the " + programme.name() + " programme from the list: the one sent is not in the programme"));
        text(request.what(), "what", "Describe what will change");
        text(request.why(), "why", "Explain why the change is needed");
        if (component.core()) {
            text(request.coreJustification(), "coreJustification", "\u201c" + component.title()
                    + "\u201d is a core component: explain why changing it does not compromise the programme");
        } else if (request.coreJustification() != null && request.coreJustification().length() > MAX_TEXT) {
            throw new SiteChangeRejectedException("coreJustification", "Justification must be " + MAX_TEXT + " characters or fewer");
        }
        if (request.startsOn() == null) {
            throw new SiteChangeRejectedException("startsOn", "Enter the date the adaptation starts");
        }
        if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            throw new SiteChangeRejectedException("endsOn", "End date must be on or after the start date");
        }
        return component;
    }

    private static void text(String value, String field, String whenBlank) {
        if (value == null || value.isBlank()) {
            throw new SiteChangeRejectedException(field, whenBlank);
        }
        if (value.length() > MAX_TEXT) {
            throw new SiteChangeRejectedException(field, "This must be " + MAX_TEXT + " characters or fewer");
        }
    }
}
