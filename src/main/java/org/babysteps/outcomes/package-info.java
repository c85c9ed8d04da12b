/**
 * Outcomes: questionnaire instruments, responses and scores, safeguarding alerts, and pre/post analysis.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Outcomes", allowedDependencies = {"platform", "identity", "audit", "programme", "family", "notification"})
package org.babysteps.outcomes;
