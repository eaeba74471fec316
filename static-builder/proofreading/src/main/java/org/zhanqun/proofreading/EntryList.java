package org.zhanqun.proofreading;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhanqun.model.yaml.Problems;

/**
 * The entries of a dictionary being read, with the checks every list shares: no entry that
 * normalises to nothing, no wrong form given twice (in one list or across the built-in and the
 * operator's lists), no allow-list entry, name or public number given twice.
 */
final class EntryList {

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, Entry> findings = new HashMap<>();
  private final Map<String, Entry> allowed = new HashMap<>();
  private final Map<String, Entry> names = new HashMap<>();
  private final Set<String> titles = new LinkedHashSet<>();
  private final Map<String, String> publicNumbers = new HashMap<>();

  /** A list holding this one's entries, to which more may be added without changing this one. */
  EntryList copy() {
    EntryList copy = new EntryList();
    copy.entries.addAll(entries);
    copy.findings.putAll(findings);
    copy.allowed.putAll(allowed);
    copy.names.putAll(names);
    copy.titles.addAll(titles);
    copy.publicNumbers.putAll(publicNumbers);
    return copy;
  }

  /** Adds {@code entry}, or reports why it cannot be added on {@code line} of the file. */
  boolean add(Entry entry, Problems problems, int line, String what) {
    if (entry.key().isEmpty()) {
      problems.add(
          line,
          what
              + ": the entry '"
              + entry.written()
              + "' is empty once spaces and markup are left out");
      return false;
    }
    Map<String, Entry> seen =
        switch (entry.kind()) {
          case FINDING -> findings;
          case ALLOW -> allowed;
          case NAME -> names;
          case GUARD, TITLE -> null;
        };
    if (entry.kind() == Entry.Kind.TITLE && !titles.add(entry.key())) {
      return true; // several officials share a title
    }
    if (seen != null) {
      Entry first = seen.putIfAbsent(entry.key(), entry);
      if (first != null) {
        problems.add(
            line,
            what + ": '" + entry.written() + "' is given twice (also at " + first.where() + ")");
        return false;
      }
    }
    entries.add(entry);
    return true;
  }

  /** Whether a wrong form with this normalised text is listed already. */
  boolean hasFinding(String key) {
    return findings.containsKey(key);
  }

  void addPublicNumber(String written, String where, Problems problems, int line, String what) {
    String digits = PersonalData.digits(written);
    if (digits.isEmpty()) {
      problems.add(line, what + ": '" + written + "' has no digits");
      return;
    }
    String first = publicNumbers.putIfAbsent(digits, where);
    if (first != null) {
      problems.add(line, what + ": '" + written + "' is given twice (also at " + first + ")");
    }
  }

  List<Entry> entries() {
    return entries;
  }

  Set<String> publicNumbers() {
    return publicNumbers.keySet();
  }
}
