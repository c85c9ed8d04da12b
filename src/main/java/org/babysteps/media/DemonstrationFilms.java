package org.babysteps.media;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

/** The licensor's demonstration films of how to set up talk and listen time, for other modules (the demo data). */
public interface DemonstrationFilms {

    /**
     * Stores a whole demonstration film as the signed-in licensor staff member, with the same checks as an upload in
     * chunks: a title and a short description, the size limit and the content.
     *
     * @return the film's id; it is ready to watch
     */
    UUID store(String title, String description, InputStream film, long length) throws IOException;
}
