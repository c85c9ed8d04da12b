package org.babysteps.site.licence;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class LicenceDatesTest {

    @Test
    void monthNamesAreUkEnglishWhateverTheServersLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.GERMANY);
            assertThat(LicenceDates.day(LocalDate.of(2027, 3, 31))).isEqualTo("31 March 2027");
        } finally {
            Locale.setDefault(before);
        }
    }
}
