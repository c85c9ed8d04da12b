package org.babysteps.family;

/** A supportive friend or relative who comes to sessions with a single parent. */
public record SupporterDetails(String name, String relationship) {
}
