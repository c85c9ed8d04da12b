package org.babysteps.workforce;

import java.util.List;

/** One question's average by quarter across every run of a course, each point labelled with the course version. */
public record FeedbackTrend(CourseDefinition course, FeedbackQuestion question, boolean followUp, List<Point> points) {

    public FeedbackTrend {
        points = List.copyOf(points);
    }

    /** e.g. "2027 Q1", version 2, average 4.2 over 23 answers. */
    public record Point(String quarter, int courseVersion, double average, int answers) {
    }
}
