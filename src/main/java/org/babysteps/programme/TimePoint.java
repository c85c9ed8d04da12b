package org.babysteps.programme;

import java.util.List;
import java.util.Optional;

/**
 * When outcome questionnaires are asked: at a contact of the curriculum, or some weeks after it (a follow-up).
 *
 * @param code              stable code, e.g. "baseline"; responses keep it
 * @param title             what users see, e.g. "Baseline (antenatal home visit)"
 * @param contactCode       the contact it is asked at, e.g. "antenatal-visit"
 * @param weeksAfterContact 0 to ask at the contact itself, N for a follow-up N weeks after it
 * @param instruments       what is asked, of whom
 */
public record TimePoint(String code, String title, String contactCode, int weeksAfterContact,
                        List<AskedInstrument> instruments) {

    public TimePoint {
        instruments = List.copyOf(instruments);
    }

    public Optional<AskedInstrument> instrument(String instrumentCode) {
        return instruments.stream().filter(asked -> asked.instrumentCode().equals(instrumentCode)).findFirst();
    }
}
