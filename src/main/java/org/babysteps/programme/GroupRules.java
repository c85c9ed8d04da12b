package org.babysteps.programme;

/**
 * How groups are formed: at most {@code maxFamilies} families (a waiting list beyond), and a family fits a group
 * when, at the group's first session, the pregnancy is between {@code minGestationWeeksAtStart} and
 * {@code maxGestationWeeksAtStart} weeks (derived from the expected date of delivery).
 */
public record GroupRules(int maxFamilies, int minGestationWeeksAtStart, int maxGestationWeeksAtStart) {
}
