package org.babysteps.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.babysteps.platform.RuleViolationException;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

/** The shared form helper, in the platform so every module's forms can use it. */
class FieldProblemsTest {

    /** A form with two fields, as a controller binds it. */
    public static class Form {
        private String name;
        private String startsOn;

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getStartsOn() {
            return startsOn;
        }

        public void setStartsOn(String startsOn) {
            this.startsOn = startsOn;
        }
    }

    @Test
    void everyProblemIsShownAtItsFieldAndOneForTheWholeFormAtTheTop() {
        var errors = new BeanPropertyBindingResult(new Form(), "form");
        FieldProblems.show(List.of(new RuleViolationException("name", "Enter a name"),
                new RuleViolationException("startsOn", "Enter the start date"),
                new RuleViolationException(null, "Someone else changed this")), errors);

        assertThat(errors.getFieldErrors()).extracting(FieldError::getField, FieldError::getDefaultMessage)
                .containsExactly(Tuple.tuple("name", "Enter a name"),
                        Tuple.tuple("startsOn", "Enter the start date"));
        assertThat(errors.getGlobalErrors()).extracting(ObjectError::getDefaultMessage)
                .containsExactly("Someone else changed this");
    }

    @Test
    void aFieldThatAlreadyHasAMessageKeepsItAndGetsNoSecond() {
        var errors = new BeanPropertyBindingResult(new Form(), "form");
        errors.rejectValue("startsOn", "date", "The start date must be a real date");
        FieldProblems.show(List.of(new RuleViolationException("startsOn", "Enter the start date")), errors);

        assertThat(errors.getFieldErrors("startsOn")).extracting(FieldError::getDefaultMessage)
                .containsExactly("The start date must be a real date");
    }
}
