package org.babysteps.media.vault;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.UUID;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * The vault on the S3 backend against a real S3-compatible server (S3Proxy, in this JVM on 127.0.0.1, keeping
 * objects in a temporary directory), configured the way the platform configures it.
 */
class S3VideoVaultTest extends VideoVaultContract {

    @RegisterExtension
    static final S3ProxyExtension S3_PROXY = S3ProxyExtension.builder()
            .withCredentials("media-access", "media-secret").build();

    @TempDir
    Path staging;

    private S3BlobStore s3Store;

    @Override
    BlobStore newStore() throws IOException {
        var settings = new MediaStorageProperties.S3("videos", S3_PROXY.getUri(), "eu-west-2", true,
                S3_PROXY.getAccessKey(), S3_PROXY.getSecretKey(), staging);
        s3Store = MediaVaultConfiguration.s3Store(settings);
        try (S3Client admin = adminClient()) {
            admin.createBucket(request -> request.bucket("videos"));
        }
        return s3Store;
    }

    @AfterEach
    void closeClient() {
        s3Store.close();
    }

    @Test
    void partsBecomeObjectsAndNoStagingFileIsLeft() throws IOException {
        UUID video = UUID.randomUUID();
        WrappedKey key = vault.newKey(video);
        vault.writePart(video, key, 0, new ByteArrayInputStream(bytes(2 * MB)));
        vault.writePart(video, key, 7, new ByteArrayInputStream(bytes(10)));

        try (S3Client admin = adminClient()) {
            assertThat(admin.listObjectsV2(request -> request.bucket("videos").prefix(video + "/")).contents())
                    .extracting(object -> object.key())
                    .containsExactly(video + "/0000000000", video + "/0000000007");
        }
        assertThat(staging).isEmptyDirectory();
    }

    @Test
    void aPartStagedByAKilledServerIsRemovedByTheNextWrite() throws IOException {
        Path leftOver = java.nio.file.Files.writeString(
                staging.resolve("media-part" + UnfinishedFile.MARK + "killed"), "half");
        UUID video = UUID.randomUUID();

        vault.writePart(video, vault.newKey(video), 0, new ByteArrayInputStream(bytes(10)));

        assertThat(leftOver).doesNotExist();
        assertThat(staging).isEmptyDirectory();
    }

    private S3Client adminClient() {
        return S3Client.builder().region(software.amazon.awssdk.regions.Region.EU_WEST_2)
                .endpointOverride(S3_PROXY.getUri()).forcePathStyle(true)
                .credentialsProvider(software.amazon.awssdk.auth.credentials.StaticCredentialsProvider.create(
                        software.amazon.awssdk.auth.credentials.AwsBasicCredentials.create(
                                S3_PROXY.getAccessKey(), S3_PROXY.getSecretKey())))
                .build();
    }
}
