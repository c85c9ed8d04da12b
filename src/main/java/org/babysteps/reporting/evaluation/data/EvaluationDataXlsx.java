package org.babysteps.reporting.evaluation.data;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.babysteps.reporting.evaluation.data.EvaluationDataColumns.Column;

/**
 * The data set as an XLSX workbook: a "Data" sheet (header row, one row per completed questionnaire; numbers as
 * numbers) and an "About this data" sheet (the period, when it was made, what a row is, each column, how the
 * pseudonyms work, the small-numbers rule). Written with the streaming workbook, which keeps only a window of rows
 * in memory. Text cells are written as text, so nothing in them runs as a formula.
 */
public final class EvaluationDataXlsx {

    /** Rows SXSSF keeps in memory before flushing to its temporary file. */
    private static final int WINDOW = 100;
    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private EvaluationDataXlsx() {
    }

    public static void write(EvaluationDataSet data, OutputStream out) {
        SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
        try {
            List<Column> columns = EvaluationDataColumns.of(data);
            Sheet sheet = workbook.createSheet("Data");
            writeRow(sheet.createRow(0), columns.stream().map(Column::name).map(Object.class::cast).toList());
            int next = 1;
            for (EvaluationDataRow row : data.rows()) {
                writeRow(sheet.createRow(next++), EvaluationDataColumns.cells(data, row));
            }
            about(workbook.createSheet("About this data"), data, columns);
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
            try {
                workbook.close();
            } catch (IOException ignored) {
                // the temporary files are already gone (dispose); nothing left to release
            }
        }
    }

    private static void about(Sheet sheet, EvaluationDataSet data, List<Column> columns) {
        int next = 0;
        next = pair(sheet, next, "Site", data.siteName());
        next = pair(sheet, next, "Period", data.period().from() + " to " + data.period().to());
        next = pair(sheet, next, "Generated at", GENERATED.format(data.generatedAt()) + " (UK time)");
        next = pair(sheet, next, "Rows", String.valueOf(data.rows().size()));
        next++;
        for (String note : EvaluationDataColumns.notes(data)) {
            sheet.createRow(next++).createCell(0).setCellValue(note);
        }
        next++;
        next = pair(sheet, next, "Column", "Meaning");
        for (Column column : columns) {
            next = pair(sheet, next, column.name(), column.meaning());
        }
    }

    private static int pair(Sheet sheet, int index, String label, String value) {
        Row row = sheet.createRow(index);
        row.createCell(0).setCellValue(label);
        row.createCell(1).setCellValue(value);
        return index + 1;
    }

    private static void writeRow(Row row, List<Object> values) {
        for (int i = 0; i < values.size(); i++) {
            Object value = values.get(i);
            Cell cell = row.createCell(i);
            if (value instanceof Integer number) {
                cell.setCellValue(number);
            } else if (value != null) {
                cell.setCellValue(value.toString());
            }
        }
    }
}
