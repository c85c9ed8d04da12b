package org.babysteps.media.playback;

/** The family's consent to filming is not recorded or has been withdrawn: nothing of its films plays. */
public class FilmingConsentMissing extends RuntimeException {

    public FilmingConsentMissing() {
        super("This film cannot be played: the family's consent to filming is not recorded, or it has been withdrawn."
                + " Check their consent on the family's page.");
    }
}
