package org.babysteps.reporting.outcomes;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.babysteps.outcomes.OutcomeRow;

/** The national outcomes table as CSV, with the same suppressed figures the page shows. */
public final class NationalOutcomesCsv {

    private static final String[] HEADER = {"Instrument", "Site", "Parents with both scores", "Mean change",
        "95% confidence interval", "Reliably improved", "Baseline but no later score", "Note"};

    private NationalOutcomesCsv() {
    }

    /**
     * One table per instrument: its name and its rows, the all-sites row included, and why any all-sites figure is
     * not shown, in words.
     */
    public record InstrumentTable(String instrumentName, List<NationalOutcomeRow> rows, List<String> notes) {

        public InstrumentTable {
            rows = List.copyOf(rows);
            notes = List.copyOf(notes);
        }
    }

    public static String write(List<InstrumentTable> tables) {
        StringWriter out = new StringWriter();
        // spreadsheet programs run cells starting = + - @ as formulas: text cells (and "-3.1 to -1.2") go through safe(); a negative mean
        // change is a number, and spreadsheets read "-2.5" as one, not as a formula
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.EXCEL.builder().setHeader(HEADER).get())) {
            for (InstrumentTable table : tables) {
                for (NationalOutcomeRow row : table.rows()) {
                    OutcomeRow figures = row.figures();
                    printer.printRecord(safe(table.instrumentName()), safe(row.siteName()), figures.pairs(),
                            figures.meanChange(), safe(figures.confidenceInterval()), figures.reliablyImproved(),
                            figures.withoutLaterScore(), note(table, row));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Why the all-sites row's figures are not all shown; empty on the sites' rows, which the page explains above. */
    private static String note(InstrumentTable table, NationalOutcomeRow row) {
        return row == table.rows().get(table.rows().size() - 1) ? String.join(" ", table.notes()) : "";
    }

    /**
     * The text as a spreadsheet shows it rather than runs it: a leading = + - @ tab or carriage return gets a quote
     * mark first. For every CSV the platform writes.
     */
    public static String safe(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
