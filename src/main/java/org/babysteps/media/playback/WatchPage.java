package org.babysteps.media.playback;

import java.util.List;
import java.util.UUID;
import org.babysteps.family.FamilySummary;

/** A film's watch page: the film, whose it is, and its notes in the film's order. */
public record WatchPage(UUID videoId, String title, String contentType, FamilySummary family, List<FilmNote> notes) {

    public WatchPage {
        notes = List.copyOf(notes);
    }
}
