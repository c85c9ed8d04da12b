package org.babysteps.family;

/**
 * One thing wrong with what was entered, for the field it belongs to. Field names follow the API's JSON:
 * {@code expectedDeliveryDate}, {@code parents[0].dateOfBirth}, {@code supporter.name}.
 */
public record FieldProblem(String field, String message) {
}
