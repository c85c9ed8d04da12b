/**
 * The lowest layer of the media module: video bytes encrypted at rest in numbered parts (Tink streaming AEAD,
 * AES-256-GCM segments), a data key per video wrapped by the configured master key, and the storage backends
 * (filesystem or S3-compatible) behind {@link org.babysteps.media.vault.BlobStore}. No web, no pages.
 */
package org.babysteps.media.vault;
