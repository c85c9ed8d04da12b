/**
 * A site's multi-agency steering group: members, meetings and actions. Named so that the demo data can seed it
 * through the same services the pages use; other modules ask through {@link org.babysteps.site.SteeringGroups}.
 */
@org.springframework.modulith.NamedInterface("steering")
package org.babysteps.site.steering;
