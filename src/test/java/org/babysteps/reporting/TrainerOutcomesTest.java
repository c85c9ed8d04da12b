package org.babysteps.reporting;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.babysteps.PlatformTest;
import org.babysteps.identity.internal.UserStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** The licensor sees, per trainer, how many trainees went on to deliver: the demo's trainer trained four. */
@PlatformTest
@AutoConfigureMockMvc
class TrainerOutcomesTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;

    @Test
    void theDemoTrainersTraineesWhoRanSessionsAreCounted() throws Exception {
        String page = mvc.perform(get("/workforce/trainers").with(user(users.findByEmail("admin@licensor.demo").orElseThrow())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Tara Licensor-Trainer (demo)")))
                .andReturn().getResponse().getContentAsString();
        List<String> cells = cellsOfRow(page, "Tara Licensor-Trainer (demo)");
        // trained: midwife, family support worker, health visitor (the early years practitioner missed an event);
        // of those only the two with accounts ran the demo groups
        assertThat(cells).as(String.join("|", cells)).hasSize(6);
        assertThat(cells.get(3)).isEqualTo("3");
        assertThat(cells.get(4)).isEqualTo("2");
    }

    private static List<String> cellsOfRow(String html, String firstCell) {
        // the row whose FIRST cell is the trainer (their name also appears as "accredited by" in others' rows)
        Matcher rowMatch = Pattern.compile("<tr[^>]*>\\s*<td[^>]*>" + Pattern.quote(firstCell) + "</td>(.*?)</tr>",
                Pattern.DOTALL).matcher(html);
        assertThat(rowMatch.find()).as("a row for " + firstCell).isTrue();
        String row = rowMatch.group(1);
        List<String> cells = new java.util.ArrayList<>();
        cells.add(firstCell);
        Matcher cell = Pattern.compile("<td[^>]*>([^<]*)</td>").matcher(row);
        while (cell.find()) {
            cells.add(cell.group(1).trim());
        }
        return cells;
    }
}
