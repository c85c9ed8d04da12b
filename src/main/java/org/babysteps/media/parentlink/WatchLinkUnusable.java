package org.babysteps.media.parentlink;

/**
 * A watch link that cannot be used: unknown, malformed, expired, withdrawn, its film deleted or its consent no longer
 * current. The parent is told the same thing in every case (404), so nobody learns which tokens exist.
 */
public class WatchLinkUnusable extends RuntimeException {

    WatchLinkUnusable(String why) {
        super(why);
    }
}
