package org.babysteps.media.playback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PartSpansTest {

    private static final List<FilmPart> PARTS = List.of(new FilmPart(0, 0, 100), new FilmPart(1, 100, 50),
            new FilmPart(2, 150, 30));

    @Test
    void aRangeInsideOnePartReadsOnlyThatPart() {
        assertThat(PartSpans.covering(PARTS, 10, 19)).containsExactly(new PartSpan(0, 10, 10));
        assertThat(PartSpans.covering(PARTS, 120, 149)).containsExactly(new PartSpan(1, 20, 30));
    }

    @Test
    void aRangeAcrossPartBoundariesReadsTheEndOfOneAndTheStartOfTheNext() {
        assertThat(PartSpans.covering(PARTS, 90, 159)).containsExactly(new PartSpan(0, 90, 10), new PartSpan(1, 0, 50),
                new PartSpan(2, 0, 10));
    }

    @Test
    void theWholeFilmIsEveryPartInFull() {
        assertThat(PartSpans.covering(PARTS, 0, 179)).containsExactly(new PartSpan(0, 0, 100), new PartSpan(1, 0, 50),
                new PartSpan(2, 0, 30));
    }

    @Test
    void partsArePlacedByTheirOffsetsNotTheirNumbers() {
        List<FilmPart> resent = List.of(new FilmPart(0, 0, 100), new FilmPart(2, 100, 80));
        assertThat(PartSpans.covering(resent, 99, 100)).containsExactly(new PartSpan(0, 99, 1), new PartSpan(2, 0, 1));
    }

    @Test
    void aGapOrAShortFilmIsAnErrorNotMissingBytes() {
        assertThatThrownBy(() -> PartSpans.covering(List.of(new FilmPart(0, 0, 10), new FilmPart(1, 20, 10)), 5, 25))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> PartSpans.covering(PARTS, 170, 199)).isInstanceOf(IllegalStateException.class);
    }
}
