package org.babysteps.media.vault;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Finds the master key: the configured {@code babysteps.media.master-key}; or, only when the platform runs on its
 * embedded database (one machine, demo or development), a key generated once into a file under {@code data/}.
 * With an external database and no key configured, start-up stops: production never gets a made-up key.
 */
final class MasterKeyLoader {

    static final String DEV_KEY_FILE = "babysteps.media.dev-master-key-file";
    /** Set by platform.database.EmbeddedDatabaseEnvironment only when the embedded PostgreSQL is in use. */
    static final String EMBEDDED_DATABASE = "babysteps.embedded-database.active-directory";

    private static final Logger log = LoggerFactory.getLogger(MasterKeyLoader.class);

    private MasterKeyLoader() {
    }

    static MasterKey load(Environment environment) {
        String configured = environment.getProperty(MasterKeyException.PROPERTY);
        if (StringUtils.hasText(configured)) {
            return MasterKey.fromBase64(configured, MasterKeyException.PROPERTY);
        }
        if (environment.containsProperty(EMBEDDED_DATABASE)) {
            return developmentKey(Path.of(environment.getProperty(DEV_KEY_FILE, "data/media-master.key")));
        }
        throw MasterKeyException.missing();
    }

    static MasterKey developmentKey(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        try {
            if (Files.notExists(absolute)) {
                create(absolute);
                log.warn("No {} configured: generated a development media master key in {} (embedded database mode "
                        + "only; keep the file with the database, a production deployment configures its own key)",
                        MasterKeyException.PROPERTY, absolute);
            } else {
                log.info("No {} configured: using the development media master key in {}", MasterKeyException.PROPERTY,
                        absolute);
            }
            return MasterKey.fromBase64(Files.readString(absolute, StandardCharsets.US_ASCII),
                    "the development key file " + absolute);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the development media master key " + absolute, e);
        }
    }

    private static void create(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        byte[] key = new byte[MasterKey.KEY_BYTES];
        new SecureRandom().nextBytes(key);
        try {
            // created readable by its owner only, before a byte of the key is written
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (FileAlreadyExistsException anotherNodeWasFirst) {
            return;
        } catch (UnsupportedOperationException notPosix) {
            Files.createFile(file);
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(key) + "\n", StandardCharsets.US_ASCII);
    }
}
