package org.babysteps.reporting.evaluation.data;

import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The installation's pseudonym key: 256 random bits made the first time anyone exports, kept in the database so
 * every node and every later export use the same one. Two nodes exporting at once both try to insert; the primary
 * key lets one win ({@code on conflict do nothing}) and both then read the winner's key.
 * <p>
 * The key protects the families against the evaluator (and anyone an export reaches), who sees only pseudonyms. It
 * does not protect against someone with the database: they hold the key and the ids, and could pseudonymise every
 * family themselves, but they can read the families' names directly anyway.
 */
@Repository
class PseudonymKeyStore {

    private static final int KEY_BYTES = 32;

    private final JdbcClient jdbc;
    private final SecureRandom random = new SecureRandom();
    private volatile byte[] cached;

    PseudonymKeyStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** In its own transaction, so a key once made is kept even if the export that made it fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public byte[] key() {
        byte[] key = cached;
        if (key == null) {
            byte[] fresh = new byte[KEY_BYTES];
            random.nextBytes(fresh);
            jdbc.sql("insert into evaluation_pseudonym_key (id, secret) values (1, ?) on conflict (id) do nothing")
                    .param(fresh).update();
            key = jdbc.sql("select secret from evaluation_pseudonym_key where id = 1").query(byte[].class).single();
            cached = key;
        }
        return key.clone();
    }
}
