package org.babysteps.media.playback;

/** A facilitator or site lead without current facilitator training asked for the demonstration films. */
public class TrainingNotRecorded extends RuntimeException {

    public TrainingNotRecorded() {
        super("You can watch the demonstration films once your core facilitator training is recorded. If you have"
                + " completed it, ask whoever keeps your site's training records (the site lead or the licensor's"
                + " trainers) to check yours.");
    }
}
