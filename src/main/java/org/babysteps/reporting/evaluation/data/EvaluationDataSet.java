package org.babysteps.reporting.evaluation.data;

import java.time.LocalDateTime;
import java.util.List;
import org.babysteps.reporting.ReportingPeriod;

/**
 * A site's de-identified evaluation data for a period, with the columns that vary by data: a column for each
 * subscale of the instruments in it and one for each referral factor.
 *
 * @param generatedAt UK local time the set was read
 */
public record EvaluationDataSet(String siteName, ReportingPeriod period, LocalDateTime generatedAt,
                                List<SubscaleColumn> subscales, List<String> factors, List<EvaluationDataRow> rows) {

    public EvaluationDataSet {
        subscales = List.copyOf(subscales);
        factors = List.copyOf(factors);
        rows = List.copyOf(rows);
    }

    /** A published subscale of an instrument in the data, e.g. EPDS's anxiety items. */
    public record SubscaleColumn(String instrumentCode, String code, String title) {
    }
}
