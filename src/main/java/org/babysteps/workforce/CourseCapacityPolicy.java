package org.babysteps.workforce;

/** A course run takes no more trainees than its course allows (12 for the Baby Steps facilitator course). */
final class CourseCapacityPolicy {

    private CourseCapacityPolicy() {
    }

    static boolean hasRoom(int trainees, int adding, int maxTrainees) {
        return trainees + adding <= maxTrainees;
    }

    static String fullMessage(CourseDefinition course, int trainees) {
        return course.title() + " takes up to " + course.maxTrainees() + " trainees and this run already has "
                + trainees + ": remove someone or plan another run";
    }
}
