package org.babysteps.reporting.evaluation.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.babysteps.reporting.evaluation.data.EvaluationDataColumns.Column;
import org.babysteps.reporting.outcomes.NationalOutcomesCsv;

/**
 * The data set as UTF-8 CSV: a few "#" comment lines saying what a row is and how to use it (read with e.g.
 * pandas' {@code comment='#'}), the header, then one line per completed questionnaire.
 */
public final class EvaluationDataCsv {

    private EvaluationDataCsv() {
    }

    public static void write(EvaluationDataSet data, OutputStream out) {
        List<Column> columns = EvaluationDataColumns.of(data);
        CSVFormat format = CSVFormat.EXCEL.builder().setCommentMarker('#')
                .setHeaderComments(EvaluationDataColumns.notes(data).toArray(Object[]::new))
                .setHeader(columns.stream().map(column -> NationalOutcomesCsv.safe(column.name())).toArray(String[]::new))
                .get();
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            CSVPrinter printer = new CSVPrinter(writer, format);
            for (EvaluationDataRow row : data.rows()) {
                printer.printRecord(EvaluationDataColumns.cells(data, row).stream().map(EvaluationDataCsv::cell).toList());
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Spreadsheets run text cells starting = + - @ as formulas; pseudonyms and codes go through the shared guard. */
    private static Object cell(Object value) {
        if (value == null) {
            return "";
        }
        return value instanceof String text ? NationalOutcomesCsv.safe(text) : value;
    }
}
