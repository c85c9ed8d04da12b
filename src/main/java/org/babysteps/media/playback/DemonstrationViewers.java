package org.babysteps.media.playback;

import org.babysteps.identity.Access;
import org.babysteps.identity.CurrentUser;
import org.babysteps.platform.NotFoundException;
import org.babysteps.platform.UkTime;
import org.babysteps.programme.Programmes;
import org.babysteps.workforce.TrainingState;
import org.babysteps.workforce.Workforce;
import org.springframework.stereotype.Service;

/**
 * Applies {@link DemonstrationWatchPolicy} to the signed-in person, reading their facilitator training in the
 * programme the films are about (the default programme, Baby Steps) from the workforce module.
 */
@Service
public class DemonstrationViewers {

    private final Workforce workforce;
    private final Programmes programmes;
    private final Access access;
    private final DemonstrationWatchPolicy policy = new DemonstrationWatchPolicy();

    DemonstrationViewers(Workforce workforce, Programmes programmes, Access access) {
        this.workforce = workforce;
        this.programmes = programmes;
        this.access = access;
    }

    /**
     * @throws NotFoundException    for anyone the films are not for
     * @throws TrainingNotRecorded for a facilitator or site lead whose training does not count today
     */
    public void requireViewer() {
        CurrentUser user = access.currentUser();
        switch (policy.decide(user.roles(), () -> training(user))) {
            case WATCH -> {
            }
            case AFTER_TRAINING -> throw new TrainingNotRecorded();
            case NONE -> throw new NotFoundException("Demonstration film");
        }
    }

    /** Whether the signed-in person adds and deletes demonstration films. */
    public boolean manages() {
        return policy.manages(access.currentUser().roles());
    }

    private TrainingState training(CurrentUser user) {
        return workforce.ofUser(user.userId())
                .map(practitioner -> workforce.trainingStatus(practitioner.id(), programmes.defaultProgramme().id(),
                        UkTime.today()).state())
                .orElse(TrainingState.NOT_TRAINED);
    }
}
