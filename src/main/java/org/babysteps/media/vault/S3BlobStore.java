package org.babysteps.media.vault;

import java.io.IOException;
import java.nio.channels.Channels;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Blobs as objects in an S3-compatible bucket. A blob is first written (encrypted) to a local staging file and
 * then sent with one PUT of known length: S3 makes an object visible only when its upload completes, so a killed
 * server leaves no half part, memory stays flat whatever the size, and no multipart upload is left to clean up.
 * Reads are ranged GETs through {@link S3ObjectChannel}.
 */
final class S3BlobStore implements BlobStore, AutoCloseable {

    private static final int DELETE_BATCH = 1000;

    private final S3Client s3;
    private final String bucket;
    private final Path staging;

    S3BlobStore(S3Client s3, String bucket, Path staging) throws IOException {
        this.s3 = s3;
        this.bucket = bucket;
        this.staging = Files.createDirectories(staging);
    }

    @Override
    public void put(String name, BlobContent content) throws IOException {
        // a staged part of a killed server would otherwise stay on this disk for good
        UnfinishedFile.removeAbandoned(staging);
        try (UnfinishedFile file = UnfinishedFile.beside(staging.resolve("media-part"))) {
            content.writeTo(new KeepOpenOutputStream(Channels.newOutputStream(file.channel())));
            s3.putObject(request -> request.bucket(bucket).key(name), RequestBody.fromFile(file.path()));
        } catch (SdkException e) {
            throw new IOException("Could not store " + name + " in S3 bucket " + bucket, e);
        }
    }

    @Override
    public SeekableByteChannel open(String name) throws IOException {
        try {
            HeadObjectResponse head = s3.headObject(request -> request.bucket(bucket).key(name));
            return new S3ObjectChannel(s3, bucket, name, head.eTag(), head.contentLength());
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(name);
            }
            throw new IOException("Could not open " + name + " in S3 bucket " + bucket, e);
        } catch (SdkException e) {
            throw new IOException("Could not open " + name + " in S3 bucket " + bucket, e);
        }
    }

    @Override
    public List<String> list(String prefix) throws IOException {
        try {
            return s3.listObjectsV2Paginator(request -> request.bucket(bucket).prefix(prefix)).contents().stream()
                    .map(S3Object::key).sorted().toList();
        } catch (SdkException e) {
            throw new IOException("Could not list " + prefix + " in S3 bucket " + bucket, e);
        }
    }

    @Override
    public void deleteAll(String prefix) throws IOException {
        List<ObjectIdentifier> batch = new ArrayList<>();
        for (String name : list(prefix)) {
            batch.add(ObjectIdentifier.builder().key(name).build());
            if (batch.size() == DELETE_BATCH) {
                delete(batch);
            }
        }
        delete(batch);
    }

    private void delete(List<ObjectIdentifier> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            var response = s3.deleteObjects(request -> request.bucket(bucket)
                    .delete(delete -> delete.objects(batch).quiet(true)));
            if (response.hasErrors() && !response.errors().isEmpty()) {
                throw new IOException("S3 did not delete " + response.errors().get(0).key() + ": "
                        + response.errors().get(0).message());
            }
        } catch (SdkException e) {
            throw new IOException("Could not delete from S3 bucket " + bucket, e);
        }
        batch.clear();
    }

    @Override
    public void close() {
        s3.close();
    }
}
