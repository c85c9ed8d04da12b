package org.babysteps.media.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class VideoContentTest {

    /** The start of a browser's WebM recording: an EBML header whose document type is "webm". */
    static byte[] webmStart() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0x1A, 0x45, (byte) 0xDF, (byte) 0xA3, (byte) 0x9F});
        out.writeBytes(new byte[] {0x42, (byte) 0x86, (byte) 0x81, 0x01}); // EBML version 1
        out.writeBytes(new byte[] {0x42, (byte) 0x82, (byte) 0x84});        // DocType, 4 bytes
        out.writeBytes("webm".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0x42, (byte) 0x87, (byte) 0x81, 0x04, 0x42, (byte) 0x85, (byte) 0x81, 0x02});
        out.writeBytes(new byte[2000]);
        return out.toByteArray();
    }

    /** The start of a camera's MP4 file: an ftyp box. */
    static byte[] mp4Start() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {0, 0, 0, 0x18});
        out.writeBytes("ftypisom".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[] {0, 0, 2, 0});
        out.writeBytes("isomiso2".getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(new byte[2000]);
        return out.toByteArray();
    }

    @Test
    void aBrowserRecordingAndACameraFileAreVideosAndTheStreamIsHandedBackUnread() throws IOException {
        var webm = VideoContent.buffered(new ByteArrayInputStream(webmStart()));
        assertThat(VideoContent.detect(webm)).as("served as WebM").isEqualTo("video/webm");
        assertThat(webm.readAllBytes()).isEqualTo(webmStart());
        assertThat(VideoContent.detect(VideoContent.buffered(new ByteArrayInputStream(mp4Start()))))
                .isIn("video/mp4", "video/quicktime");
    }

    @Test
    void aDocumentNamedLikeAFilmIsRefusedByWhatItIs() {
        byte[] pdf = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< /Type /Catalog >>\nendobj\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> VideoContent.detect(VideoContent.buffered(new ByteArrayInputStream(pdf))))
                .isInstanceOfSatisfying(UploadRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(415);
                    assertThat(refused.getMessage()).contains("application/pdf").contains("MP4");
                });
    }
}
