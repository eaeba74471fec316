package org.zhanqun.audit.link;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * External fetch results kept between runs: one line per URL, tab-separated (URL, time checked in
 * epoch milliseconds, {@code OK} or the problem, status or {@code -}, detail, redirects separated
 * by spaces). A result older than the time to live is fetched again. Lines that cannot be read are
 * ignored: the cache only saves time, it never decides a result.
 */
final class ResultCacheFile {

  /** A fetch result and when it was made. */
  record Entry(FetchOutcome outcome, Instant checkedAt) {}

  private static final String HEADER = "# zhanqun link-check cache v1";

  private ResultCacheFile() {}

  /** The entries of {@code file} younger than {@code timeToLive} at {@code now}. */
  static Map<URI, Entry> read(Path file, Duration timeToLive, Instant now) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      return new HashMap<>();
    }
    Map<URI, Entry> entries = new HashMap<>();
    for (String line : lines) {
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      parse(line)
          .filter(e -> e.getValue().checkedAt().plus(timeToLive).isAfter(now))
          .ifPresent(e -> entries.put(e.getKey(), e.getValue()));
    }
    return entries;
  }

  /** Writes {@code entries} to {@code file}, replacing it at once. */
  static void write(Path file, Map<URI, Entry> entries) throws IOException {
    StringBuilder text = new StringBuilder(HEADER).append('\n');
    new TreeMap<>(entries).forEach((url, entry) -> text.append(format(url, entry)).append('\n'));
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path temporary = Files.createTempFile(parent, file.getFileName().toString(), ".tmp");
    try {
      Files.writeString(temporary, text, StandardCharsets.UTF_8);
      try {
        Files.move(
            temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  private static String format(URI url, Entry entry) {
    FetchOutcome outcome = entry.outcome();
    String problem = outcome.failure().map(f -> f.problem().name()).orElse("OK");
    String status =
        outcome
            .failure()
            .flatMap(
                f -> f.status().isPresent() ? Optional.of(f.status().getAsInt()) : Optional.empty())
            .map(String::valueOf)
            .orElse("-");
    String detail =
        outcome.failure().map(LinkFailure::detail).orElse("").replaceAll("[\t\r\n]", " ");
    String redirects = String.join(" ", outcome.redirects().stream().map(URI::toString).toList());
    return String.join(
        "\t",
        url.toString(),
        String.valueOf(entry.checkedAt().toEpochMilli()),
        problem,
        status,
        detail,
        redirects);
  }

  private static Optional<Map.Entry<URI, Entry>> parse(String line) {
    String[] fields = line.split("\t", -1);
    if (fields.length != 6) {
      return Optional.empty();
    }
    try {
      URI url = URI.create(fields[0]);
      Instant checkedAt = Instant.ofEpochMilli(Long.parseLong(fields[1]));
      List<URI> redirects = new ArrayList<>();
      for (String redirect : Arrays.asList(fields[5].split(" "))) {
        if (!redirect.isEmpty()) {
          redirects.add(URI.create(redirect));
        }
      }
      FetchOutcome outcome;
      if (fields[2].equals("OK")) {
        outcome = FetchOutcome.ok(redirects);
      } else {
        OptionalInt status =
            fields[3].equals("-")
                ? OptionalInt.empty()
                : OptionalInt.of(Integer.parseInt(fields[3]));
        outcome =
            FetchOutcome.broken(
                new LinkFailure(LinkProblem.valueOf(fields[2]), status, fields[4], redirects));
      }
      return Optional.of(Map.entry(url, new Entry(outcome, checkedAt)));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a line of another version or a damaged file: fetch it again
    }
  }
}
