package org.babysteps.media.playback;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilyId;
import org.babysteps.media.vault.WrappedKey;
import org.babysteps.platform.SiteId;

/**
 * A film, complete and cleared for the caller to watch: what is needed to serve its bytes. A family's film belongs
 * to its family's site; a demonstration film of the licensor's to neither (both null).
 *
 * @param durationSeconds how long it runs, once a player has measured it; null before
 */
public record PlayableFilm(UUID id, SiteId siteId, FamilyId familyId, String title, String contentType, long length,
                           WrappedKey key, List<FilmPart> parts, BigDecimal durationSeconds) {

    public PlayableFilm {
        parts = List.copyOf(parts);
    }

    /** One of the licensor's demonstration films, of no family and no site. */
    public boolean demonstration() {
        return familyId == null;
    }
}
