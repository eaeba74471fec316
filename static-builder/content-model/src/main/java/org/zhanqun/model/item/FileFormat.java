package org.zhanqun.model.item;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats a government site offers for download (docs/content-format.md, Files), each with its
 * media type and the first bytes its content starts with, so that a renamed executable is refused.
 * The format is decided by the file name's extension, case-insensitively.
 */
public enum FileFormat {
  PDF("application/pdf", Magic.PDF),
  DOC("application/msword", Magic.OLE),
  DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP),
  XLS("application/vnd.ms-excel", Magic.OLE),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP),
  ODT("application/vnd.oasis.opendocument.text", Magic.ZIP),
  ODS("application/vnd.oasis.opendocument.spreadsheet", Magic.ZIP),
  WPS("application/vnd.ms-works", Magic.OLE),
  OFD("application/ofd", Magic.ZIP),
  ZIP("application/zip", Magic.ZIP);

  /** The first bytes of each family of formats. */
  public enum Magic {
    PDF("a PDF file (%PDF-)", new byte[] {'%', 'P', 'D', 'F', '-'}),
    OLE(
        "an OLE compound file (D0 CF 11 E0 A1 B1 1A E1)",
        new byte[] {
          (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
        }),
    ZIP("a ZIP file (PK 03 04)", new byte[] {'P', 'K', 3, 4});

    private final String description;
    private final byte[] start;

    Magic(String description, byte[] start) {
      this.description = description;
      this.start = start;
    }

    public String description() {
      return description;
    }

    public boolean matches(byte[] content) {
      return content.length >= start.length
          && Arrays.equals(content, 0, start.length, start, 0, start.length);
    }
  }

  private final String mediaType;
  private final Magic magic;

  FileFormat(String mediaType, Magic magic) {
    this.mediaType = mediaType;
    this.magic = magic;
  }

  public String mediaType() {
    return mediaType;
  }

  public Magic magic() {
    return magic;
  }

  /** The extension in file names, lower-case: {@code pdf} ... */
  public String extension() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether {@code content} starts as a file of this format does. */
  public boolean matches(byte[] content) {
    return magic.matches(content);
  }

  /** The lower-case extensions, for messages. */
  public static String accepted() {
    return String.join(
        ", ", Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList());
  }

  /** The format of a file named {@code fileName}, by its extension. */
  public static Optional<FileFormat> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toUpperCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.name().equals(extension)).findFirst();
  }
}
