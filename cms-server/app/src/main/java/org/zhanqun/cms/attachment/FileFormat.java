package org.zhanqun.cms.attachment;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The file formats a government site offers for download, each with its media type and the magic
 * bytes its content starts with, so that a renamed executable is refused.
 */
public enum FileFormat {
  PDF("pdf", "application/pdf", "255044462D"),
  DOC("doc", "application/msword", "D0CF11E0A1B11AE1"),
  DOCX(
      "docx",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "504B0304"),
  XLS("xls", "application/vnd.ms-excel", "D0CF11E0A1B11AE1"),
  XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "504B0304"),
  ODT("odt", "application/vnd.oasis.opendocument.text", "504B0304"),
  ODS("ods", "application/vnd.oasis.opendocument.spreadsheet", "504B0304"),
  WPS("wps", "application/vnd.ms-works", "D0CF11E0A1B11AE1"),
  OFD("ofd", "application/ofd", "504B0304"),
  ZIP("zip", "application/zip", "504B0304");

  private final String extension;
  private final String mediaType;
  private final byte[] magic;

  FileFormat(String extension, String mediaType, String magicHex) {
    this.extension = extension;
    this.mediaType = mediaType;
    this.magic = HexFormat.of().parseHex(magicHex);
  }

  public String extension() {
    return extension;
  }

  public String mediaType() {
    return mediaType;
  }

  /** The format a file name's extension names, case-insensitively. */
  public static Optional<FileFormat> ofFileName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    if (dot < 0) {
      return Optional.empty();
    }
    String extension = fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    return Arrays.stream(values()).filter(f -> f.extension.equals(extension)).findFirst();
  }

  /** Whether {@code content} starts as a file of this format does. */
  public boolean matches(byte[] content) {
    return content.length >= magic.length
        && Arrays.equals(Arrays.copyOf(content, magic.length), magic);
  }

  public static String extensions() {
    return Arrays.stream(values()).map(FileFormat::extension).collect(Collectors.joining(", "));
  }
}
