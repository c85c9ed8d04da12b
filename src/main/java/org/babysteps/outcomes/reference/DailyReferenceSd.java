package org.babysteps.outcomes.reference;

import org.babysteps.outcomes.Instruments;
import org.babysteps.outcomes.PairedInstrumentFacts;
import org.babysteps.platform.UkTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works out today's reference SD of every instrument that needs one, early each morning and once at start-up. Start-up
 * waits for {@link ApplicationReadyEvent}, which comes after every start-up runner, the demo seeder included, so a
 * fresh demo's baselines are counted. Safe on several nodes ({@link ReferenceSdCalculation}).
 */
@Component
class DailyReferenceSd {

    private static final Logger log = LoggerFactory.getLogger(DailyReferenceSd.class);

    private final Instruments instruments;
    private final ReferenceSdCalculation calculation;

    DailyReferenceSd(Instruments instruments, ReferenceSdCalculation calculation) {
        this.instruments = instruments;
        this.calculation = calculation;
    }

    @Scheduled(cron = "${babysteps.outcomes.reference-sd-cron:0 30 5 * * *}", zone = "Europe/London")
    void onSchedule() {
        run();
    }

    /** A failure here must not stop the platform starting: the first analysis that needs a figure works it out. */
    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        try {
            run();
        } catch (RuntimeException failed) {
            log.error("All sites' reference SDs could not be worked out at start-up; they will be on first read", failed);
        }
    }

    /** How many instruments' figures this run stored (0 when today's were already there). */
    int run() {
        var today = UkTime.today();
        return (int) instruments.all().stream().filter(PairedInstrumentFacts::needsReferenceSd)
                .filter(instrument -> calculation.computeIfNone(instrument.code(), today))
                .count();
    }
}
