package org.babysteps.outcomes;

import java.util.List;

/**
 * A published part of an instrument scored on its own (e.g. the EPDS anxiety items 3, 4 and 5).
 *
 * @param code        stable code, unique within the instrument
 * @param title       what users see
 * @param itemNumbers the items summed, each an item of the instrument
 * @param source      the publication that defines the subscale
 */
public record Subscale(String code, String title, List<Integer> itemNumbers, String source) {

    public Subscale {
        itemNumbers = List.copyOf(itemNumbers);
    }
}
