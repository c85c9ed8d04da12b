package org.babysteps.workforce;

/** A part of a course's content, e.g. "Practising talk and listen time filming". */
public record CourseModule(String code, String title) {
}
