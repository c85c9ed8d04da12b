package org.babysteps.demo;

import org.springframework.stereotype.Component;

/** Demo outcomes (see issue 6's "Demo data"); filled in by the area that owns it. */
@Component
class DemoOutcomes {

    void seed(DemoSites.Seeded seeded) {
    }
}
