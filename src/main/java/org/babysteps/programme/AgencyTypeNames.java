package org.babysteps.programme;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The agency types programme rules may name, and how to say them in a sentence. They restate the partner types
 * of the site module's {@code AgencyType}, which this module may not depend on; a programme file naming any
 * other type is refused, because no agency could ever meet a rule that asks for it.
 */
public final class AgencyTypeNames {

    public static final List<String> KNOWN = List.of("HEALTH", "CHILDRENS_SERVICES", "VOLUNTARY");

    /** Health first, then children's services, then voluntary: the order people say the pair in. */
    public static final Comparator<String> USUAL_ORDER = Comparator
            .comparingInt((String type) -> KNOWN.contains(type) ? KNOWN.indexOf(type) : KNOWN.size())
            .thenComparing(Comparator.naturalOrder());

    private static final Map<String, String> LABELS = Map.of(
            "HEALTH", "health",
            "CHILDRENS_SERVICES", "children's services",
            "VOLUNTARY", "voluntary");

    private AgencyTypeNames() {
    }

    /** Lower case, to go inside a sentence: "children's services". */
    public static String label(String agencyType) {
        return LABELS.getOrDefault(agencyType, agencyType.toLowerCase().replace('_', ' '));
    }
}
