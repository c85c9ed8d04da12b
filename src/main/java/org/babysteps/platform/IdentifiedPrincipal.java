package org.babysteps.platform;

/**
 * What any module may know of the signed-in person without depending on the identity module: an id and a
 * name to record against what they do.
 */
public interface IdentifiedPrincipal {

    UserId userId();

    String username();
}
