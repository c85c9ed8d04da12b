package org.babysteps.outcomes.alert;

import org.babysteps.platform.UkTime;
import org.springframework.stereotype.Component;

/** The working days of England and Wales, loaded once at start-up (a broken holiday file stops start-up). */
@Component
class WorkingDayCalendar {

    private final WorkingDays workingDays = new WorkingDays(BankHolidays.load(), UkTime.ZONE);

    WorkingDays workingDays() {
        return workingDays;
    }
}
