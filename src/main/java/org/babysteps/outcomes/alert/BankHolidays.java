package org.babysteps.outcomes.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bank holidays of England and Wales, kept as data in {@code calendar/bank-holidays-england-and-wales.yml}
 * (copied from gov.uk). A date that is not a date, falls at a weekend (a bank holiday there has a substitute
 * weekday instead), is outside the file's years or appears twice stops start-up with the file and date named.
 */
final class BankHolidays {

    static final String FILE = "calendar/bank-holidays-england-and-wales.yml";

    private BankHolidays() {
    }

    static Set<LocalDate> load() {
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            return read(in, FILE);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + FILE, unreadable);
        }
    }

    static Set<LocalDate> read(InputStream in, String file) {
        JsonNode root;
        try {
            root = YAMLMapper.builder().build().readTree(in);
        } catch (JacksonException unparseable) {
            throw invalid(file, unparseable.getOriginalMessage());
        }
        Set<Integer> years = new HashSet<>();
        root.path("years").forEach(year -> years.add(year.asInt()));
        Set<LocalDate> holidays = new HashSet<>();
        for (JsonNode holiday : root.path("holidays")) {
            String text = holiday.path("date").asString();
            LocalDate date = parse(text, file);
            if (!years.contains(date.getYear())) {
                throw invalid(file, text + " is outside the years the file covers " + years);
            }
            if (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY) {
                throw invalid(file, text + " is a weekend day: give the substitute weekday");
            }
            if (!holidays.add(date)) {
                throw invalid(file, text + " is listed twice");
            }
        }
        if (holidays.isEmpty()) {
            throw invalid(file, "no holidays are listed");
        }
        return Set.copyOf(holidays);
    }

    private static LocalDate parse(String text, String file) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeException notADate) {
            throw invalid(file, "'" + text + "' is not a date (yyyy-mm-dd)");
        }
    }

    private static IllegalStateException invalid(String file, String problem) {
        return new IllegalStateException(file + ": " + problem);
    }
}
