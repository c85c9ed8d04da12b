package org.babysteps.site.readiness.web;

import org.babysteps.site.ReadinessRating;

/** A site's answer to one criterion, with the revision it was based on so a stale save is refused. */
public class CriterionForm {

    private ReadinessRating rating;
    private String evidence;
    private int revision;

    public ReadinessRating getRating() {
        return rating;
    }

    public void setRating(ReadinessRating rating) {
        this.rating = rating;
    }

    public String getEvidence() {
        return evidence;
    }

    public void setEvidence(String evidence) {
        this.evidence = evidence;
    }

    public int getRevision() {
        return revision;
    }

    public void setRevision(int revision) {
        this.revision = revision;
    }
}
