package org.zhanqun.proofreading;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One string the automaton looks for and what a match means.
 *
 * @param key the normalised text matched
 * @param written the text as the dictionary writes it
 * @param where {@code file:line} of the entry, for duplicate reports; "" for generated entries
 * @param official the official whose name ({@link Kind#NAME}) this is; null otherwise
 */
record Entry(
    Kind kind,
    String key,
    String written,
    Category category,
    Severity severity,
    String suggestion,
    Official official,
    String where) {

  enum Kind {
    /** A wrong form: a match is a finding. */
    FINDING,
    /** A right form (an official place name): a finding lying inside a match is dropped. */
    GUARD,
    /** An allow-list entry: any finding lying inside a match is dropped. */
    ALLOW,
    /** An official's name, checked against the titles next to it. */
    NAME,
    /** A title known to the operator's file. */
    TITLE
  }

  static Entry finding(
      String written, Category category, Severity severity, String suggestion, String where) {
    return new Entry(
        Kind.FINDING,
        NormalisedText.key(written),
        written,
        category,
        severity,
        suggestion,
        null,
        where);
  }

  static Entry marker(Kind kind, String written, String where) {
    return new Entry(kind, NormalisedText.key(written), written, null, null, null, null, where);
  }

  static Entry name(Official official, String where) {
    return new Entry(
        Kind.NAME,
        NormalisedText.key(official.name()),
        official.name(),
        Category.OFFICIAL_NAME,
        Severity.BLOCK,
        null,
        official,
        where);
  }

  /** An official of the operator's file: a name and the titles that are theirs. */
  record Official(String name, List<String> titles, Set<String> titleKeys) {

    static Official of(String name, List<String> titles) {
      return new Official(
          name,
          List.copyOf(titles),
          titles.stream().map(NormalisedText::key).collect(Collectors.toUnmodifiableSet()));
    }

    boolean holds(String titleKey) {
      return titleKeys.contains(titleKey);
    }
  }
}
