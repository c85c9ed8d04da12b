package org.babysteps.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.OutcomeFigures;
import org.babysteps.outcomes.OutcomeRow;
import org.babysteps.platform.SiteId;
import org.babysteps.reporting.ReportingPeriod;
import org.babysteps.reporting.outcomes.NationalOutcomeRow;
import org.babysteps.reporting.outcomes.NationalOutcomes;
import org.babysteps.reporting.outcomes.NationalOutcomesCsv.InstrumentTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * A site's report beside the licensor's national table of the same period: the report's all-sites figures are never
 * shown where the national table hides them, or someone who reads both (the licensor, a commissioner funding two
 * sites) could take the sites shown away from the report's line. Every period between two days on which the demo's
 * later questionnaires were completed gives different small sites.
 */
@PlatformTest
@Transactional
class EvaluationReportDisclosureTest {

    @Autowired EvaluationReports reports;
    @Autowired EvaluationReportBuilder builder;
    @Autowired NationalOutcomes national;
    @Autowired UserStore users;
    @Autowired JdbcClient jdbc;

    @Test
    void noReportShowsAnAllSitesFigureThatTheNationalTableOfTheSamePeriodHides() {
        SignedIn signedIn = new SignedIn(users);
        List<LocalDate> days = jdbc.sql("""
                select distinct (completed_at at time zone 'Europe/London')::date from questionnaire_response
                where time_point = 'end-of-programme' and status = 'COMPLETED' and total is not null order by 1
                """).query(LocalDate.class).list();
        Map<String, String> leads = Map.of("North Demo Site", "lead@north.demo", "South Demo Site", "lead@south.demo");
        int linesShown = 0;
        int hiddenForTheSmallSites = 0;
        for (LocalDate from : days) {
            for (LocalDate to : days.stream().filter(day -> !day.isBefore(from)).toList()) {
                ReportingPeriod period = new ReportingPeriod(from, to);
                Map<String, NationalOutcomeRow> allSites = signedIn.as("manager@licensor.demo",
                        () -> national.tables(period, EvaluationReportBuilder.COMPARISON, "site")).stream()
                        .collect(Collectors.toMap(InstrumentTable::instrumentName,
                                table -> table.rows().get(table.rows().size() - 1)));
                for (var lead : leads.entrySet()) {
                    SiteId site = new SiteId(jdbc.sql("select id from site where name = ?").param(lead.getKey())
                            .query(UUID.class).single());
                    List<OutcomeSection> sections = signedIn.as(lead.getValue(), () -> builder.build(
                            reports.start(site, "Disclosure check", period)).outcomes());
                    for (OutcomeSection section : sections) {
                        OutcomeRow report = section.rows().get(section.rows().size() - 1);
                        OutcomeRow table = allSites.get(section.instrumentName()).figures();
                        String where = section.instrumentName() + " at " + lead.getKey() + " from " + from + " to " + to;
                        if (report.pairs().matches("\\d+")) {
                            linesShown++;
                            assertThat(table.pairs()).as(where).isEqualTo(report.pairs());
                            assertThat(report.reliablyImproved()).as(where).isIn(table.reliablyImproved(),
                                    OutcomeFigures.NOT_SHOWN);
                            assertThat(report.withoutLaterScore()).as(where).isIn(table.withoutLaterScore(),
                                    OutcomeFigures.NOT_SHOWN);
                        }
                        if (section.sentences().contains(AllSitesLine.SMALL_SITES_WORKED_OUT)) {
                            hiddenForTheSmallSites++;
                        }
                    }
                }
            }
        }
        assertThat(linesShown).as("some report compares with all sites").isPositive();
        assertThat(hiddenForTheSmallSites).as("some period has small sites the report's old rule gave away")
                .isPositive();
    }
}
