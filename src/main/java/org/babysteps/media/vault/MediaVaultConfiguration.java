package org.babysteps.media.vault;

import java.io.IOException;
import java.nio.file.Path;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;

/**
 * The vault's beans. The master key is loaded and checked against the database's canary before the vault
 * exists, so a platform with a missing or wrong key never starts.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MediaStorageProperties.class)
class MediaVaultConfiguration {

    @Bean
    MasterKey mediaMasterKey(Environment environment, JdbcClient jdbc) {
        MasterKey key = MasterKeyLoader.load(environment);
        MasterKeyCanary.verify(jdbc, key);
        return key;
    }

    @Bean
    BlobStore mediaBlobStore(MediaStorageProperties properties) throws IOException {
        return switch (properties.storage().type()) {
            case "filesystem" -> new FileSystemBlobStore(properties.storage().path());
            case "s3" -> s3Store(properties.s3());
            default -> throw new IllegalStateException("babysteps.media.storage.type is '"
                    + properties.storage().type() + "'; it must be filesystem or s3");
        };
    }

    @Bean
    VideoVault videoVault(MasterKey mediaMasterKey, BlobStore mediaBlobStore) {
        return new TinkVideoVault(mediaMasterKey, mediaBlobStore);
    }

    @Bean
    CipherWarmUp mediaCipherWarmUp() {
        return new CipherWarmUp();
    }

    static S3BlobStore s3Store(MediaStorageProperties.S3 settings) throws IOException {
        if (!StringUtils.hasText(settings.bucket())) {
            throw new IllegalStateException("babysteps.media.storage.type is s3 but babysteps.media.s3.bucket is not set");
        }
        S3ClientBuilder builder = S3Client.builder().region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle()).credentialsProvider(credentials(settings));
        if (settings.endpoint() != null) {
            builder.endpointOverride(settings.endpoint());
        }
        Path staging = settings.stagingPath() != null ? settings.stagingPath()
                : Path.of(System.getProperty("java.io.tmpdir"), "babysteps-media-staging");
        return new S3BlobStore(builder.build(), settings.bucket(), staging);
    }

    private static AwsCredentialsProvider credentials(MediaStorageProperties.S3 settings) {
        if (StringUtils.hasText(settings.accessKey())) {
            return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey(),
                    settings.secretKey()));
        }
        return DefaultCredentialsProvider.builder().build();
    }
}
