package org.babysteps.demo;

import org.springframework.stereotype.Component;

/** Demo site lifecycle data (see issue 4's "Demo data"); filled in by the area that owns it. */
@Component
class DemoSteeringFunding {

    void seed(DemoSites.Seeded seeded) {
    }
}
