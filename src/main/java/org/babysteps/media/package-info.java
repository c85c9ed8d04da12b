/**
 * Media: talk and listen time recordings — upload, encryption at rest, storage backends, playback, retention.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Media", allowedDependencies = {"platform", "audit", "identity", "family", "programme", "delivery", "workforce"})
package org.babysteps.media;
