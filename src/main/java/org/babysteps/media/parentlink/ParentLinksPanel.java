package org.babysteps.media.parentlink;

import java.util.List;
import org.babysteps.family.Participant;

/**
 * The watch page's part about parents' links: the family's parents a link can be made for, and the links that work.
 *
 * @param days how long a new link works
 */
public record ParentLinksPanel(List<Participant> parents, List<LiveWatchLink> live, int days) {

    public ParentLinksPanel {
        parents = List.copyOf(parents);
        live = List.copyOf(live);
    }
}
