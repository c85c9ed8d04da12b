package org.babysteps.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;
import org.babysteps.family.FamilyId;

/** Talk and listen time films, for other modules: what the filming page does, without the browser. */
public interface Films {

    /**
     * Stores a whole film of a family's home visit with talk and listen time, as the signed-in practitioner, with the
     * same checks as an upload in chunks: the family's current consent to filming, the size limit and the content.
     *
     * @return the film's id; it is ready to watch
     */
    UUID store(FamilyId familyId, InputStream film, long length) throws IOException;
}
