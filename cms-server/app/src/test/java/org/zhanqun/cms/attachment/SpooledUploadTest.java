package org.zhanqun.cms.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.zhanqun.cms.infrastructure.error.Failure;

class SpooledUploadTest {

  @TempDir Path folder;

  @Test
  void keepsTheBytesOnDiskWithTheirSizeChecksumAndFirstBytesUntilClosed() throws Exception {
    byte[] content = new byte[200_000];
    for (int i = 0; i < content.length; i++) {
      content[i] = (byte) (i * 31);
    }

    try (SpooledUpload upload =
        SpooledUpload.spool(new ByteArrayInputStream(content), 200_000, folder)) {
      assertThat(upload.size()).isEqualTo(200_000);
      assertThat(upload.sha256())
          .isEqualTo(
              HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content)));
      assertThat(upload.head()).containsExactly(Arrays.copyOf(content, 16));
      try (InputStream spooled = upload.open()) {
        assertThat(spooled.readAllBytes()).isEqualTo(content);
      }
      assertThat(filesIn(folder)).isEqualTo(1);
    }

    assertThat(filesIn(folder)).isZero();
  }

  @Test
  void refusesMoreThanTheLimitAndLeavesNoFile() throws IOException {
    assertThatThrownBy(
            () -> SpooledUpload.spool(new ByteArrayInputStream(new byte[100_001]), 100_000, folder))
        .isInstanceOfSatisfying(
            FileRejectedException.class, e -> assertThat(e.failure()).isEqualTo(Failure.TOO_LARGE));

    assertThat(filesIn(folder)).isZero();
  }

  @Test
  void leavesNoFileWhenTheClientStopsSending() throws IOException {
    InputStream broken =
        new InputStream() {
          private int sent;

          @Override
          public int read() throws IOException {
            if (sent++ > 1000) {
              throw new IOException("connection reset");
            }
            return 1;
          }
        };

    assertThatThrownBy(() -> SpooledUpload.spool(broken, 100_000, folder))
        .hasRootCauseMessage("connection reset");

    assertThat(filesIn(folder)).isZero();
  }

  @Test
  void keepsTheFirstBytesOfAShortFile() {
    try (SpooledUpload upload =
        SpooledUpload.spool(new ByteArrayInputStream(new byte[] {1, 2, 3}), 10, folder)) {
      assertThat(upload.head()).containsExactly(1, 2, 3);
    }
  }

  private static long filesIn(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.count();
    }
  }
}
