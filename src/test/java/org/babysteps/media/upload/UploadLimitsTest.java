package org.babysteps.media.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class UploadLimitsTest {

    private final UploadLimits limits = new UploadLimits(100 * 1024 * 1024);

    private static UploadRow upload(long received, long declared) {
        return new UploadRow(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "postnatal-visit", "UPLOADING",
                declared, received, null, new byte[] {1}, UUID.randomUUID());
    }

    @Test
    void aFilmOverTheLimitIsRefusedBeforeAnyByteIsSentSayingHowBigItMayBe() {
        assertThatThrownBy(() -> limits.checkDeclared(100L * 1024 * 1024 + 1))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(413);
                    assertThat(refused.getMessage()).contains("up to 100 MB");
                });
        limits.checkDeclared(100L * 1024 * 1024);
    }

    @Test
    void aFilmMustSayHowLongItIs() {
        assertThatThrownBy(() -> limits.checkDeclared(0)).extracting(e -> ((UploadRefused) e).status()).isEqualTo(400);
    }

    @Test
    void aChunkMustStartWhereTheUploadStandsAndTheRefusalSaysWhere() {
        assertThatThrownBy(() -> limits.checkChunk(upload(500, 1000), 400, 100))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(409);
                    assertThat(refused.offset()).isEqualTo(500);
                });
        limits.checkChunk(upload(500, 1000), 500, 500);
    }

    @Test
    void aChunkMayNotRunPastTheDeclaredLengthNorAddToAFinishedFilm() {
        assertThatThrownBy(() -> limits.checkChunk(upload(500, 1000), 500, 501))
                .extracting(e -> ((UploadRefused) e).status()).isEqualTo(413);
        assertThatThrownBy(() -> limits.checkChunk(upload(1000, 1000), 1000, 0))
                .extracting(e -> ((UploadRefused) e).status()).isEqualTo(409);
    }
}
