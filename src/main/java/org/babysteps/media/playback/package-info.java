/**
 * Playback and review of family films: range-request streaming of the decrypted bytes, who may watch (the family's
 * facilitators, their supervisor and the site lead, with current filming consent), audited viewings and time-stamped
 * notes of moments to share with the parents.
 */
package org.babysteps.media.playback;
