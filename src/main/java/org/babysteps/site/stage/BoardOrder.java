package org.babysteps.site.stage;

/** How the licensor's table of sites' stages is sorted; each value is a fixed ORDER BY, never user text. */
public enum BoardOrder {
    SITE_NAME("lower(s.name)"),
    LONGEST_IN_STAGE("since asc, lower(s.name)"),
    SHORTEST_IN_STAGE("since desc, lower(s.name)");

    private final String orderBy;

    BoardOrder(String orderBy) {
        this.orderBy = orderBy;
    }

    String orderBy() {
        return orderBy;
    }
}
