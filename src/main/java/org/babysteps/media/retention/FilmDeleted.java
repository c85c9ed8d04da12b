package org.babysteps.media.retention;

import java.util.UUID;

/**
 * A film was just marked deleted, its data key destroyed. Published inside the deleting transaction, so what listens
 * synchronously (the film's parent links) changes in that same transaction, and all of it commits or none does.
 */
public record FilmDeleted(UUID videoId, String reason) {
}
