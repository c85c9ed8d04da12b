package org.babysteps.reporting.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.babysteps.PlatformTest;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The licensor's outcomes by site, read as someone would who wants a suppressed site's count: all sites minus the
 * sites shown. Every period between two days on which the demo's later questionnaires were completed gives different
 * small sites (the demo's sites have about 5 pairs per instrument, spread over a few days).
 */
@PlatformTest
@AutoConfigureMockMvc
class NationalOutcomesDisclosureTest {

    private static final String HIDDEN = "not shown (fewer than 5)";
    private static final String FEWER = "fewer than 5";
    private static final Pattern TABLE = Pattern.compile("<h2 class=\"govuk-heading-m\">([^<]*)</h2>(.*?)</table></div>(.*?)</div>");
    private static final Pattern ROW = Pattern.compile("<th scope=\"row\" class=\"govuk-table__header app-break-anywhere\">"
            + "([^<]*)</th><td class=\"govuk-table__cell\">([^<]*)</td><td class=\"govuk-table__cell\">([^<]*)</td>");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;

    /** A line of a table as read from the page: its pairs and mean change cells. */
    private record Line(String name, String pairs, String meanChange) {

        boolean exact() {
            return pairs.matches("\\d+");
        }

        /** "fewer than 5" with its figures not shown: 1 to 4 pairs (a site with none shows "–" for its figures). */
        boolean small() {
            return pairs.equals(FEWER) && meanChange.equals(HIDDEN);
        }
    }

    @Test
    void noPeriodLetsAllSitesMinusTheSitesShownTellASuppressedSitesPairs() throws Exception {
        List<LocalDate> days = jdbc.sql("""
                select distinct (completed_at at time zone 'Europe/London')::date from questionnaire_response
                where time_point = 'end-of-programme' and status = 'COMPLETED' and total is not null order by 1
                """).query(LocalDate.class).list();
        assertThat(days).as("the demo's later questionnaires were completed over a few days").hasSizeGreaterThan(1);
        int tablesChecked = 0;
        int allSitesHidden = 0;
        for (LocalDate from : days) {
            for (LocalDate to : days.stream().filter(day -> !day.isBefore(from)).toList()) {
                String page = mvc.perform(get("/outcomes").param("from", from.toString()).param("to", to.toString())
                                .with(user(account("manager@licensor.demo"))))
                        .andExpect(status().isOk())
                        .andReturn().getResponse().getContentAsString().replaceAll(">\\s+<", "><");
                Matcher table = TABLE.matcher(page);
                while (table.find()) {
                    List<Line> lines = lines(table.group(2));
                    Line allSites = lines.remove(lines.size() - 1);
                    String where = table.group(1) + " from " + from + " to " + to + ": " + lines + " then " + allSites;
                    assertThat(allSites.name()).isEqualTo("All sites");
                    tablesChecked++;
                    if (allSites.exact()) {
                        assertCannotBeWorkedOut(Integer.parseInt(allSites.pairs()), lines, where);
                    } else if (allSites.pairs().equals(HIDDEN)) {
                        allSitesHidden++;
                        assertThat(table.group(3)).as(where).contains("can&#39;t be worked out by subtraction");
                    }
                }
            }
        }
        assertThat(tablesChecked).isGreaterThan(days.size() * 5);
        assertThat(allSitesHidden).as("some period has sites of fewer than 5 that all sites would give away").isPositive();
    }

    /**
     * All sites minus the shown sites is shared by the small sites, each with 1 to 4: it must not be 1 to 4 itself,
     * and must leave each small site more than one count it could have.
     */
    private static void assertCannotBeWorkedOut(int allSites, List<Line> sites, String where) {
        int rest = allSites - sites.stream().filter(Line::exact).mapToInt(line -> Integer.parseInt(line.pairs())).sum();
        long small = sites.stream().filter(Line::small).count();
        assertThat(rest >= 1 && rest <= 4).as("all sites minus the sites shown is 1 to 4, " + where).isFalse();
        if (small > 0) {
            long least = Math.max(1, rest - 4 * (small - 1));
            long most = Math.min(4, rest - (small - 1));
            assertThat(most).as("a small site's possible pairs, " + where).isGreaterThan(least);
        } else {
            assertThat(rest).as(where).isZero();
        }
    }

    private static List<Line> lines(String table) {
        List<Line> lines = new ArrayList<>();
        Matcher row = ROW.matcher(table);
        while (row.find()) {
            lines.add(new Line(row.group(1), row.group(2), row.group(3)));
        }
        return lines;
    }

    private CurrentUser account(String email) {
        return users.findByEmail(email).orElseThrow();
    }
}
