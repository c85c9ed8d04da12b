package org.babysteps.site.adaptation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /** The component the request is about; throws the first of {@link #problems} (in form order), if any. */
    public ProgrammeComponent check(NewAdaptation request, ProgrammeDefinition programme) {
        List<SiteChangeRejectedException> problems = problems(request, programme);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return component(request, programme).orElseThrow();
    }

    /** Every problem with the request, each naming its form field, so a form can show them all at once. */
    public List<SiteChangeRejectedException> problems(NewAdaptation request, ProgrammeDefinition programme) {
        List<SiteChangeRejectedException> problems = new ArrayList<>();
        Optional<ProgrammeComponent> component = component(request, programme);
        if (request.componentCode() == null || request.componentCode().isBlank()) {
            problems.add(new SiteChangeRejectedException("componentCode", "Select the part of the programme to adapt"));
        } else if (component.isEmpty()) {
            problems.add(new SiteChangeRejectedException("componentCode", "Select a part of the " + programme.name()
                    + " programme from the list: the one sent is not in the programme"));
        }
        text(request.what(), "what", "Describe what will change", true, problems);
        text(request.why(), "why", "Explain why the change is needed", true, problems);
        boolean core = component.map(ProgrammeComponent::core).orElse(false);
        text(request.coreJustification(), "coreJustification", component.map(c -> "\u201c" + c.title()
                + "\u201d is a core component: explain why changing it does not compromise the programme").orElse(null),
                core, problems);
        if (request.startsOn() == null) {
            problems.add(new SiteChangeRejectedException("startsOn", "Enter the date the adaptation starts"));
        } else if (request.endsOn() != null && request.endsOn().isBefore(request.startsOn())) {
            problems.add(new SiteChangeRejectedException("endsOn", "End date must be on or after the start date"));
        }
        return problems;
    }

    private static Optional<ProgrammeComponent> component(NewAdaptation request, ProgrammeDefinition programme) {
        return request.componentCode() == null ? Optional.empty() : programme.component(request.componentCode().trim());
    }

    private static void text(String value, String field, String whenBlank, boolean required,
                             List<SiteChangeRejectedException> problems) {
        if (value == null || value.isBlank()) {
            if (required) {
                problems.add(new SiteChangeRejectedException(field, whenBlank));
            }
        } else if (value.length() > MAX_TEXT) {
            problems.add(new SiteChangeRejectedException(field, "This must be " + MAX_TEXT + " characters or fewer"));
        }
    }
}
