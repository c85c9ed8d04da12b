package org.babysteps.outcomes.alert;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.babysteps.platform.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.ClassPathResource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The bank holidays of England and Wales, kept as data in {@code calendar/bank-holidays-england-and-wales.yml}
 * (copied from gov.uk). A date that is not a date, falls at a weekend (a bank holiday there has a substitute
 * weekday instead), is outside the file's years or appears twice stops start-up with the file and date named.
 * A file that ends within a year is logged as a warning at start-up, so it is extended before it runs out.
 */
final class BankHolidays {

    private static final Logger log = LoggerFactory.getLogger(BankHolidays.class);

    static final String FILE = "calendar/bank-holidays-england-and-wales.yml";

    private BankHolidays() {
    }

    static Set<LocalDate> load() {
        Set<LocalDate> holidays;
        try (InputStream in = new ClassPathResource(FILE).getInputStream()) {
            holidays = read(in, FILE);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + FILE, unreadable);
        }
        // past its last year every weekday counts as a working day, so escalations would fall on bank holidays
        if (runsOutSoon(holidays, UkTime.today())) {
            log.warn("{} ends with {}: add the next years' bank holidays from https://www.gov.uk/bank-holidays,"
                    + " or alert escalation will count them as working days", FILE, lastYear(holidays));
        }
        return holidays;
    }

    /** Whether the file ends less than a year from today: today plus one year falls after its last year. */
    static boolean runsOutSoon(Set<LocalDate> holidays, LocalDate today) {
        return today.plusYears(1).getYear() > lastYear(holidays);
    }

    private static int lastYear(Set<LocalDate> holidays) {
        return holidays.stream().mapToInt(LocalDate::getYear).max().orElseThrow();
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
