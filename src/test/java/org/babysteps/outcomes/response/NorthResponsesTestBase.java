package org.babysteps.outcomes.response;

import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.InstrumentDefinition;
import org.babysteps.outcomes.Instruments;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** What the questionnaire response tests share: the service, north's new families, EPDS and the events published. */
@PlatformTest
@RecordApplicationEvents
abstract class NorthResponsesTestBase {

    @Autowired
    QuestionnaireResponses responses;
    @Autowired
    Instruments instruments;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserStore users;
    @Autowired
    FamilyRegistration registration;
    @Autowired
    Consents consents;
    @Autowired
    Families families;
    @Autowired
    ApplicationEvents events;

    SignedIn signedIn;
    QuestionnaireFixtures fixtures;
    SiteId north;
    InstrumentDefinition epds;

    @BeforeEach
    void setUpNorthAndEpds() {
        signedIn = new SignedIn(users);
        fixtures = new QuestionnaireFixtures(signedIn, registration, consents, families);
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
        epds = instruments.find("epds").orElseThrow();
    }
}
