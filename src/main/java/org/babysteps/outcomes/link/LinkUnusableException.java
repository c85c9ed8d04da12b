package org.babysteps.outcomes.link;

/**
 * A link that cannot be used: unknown, expired, already submitted, or its family's consent withdrawn. The parent is
 * told the same thing in every case, so the page does not reveal which tokens exist.
 */
public class LinkUnusableException extends RuntimeException {

    public LinkUnusableException(String why) {
        super(why);
    }
}
