/**
 * Funding and commissioning: a site's funding streams and the warning when secured funding runs out. Named so that
 * the demo data can seed it through the same services the pages use; other modules ask through
 * {@link org.babysteps.site.FundingStreams} and {@link org.babysteps.site.FundingWarnings}.
 */
@org.springframework.modulith.NamedInterface("funding")
package org.babysteps.site.funding;
