/**
 * A parent's expiring secure link to watch one film of their family on their phone without signing in: made and
 * withdrawn by those who may watch the film, a random token kept only as its hash, refused (one plain 404) once expired,
 * withdrawn, the film deleted or the filming consent no longer current, with bad tokens throttled per address.
 */
package org.babysteps.media.parentlink;
