package org.babysteps.site;

import java.time.LocalDate;

/**
 * A site's request to adapt a programme component, as the site lead wrote it.
 *
 * @param coreJustification why the change does not compromise the model; required for a core component
 * @param endsOn            null when the adaptation has no end date
 */
public record NewAdaptation(String componentCode, String what, String why, String coreJustification,
                            LocalDate startsOn, LocalDate endsOn) {
}
