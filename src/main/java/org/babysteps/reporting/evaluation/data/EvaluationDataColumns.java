package org.babysteps.reporting.evaluation.data;

import java.util.ArrayList;
import java.util.List;
import org.babysteps.reporting.evaluation.data.EvaluationDataSet.SubscaleColumn;

/**
 * The columns of the evaluator's data set, in order, with what each means: one definition for the CSV, the XLSX and
 * its "About this data" sheet, so they cannot drift apart. Cells are numbers (Integer), text, or null for empty.
 */
public final class EvaluationDataColumns {

    public record Column(String name, String meaning) {
    }

    private static final List<Column> FIXED = List.of(
            new Column("family_pseudonym", "The family, as a pseudonym (F-...): the same in every export of this installation"),
            new Column("parent_pseudonym", "The parent who answered, as a pseudonym (P-...)"),
            new Column("respondent_role", "birth parent or partner"),
            new Column("group_pseudonym", "The family's latest group, as a pseudonym (G-...); empty if it never took up a place"),
            new Column("time_point", "When in the programme the questionnaire was asked (programme's time point code)"),
            new Column("instrument_code", "The questionnaire, e.g. epds"),
            new Column("instrument_version", "The version of the questionnaire's file it was scored against"),
            new Column("total_score", "The stored total; empty when too many items were missing to score it"),
            new Column("total_prorated", "yes when the total was prorated for missing items as the instrument allows"),
            new Column("completion_month", "Month the questionnaire was completed, YYYY-MM (not the day, to lower re-identification risk)"),
            new Column("group_sessions_attended", "Delivered group sessions at which anyone of the family was present"),
            new Column("completed_programme", "yes when the family completed the programme"),
            new Column("gestation_weeks", "Completed weeks of pregnancy at birth; empty until the birth is recorded"),
            new Column("birth_weight_grams_rounded", "Birth weight rounded to the nearest 100 g; empty until recorded"),
            new Column("delivery_mode", "How the baby was born; empty until recorded"));

    private EvaluationDataColumns() {
    }

    /** Every column of this data set: the fixed ones, its instruments' subscales, then the referral factors. */
    public static List<Column> of(EvaluationDataSet data) {
        List<Column> columns = new ArrayList<>(FIXED);
        for (SubscaleColumn subscale : data.subscales()) {
            columns.add(new Column(subscaleName(subscale), "Subscale total: " + subscale.title()
                    + " (only on " + subscale.instrumentCode() + " rows, when all its items were answered)"));
        }
        for (String factor : data.factors()) {
            columns.add(new Column("factor: " + factor, "yes when \"" + factor + "\" was ticked on the family's referral"));
        }
        return columns;
    }

    /** The cells of one row, in the order of {@link #of(EvaluationDataSet)}. */
    public static List<Object> cells(EvaluationDataSet data, EvaluationDataRow row) {
        List<Object> cells = new ArrayList<>();
        cells.add(row.familyPseudonym());
        cells.add(row.parentPseudonym());
        cells.add(row.respondentRole());
        cells.add(row.groupPseudonym());
        cells.add(row.timePoint());
        cells.add(row.instrumentCode());
        cells.add(row.instrumentVersion());
        cells.add(row.total());
        cells.add(yesNo(row.prorated()));
        cells.add(row.completedMonth().toString());
        cells.add(row.sessionsAttended());
        cells.add(yesNo(row.completedProgramme()));
        cells.add(row.gestationWeeks());
        cells.add(row.birthWeightGrams());
        cells.add(row.deliveryMode());
        for (SubscaleColumn subscale : data.subscales()) {
            cells.add(subscale.instrumentCode().equals(row.instrumentCode())
                    ? row.subscaleTotals().get(subscale.code()) : null);
        }
        for (String factor : data.factors()) {
            cells.add(yesNo(row.vulnerabilityFactors().contains(factor)));
        }
        return cells;
    }

    /** What a row is and who is in the set: the CSV's comment header and the About sheet say the same. */
    public static List<String> notes(EvaluationDataSet data) {
        return List.of(
                "De-identified evaluation data of " + data.siteName() + ", " + data.period().label() + ".",
                "One row per completed questionnaire. Included: every parent of the site who completed at least one"
                        + " questionnaire in the period, with all their completed questionnaires up to the end of the"
                        + " period (so a baseline before the period comes with a later score in it, and pairs can be built).",
                "Pseudonyms are HMAC-SHA256 of the record's id under a secret key held by this installation: stable"
                        + " across its exports (merge on them), not reversible without the key.",
                "Small numbers: do not publish counts under 5, or anything from which they can be worked out.",
                "No names, dates of birth, addresses, phone numbers, email addresses, NHS numbers or free text.");
    }

    private static String subscaleName(SubscaleColumn subscale) {
        return "subscale: " + subscale.instrumentCode() + " " + subscale.code();
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }
}
