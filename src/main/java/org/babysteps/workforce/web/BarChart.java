package org.babysteps.workforce.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart of averages on the 1 to 5 scale, laid out here so the template only places SVG
 * elements: no script, no inline style (the CSP allows neither). Each bar has its label on the line above it.
 *
 * @param id          unique on the page, for the SVG's title and description ids
 * @param description what the chart shows, for screen readers; the data table under it has every number
 */
public record BarChart(String id, String title, String description, List<Bar> bars, int height) {

    static final int WIDTH = 640;
    private static final int BAR_AREA = 560;
    private static final int ROW = 56;
    private static final double SCALE_MAX = 5.0;

    /** One bar: label, the value as text, and its geometry in SVG units. */
    public record Bar(String label, String valueText, int labelY, int barY, int barWidth, int valueX, boolean empty) {
    }

    /** A bar per value; a null value (no answers yet) draws no bar and says so. */
    static BarChart of(String id, String title, String description, List<String> labels, List<Double> values) {
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Double value = values.get(i);
            int top = i * ROW;
            int width = value == null ? 0 : (int) Math.round(BAR_AREA * value / SCALE_MAX);
            bars.add(new Bar(labels.get(i), value == null ? "no answers" : format(value), top + 16, top + 24,
                    width, width + 8, value == null));
        }
        return new BarChart(id, title, description, bars, Math.max(ROW, labels.size() * ROW));
    }

    public int width() {
        return WIDTH;
    }

    static String format(double value) {
        return String.format(Locale.UK, "%.1f", value);
    }
}
