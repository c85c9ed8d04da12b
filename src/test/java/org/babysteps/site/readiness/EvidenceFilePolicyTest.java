package org.babysteps.site.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;

class EvidenceFilePolicyTest {

    static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 'I', 'H', 'D', 'R'};

    private final EvidenceFilePolicy policy = new EvidenceFilePolicy(1024);

    @Test
    void filesThatAreWhatTheirNamesSayAreAcceptedWithTheirType() throws IOException {
        assertThat(policy.check("letter.pdf", PDF)).isEqualTo("application/pdf");
        assertThat(policy.check("Photo.PNG", PNG)).isEqualTo("image/png");
        assertThat(policy.check("notes.txt", "Minutes of the meeting".getBytes(StandardCharsets.UTF_8))).isEqualTo("text/plain");
        assertThat(policy.check("plan.docx", ooxml("word/document.xml")))
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    }

    @Test
    void aFileThatIsNotWhatItsNameSaysIsRefused() {
        assertThatThrownBy(() -> policy.check("letter.pdf", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("not what its name says").extracting("field").isEqualTo("file");
        assertThatThrownBy(() -> policy.check("photo.png", PDF)).hasMessageContaining("not what its name says");
        assertThatThrownBy(() -> policy.check("notes.txt", PNG)).hasMessageContaining("not what its name says");
    }

    @Test
    void aZipNamedAsAWordDocumentIsRefused() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("payload.exe"));
            zip.write(1);
        }
        assertThatThrownBy(() -> policy.check("plan.docx", bytes.toByteArray())).hasMessageContaining("not what its name says");
    }

    @Test
    void typesOffTheListEmptyFilesAndFilesOverTheLimitAreRefused() {
        assertThatThrownBy(() -> policy.check("run.sh", "#!/bin/sh\necho hi\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("must be a PDF");
        assertThatThrownBy(() -> policy.check("empty.pdf", new byte[0])).hasMessageContaining("Select a file");
        assertThatThrownBy(() -> policy.check("big.txt", new byte[1025])).hasMessageContaining("smaller than");
    }

    private static byte[] ooxml(String part) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("_rels/.rels"));
            zip.write("<Relationships/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<x/>".getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
