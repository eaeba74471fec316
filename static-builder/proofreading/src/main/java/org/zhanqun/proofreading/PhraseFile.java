package org.zhanqun.proofreading;

import java.util.List;
import java.util.Optional;
import org.zhanqun.model.yaml.Problems;

/**
 * Reads a phrase list: one entry a line, {@code text<TAB>suggestion<TAB>category<TAB>severity},
 * {@code #} comments and blank lines skipped, one header line naming the columns first.
 */
final class PhraseFile {

  static final String HEADER = "text\tsuggestion\tcategory\tseverity";

  private PhraseFile() {}

  static void read(String text, String file, Problems problems, EntryList entries) {
    String[] lines = text.split("\r?\n", -1);
    boolean header = true;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      int number = i + 1;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (header) {
        header = false;
        if (!line.strip().equals(HEADER)) {
          problems.add(
              number, "the first line must name the columns: " + HEADER.replace("\t", " TAB "));
        }
        continue;
      }
      String[] columns = line.split("\t", -1);
      if (columns.length != 4) {
        problems.add(
            number,
            "expected 4 columns separated by tabs (text, suggestion, category, severity), found "
                + columns.length);
        continue;
      }
      phrase(
              columns[0].strip(),
              columns[1].strip(),
              columns[2].strip(),
              columns[3].strip(),
              file + ":" + number,
              problems,
              number,
              "phrase")
          .ifPresent(entry -> entries.add(entry, problems, number, "phrase"));
    }
  }

  /** An entry of a phrase list, or empty with each reason reported on {@code line}. */
  static Optional<Entry> phrase(
      String text,
      String suggestion,
      String category,
      String severity,
      String where,
      Problems problems,
      int line,
      String what) {
    boolean valid = true;
    if (text.isEmpty()) {
      problems.add(line, what + ": the text is empty");
      valid = false;
    }
    if (suggestion.isEmpty()) {
      problems.add(line, what + " '" + text + "': the suggestion is missing");
      valid = false;
    }
    var parsedCategory = Category.parse(category);
    parsedCategory
        .reason()
        .ifPresent(
            reason -> problems.add(line, what + " '" + text + "': '" + category + "' " + reason));
    var parsedSeverity = Severity.parse(severity);
    parsedSeverity
        .reason()
        .ifPresent(
            reason -> problems.add(line, what + " '" + text + "': '" + severity + "' " + reason));
    if (!valid || !parsedCategory.isValid() || !parsedSeverity.isValid()) {
      return Optional.empty();
    }
    return Optional.of(
        Entry.finding(
            text, parsedCategory.orElseThrow(), parsedSeverity.orElseThrow(), suggestion, where));
  }

  /** The allow-list file: one phrase a line, {@code #} comments. */
  static void readAllowList(String text, String file, Problems problems, EntryList entries) {
    List<String> lines = text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      int number = i + 1;
      entries.add(
          Entry.marker(Entry.Kind.ALLOW, line, file + ":" + number), problems, number, "allow");
    }
  }
}
