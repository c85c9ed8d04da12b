package org.babysteps.media.playback;

/** A facilitator or site lead without current facilitator training asked for the demonstration films. */
public class TrainingNotRecorded extends RuntimeException {

    public TrainingNotRecorded() {
        super("You can watch the demonstration films once your core facilitator training is recorded. If you have"
                + " completed it, ask your site lead to check your training record.");
    }
}
