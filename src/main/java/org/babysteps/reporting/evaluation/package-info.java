/**
 * Local evaluation reports: a site's report for commissioners over a period (reach, delivery, fidelity, outcomes
 * against all sites, the site's own narrative, methods), as a page and a PDF. Named so the demo can write one.
 */
@org.springframework.modulith.NamedInterface("evaluation")
package org.babysteps.reporting.evaluation;
