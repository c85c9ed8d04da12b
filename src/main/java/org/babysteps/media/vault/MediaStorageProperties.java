package org.babysteps.media.vault;

import java.net.URI;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the encrypted parts go: {@code babysteps.media.storage.*} and, for S3, {@code babysteps.media.s3.*}. */
@ConfigurationProperties("babysteps.media")
record MediaStorageProperties(@DefaultValue Storage storage, @DefaultValue S3 s3) {

    /** {@code type} is {@code filesystem} (the default, files under {@code path}) or {@code s3}. */
    record Storage(@DefaultValue("filesystem") String type, @DefaultValue("data/media") Path path) {
    }

    /**
     * An S3-compatible bucket. Without an access key the AWS SDK's default credentials chain applies (environment,
     * instance role). {@code stagingPath} holds each encrypted part briefly before its upload (default: temp dir).
     */
    record S3(String bucket, URI endpoint, @DefaultValue("eu-west-2") String region, boolean pathStyle,
              String accessKey, String secretKey, Path stagingPath) {

        @Override
        public String toString() {
            return "S3[bucket=" + bucket + ", endpoint=" + endpoint + ", region=" + region + "]";
        }
    }
}
