package org.babysteps.media.upload;

import java.util.List;
import org.babysteps.family.FamilySummary;

/**
 * A family's talk and listen time page.
 *
 * @param filmingConsent whether the family's consent to filming is recorded and current: without it nothing is filmed
 * @param maxBytes       the largest film accepted
 */
public record FilmingPage(FamilySummary family, boolean filmingConsent, List<FamilyFilm> films, long maxBytes) {

    public FilmingPage {
        films = List.copyOf(films);
    }

    public long maxMegabytes() {
        return maxBytes / (1024 * 1024);
    }
}
