/**
 * Workforce: practitioners, training courses and records, trainers and train-the-trainer lineage, feedback,
 * reflective supervision, availability and the "trained" facts the co-facilitation rule depends on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Workforce",
        allowedDependencies = {"platform", "identity", "site", "audit", "programme"})
package org.babysteps.workforce;
