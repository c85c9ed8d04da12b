package org.babysteps.workforce.web;

import java.util.ArrayList;
import java.util.List;

/**
 * The "plan a course run" form, in page order. Site is blank for a national run; dates stay text so a typo can be
 * shown back; there is one first-day field per event of the chosen course.
 */
public class CourseRunForm {

    private String courseCode;

    private String siteId;

    private boolean online;

    private String venue;

    private List<String> eventDates = new ArrayList<>();

    public String getCourseCode() {
        return courseCode;
    }

    public void setCourseCode(String courseCode) {
        this.courseCode = courseCode;
    }

    public String getSiteId() {
        return siteId;
    }

    public void setSiteId(String siteId) {
        this.siteId = siteId;
    }

    public boolean isOnline() {
        return online;
    }

    public void setOnline(boolean online) {
        this.online = online;
    }

    public String getVenue() {
        return venue;
    }

    public void setVenue(String venue) {
        this.venue = venue;
    }

    public List<String> getEventDates() {
        return eventDates;
    }

    public void setEventDates(List<String> eventDates) {
        this.eventDates = eventDates;
    }
}
