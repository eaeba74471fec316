package org.zhanqun.cms.testing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Small files for uploads: a minimal PDF and the SHA-256 of any bytes. */
public final class PdfFiles {

  private PdfFiles() {}

  /** A minimal one-page PDF whose text is {@code text} (ASCII). */
  public static byte[] pdf(String text) {
    String pdf =
        "%PDF-1.4\n"
            + "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
            + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n"
            + "% "
            + text
            + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
    return pdf.getBytes(StandardCharsets.US_ASCII);
  }

  /** The lower-case hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
