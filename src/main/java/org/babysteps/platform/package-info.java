/**
 * Platform: web layout, error pages, embedded database and the shared ids every module uses. Kept tiny.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Platform", allowedDependencies = {}, type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.babysteps.platform;
