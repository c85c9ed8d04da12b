package org.babysteps.reporting.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.babysteps.delivery.DeliveryCounts;
import org.babysteps.family.ReferralActivity;
import org.babysteps.reporting.evaluation.BarChart.Bar;
import org.junit.jupiter.api.Test;

/** Bars on the report: lengths on the chart's scale, and no bar at all for a count under 5. */
class BarChartTest {

    @Test
    void aBarsWidthIsItsShareOfTheScaleWithAnythingAboveZeroVisible() {
        assertThat(Bar.widthOf(12, 24)).isEqualTo(50);
        assertThat(Bar.widthOf(1, 1000)).isEqualTo(1);
        assertThat(Bar.widthOf(0, 10)).isZero();
        assertThat(Bar.widthOf(30, 24)).isEqualTo(100);
        assertThatThrownBy(() -> new Bar("x", "1", 101, false)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theFunnelDrawsNoBarForACountUnder5AndSaysFewerThan5() {
        ReferralActivity activity = new ReferralActivity(40, 4, 20, 3, Map.of(), Map.of());
        BarChart funnel = ReachCharts.funnel(activity, new DeliveryCounts(2, 18, 0, 18, 200, 170, 19));
        assertThat(funnel.bars()).extracting(Bar::label).containsExactly("Referred", "Eligible", "Enrolled in a group",
                "Started attending", "Completed the programme");
        assertThat(funnel.bars().get(0).width()).isEqualTo(100);
        assertThat(funnel.bars().get(1).width()).isEqualTo(90); // 36 eligible of 40
        assertThat(funnel.bars().get(4).width()).isNull();
        assertThat(funnel.bars().get(4).value()).isEqualTo("fewer than 5");
        assertThat(funnel.summary()).contains("completed the programme fewer than 5").doesNotContain(" 3,", " 3.");
    }

    @Test
    void whoWasReachedListsTheCommonestFactorFirstAndHidesSmallOnes() {
        BarChart reached = ReachCharts.reachedByFactor(Map.of("First-time parent", 12L, "Domestic abuse", 2L,
                "Young parent (under 20)", 6L));
        assertThat(reached.bars()).extracting(Bar::label)
                .containsExactly("First-time parent", "Young parent (under 20)", "Domestic abuse");
        assertThat(reached.bars()).extracting(Bar::width).containsExactly(100, 50, null);
        assertThat(ReachCharts.reachedByFactor(Map.of()).summary()).startsWith("No family enrolled");
    }
}
