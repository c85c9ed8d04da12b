package org.babysteps.site.readiness.web;

/** The licensor's comment on a criterion, or on why an assessment goes back to the site. */
public class CommentForm {

    private String comment;

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
