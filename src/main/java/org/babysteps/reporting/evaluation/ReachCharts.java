package org.babysteps.reporting.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.babysteps.delivery.DeliveryCounts;
import org.babysteps.family.ReferralActivity;
import org.babysteps.reporting.evaluation.BarChart.Bar;
import org.babysteps.reporting.evidence.SmallNumbers;

/** The reach charts of a report: the referral funnel and who was reached, counts under 5 drawn as no bar. */
final class ReachCharts {

    private ReachCharts() {
    }

    static BarChart funnel(ReferralActivity a, DeliveryCounts c) {
        long[] counts = {a.referred(), a.eligible(), a.enrolled(), c.familiesStarted(), a.completed()};
        List<String> labels = List.of("Referred", "Eligible", "Enrolled in a group", "Started attending",
                "Completed the programme");
        long scale = java.util.Arrays.stream(counts).max().orElse(0);
        List<Bar> bars = new ArrayList<>();
        List<String> said = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            long n = counts[i];
            bars.add(countBar(labels.get(i), n, scale));
            said.add(labels.get(i).toLowerCase(java.util.Locale.UK) + " " + SmallNumbers.count(n));
        }
        return new BarChart("Families from referral to completion",
                "Families at each step in the period: " + String.join(", ", said) + ".", bars);
    }

    /** Families enrolled in the period by each vulnerability factor on their referral, most common first. */
    static BarChart reachedByFactor(Map<String, Long> enrolledByFactor) {
        List<Map.Entry<String, Long>> factors = enrolledByFactor.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList();
        long scale = factors.stream().mapToLong(Map.Entry::getValue).max().orElse(0);
        List<Bar> bars = factors.stream().map(f -> countBar(f.getKey(), f.getValue(), scale)).toList();
        String summary = factors.isEmpty()
                ? "No family enrolled in the period had a vulnerability factor recorded on their referral."
                : "Families enrolled in the period, by vulnerability factor on their referral (a family can have several): "
                + String.join(", ", factors.stream().map(f -> f.getKey() + " " + SmallNumbers.count(f.getValue())).toList())
                + ".";
        return new BarChart("Who was reached, by vulnerability factor", summary, bars);
    }

    private static Bar countBar(String label, long n, long scale) {
        return new Bar(label, SmallNumbers.count(n), SmallNumbers.shown(n) ? Bar.widthOf(n, scale) : null, false);
    }
}
