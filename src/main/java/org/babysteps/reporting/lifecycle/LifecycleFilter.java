package org.babysteps.reporting.lifecycle;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import org.babysteps.reporting.ComplianceStatus;
import org.babysteps.site.ImplementationStage;
import org.babysteps.site.LicenceState;

/**
 * What the licensor chose to see on the board, from the page's GET parameters. Unknown values are ignored rather
 * than refused: it is a filter on a bookmarkable address, and an old bookmark should still open.
 */
public record LifecycleFilter(String sort, ImplementationStage stage, LicenceState licence, ComplianceStatus compliance,
                              boolean riskOnly) {

    public static final List<String> SORTS = List.of("site", "stage", "time-in-stage", "licence-end", "funding-end", "compliance");

    public static LifecycleFilter of(String sort, String stage, String licence, String compliance, String risk) {
        return new LifecycleFilter(sort != null && SORTS.contains(sort) ? sort : "site", parse(ImplementationStage.class, stage),
                parse(LicenceState.class, licence), parse(ComplianceStatus.class, compliance), "yes".equals(risk));
    }

    public List<SiteLifecycleRow> apply(List<SiteLifecycleRow> rows) {
        Predicate<SiteLifecycleRow> keep = row -> (stage == null || row.stage() == stage)
                && (licence == null || row.licenceState() == licence)
                && (compliance == null || row.compliance() == compliance)
                && (!riskOnly || row.atRisk());
        return rows.stream().filter(keep).sorted(order()).toList();
    }

    private Comparator<SiteLifecycleRow> order() {
        Comparator<SiteLifecycleRow> byName = Comparator.comparing(row -> row.siteName().toLowerCase(Locale.UK));
        Comparator<SiteLifecycleRow> chosen = switch (sort) {
            case "stage" -> Comparator.comparing(SiteLifecycleRow::stage);
            case "time-in-stage" -> Comparator.comparing(SiteLifecycleRow::stageSince);
            case "licence-end" -> Comparator.comparing(SiteLifecycleRow::licenceEnd, Comparator.nullsLast(Comparator.naturalOrder()));
            case "funding-end" -> Comparator.comparing(SiteLifecycleRow::fundingEnd, Comparator.nullsFirst(Comparator.naturalOrder()));
            case "compliance" -> Comparator.comparing(SiteLifecycleRow::compliance);
            default -> byName;
        };
        return chosen.thenComparing(byName);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        return null;
    }
}
