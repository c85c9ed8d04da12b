package org.babysteps.reporting.evaluation;

import java.util.List;

/**
 * A horizontal bar chart drawn on the server as markup (no image, no script), the same on the page and in the PDF:
 * every bar carries its value as text, and {@link #summary()} says in words what the chart shows, for anyone who
 * cannot see it.
 *
 * @param title   what the chart shows
 * @param summary the text alternative: the chart's message and its values in a sentence or two
 * @param bars    in the order drawn
 */
public record BarChart(String title, String summary, List<Bar> bars) {

    public BarChart {
        bars = List.copyOf(bars);
    }

    /**
     * One bar.
     *
     * @param label what the bar is
     * @param value the figure as shown, e.g. "12" or "fewer than 5"
     * @param width length as a whole percentage of the chart's scale, or null when the figure is not shown (no bar
     *              is drawn for a suppressed count, so its length cannot give it away)
     * @param allSites true for a bar of the all-sites comparison, drawn in a second colour
     */
    public record Bar(String label, String value, Integer width, boolean allSites) {

        public Bar {
            if (width != null && (width < 0 || width > 100)) {
                throw new IllegalArgumentException("A bar's width is a percentage of the scale, not " + width);
            }
        }

        /** The width as a percentage of {@code scale}, rounded, at least 1 for anything above 0 so it is visible. */
        public static Integer widthOf(double value, double scale) {
            if (scale <= 0 || value <= 0) {
                return 0;
            }
            return (int) Math.max(1, Math.min(100, Math.round(100 * value / scale)));
        }
    }
}
