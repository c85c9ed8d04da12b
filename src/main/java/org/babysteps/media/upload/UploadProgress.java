package org.babysteps.media.upload;

/** Bytes received so far of the declared length. */
public record UploadProgress(long offset, long length) {
}
