package org.babysteps.outcomes.response;

import static org.babysteps.outcomes.response.QuestionnaireFixtures.MIDWIFE;

import java.util.UUID;
import org.babysteps.PlatformTest;
import org.babysteps.SignedIn;
import org.babysteps.family.Consents;
import org.babysteps.family.Families;
import org.babysteps.family.FamilyRegistration;
import org.babysteps.identity.CurrentUser;
import org.babysteps.identity.internal.UserStore;
import org.babysteps.outcomes.Instruments;
import org.babysteps.platform.SiteId;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** What the questionnaire page tests share: MockMvc as north's midwife, and north's new families. */
@PlatformTest
@AutoConfigureMockMvc
abstract class NorthQuestionnairePagesTestBase {

    @Autowired
    MockMvc mvc;
    @Autowired
    UserStore users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FamilyRegistration registration;
    @Autowired
    Consents consents;
    @Autowired
    Families families;
    @Autowired
    Instruments instruments;

    QuestionnaireFixtures fixtures;
    CurrentUser midwife;
    SiteId north;

    @BeforeEach
    void setUpMidwifeAndNorth() {
        fixtures = new QuestionnaireFixtures(new SignedIn(users), registration, consents, families);
        midwife = users.findByEmail(MIDWIFE).orElseThrow();
        north = new SiteId(jdbc.sql("select id from site where name = 'North Demo Site'").query(UUID.class).single());
    }
}
