package org.zhanqun.proofreading;

import com.hankcs.algorithm.AhoCorasickDoubleArrayTrie;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.zhanqun.model.item.Item;

/**
 * Finds serious wording errors, wrong official names and titles, outdated names, classified
 * markings, personal data and typos in text. Immutable and safe to share between threads; build one
 * per {@link Dictionary} and keep it (building compiles the dictionary into one automaton).
 *
 * <p>Text is matched after normalisation (full-width to half-width, spaces, line breaks and inline
 * Markdown or HTML markup inside a phrase ignored), so a phrase split by a line break or by {@code
 * **bold**} is still found; findings point back into the text as written. Allow-list entries
 * silence any finding inside them.
 */
public final class Proofreader {

  private final AhoCorasickDoubleArrayTrie<Entry[]> automaton;
  private final Set<String> publicNumbers;

  private Proofreader(AhoCorasickDoubleArrayTrie<Entry[]> automaton, Set<String> publicNumbers) {
    this.automaton = automaton;
    this.publicNumbers = publicNumbers;
  }

  /** The proofreader of {@code dictionary}; built once per dictionary and shared. */
  public static Proofreader of(Dictionary dictionary) {
    return dictionary.proofreader();
  }

  static Proofreader build(Dictionary dictionary) {
    Map<String, List<Entry>> byKey = new TreeMap<>();
    for (Entry entry : dictionary.entries()) {
      byKey.computeIfAbsent(entry.key(), key -> new ArrayList<>(1)).add(entry);
    }
    TreeMap<String, Entry[]> patterns = new TreeMap<>();
    byKey.forEach((key, entries) -> patterns.put(key, entries.toArray(Entry[]::new)));
    AhoCorasickDoubleArrayTrie<Entry[]> automaton = new AhoCorasickDoubleArrayTrie<>();
    automaton.build(patterns);
    return new Proofreader(automaton, dictionary.publicNumbers());
  }

  /** The findings in one text, in the order they occur. */
  public List<Finding> check(String field, String text) {
    if (text == null || text.isEmpty()) {
      return List.of();
    }
    Check check = new Check(field, text);
    NormalisedText normalised = NormalisedText.of(text);
    if (normalised.length() > 0) {
      automaton.parseText(
          normalised.chars, (begin, end, entries) -> check.hit(normalised, begin, end, entries));
      check.officials(normalised);
    }
    for (PersonalData.Found found : PersonalData.find(text, field, publicNumbers)) {
      check.candidate(
          found.start(), found.end(), Category.PERSONAL_DATA, Severity.BLOCK, found.suggestion());
    }
    return check.findings();
  }

  /** The findings in several texts, field by field in the order given. */
  public List<Finding> check(List<FieldText> texts) {
    List<Finding> findings = new ArrayList<>();
    for (FieldText text : texts) {
      findings.addAll(check(text.field(), text.text()));
    }
    return findings;
  }

  /** The findings in every text of the item ({@link ItemTexts}). */
  public List<Finding> check(Item item) {
    return check(ItemTexts.of(item));
  }

  /** Whether any of {@code findings} blocks publication. */
  public static boolean blocks(List<Finding> findings) {
    return findings.stream().anyMatch(Finding::blocks);
  }

  /** The state of one check: what the automaton found, before overlaps and allow-lists. */
  private static final class Check {

    private final String field;
    private final String text;
    private final List<Candidate> candidates = new ArrayList<>();
    private Spans guards;
    private Spans allowed;
    private List<Hit> names;
    private List<Hit> titles;

    Check(String field, String text) {
      this.field = field;
      this.text = text;
    }

    void hit(NormalisedText normalised, int begin, int end, Entry[] entries) {
      for (Entry entry : entries) {
        switch (entry.kind()) {
          case FINDING ->
              candidate(
                  normalised.writtenStart(begin),
                  normalised.writtenEnd(end),
                  entry.category(),
                  entry.severity(),
                  entry.suggestion());
          case GUARD -> {
            if (guards == null) {
              guards = new Spans();
            }
            guards.add(normalised.writtenStart(begin), normalised.writtenEnd(end));
          }
          case ALLOW -> {
            if (allowed == null) {
              allowed = new Spans();
            }
            allowed.add(normalised.writtenStart(begin), normalised.writtenEnd(end));
          }
          case NAME -> {
            if (names == null) {
              names = new ArrayList<>();
            }
            names.add(new Hit(begin, end, entry));
          }
          case TITLE -> {
            if (titles == null) {
              titles = new ArrayList<>();
            }
            titles.add(new Hit(begin, end, entry));
          }
        }
      }
    }

    /**
     * An official's name right before or after a title that is not theirs: the longest title
     * touching the name counts (副市长, not 市长, in 副市长王某).
     */
    void officials(NormalisedText normalised) {
      if (names == null || titles == null) {
        return;
      }
      for (Hit name : names) {
        Hit before = null;
        Hit after = null;
        for (Hit title : titles) {
          if (title.end == name.begin && (before == null || title.length() > before.length())) {
            before = title;
          }
          if (title.begin == name.end && (after == null || title.length() > after.length())) {
            after = title;
          }
        }
        for (Hit title : new Hit[] {before, after}) {
          if (title != null && !name.entry.official().holds(title.entry.key())) {
            int begin = Math.min(name.begin, title.begin);
            int end = Math.max(name.end, title.end);
            candidate(
                normalised.writtenStart(begin),
                normalised.writtenEnd(end),
                Category.OFFICIAL_NAME,
                Severity.BLOCK,
                name.entry.written()
                    + " is "
                    + String.join(", ", name.entry.official().titles())
                    + ", not "
                    + title.entry.written());
          }
        }
      }
    }

    void candidate(int start, int end, Category category, Severity severity, String suggestion) {
      candidates.add(new Candidate(start, end, category, severity, suggestion));
    }

    List<Finding> findings() {
      if (candidates.isEmpty()) {
        return List.of();
      }
      List<Candidate> kept = new ArrayList<>(candidates.size());
      for (Candidate candidate : candidates) {
        if (!inside(candidate, allowed, false) && !inside(candidate, guards, true)) {
          kept.add(candidate);
        }
      }
      kept.sort(
          Comparator.comparingInt(Candidate::length)
              .reversed()
              .thenComparingInt(Candidate::start)
              .thenComparing(Candidate::category));
      TreeMap<Integer, Candidate> accepted = new TreeMap<>();
      for (Candidate candidate : kept) {
        var left = accepted.lowerEntry(candidate.end);
        if (left != null && left.getValue().end > candidate.start) {
          continue; // overlaps a longer (or earlier) one
        }
        accepted.put(candidate.start, candidate);
      }
      List<Finding> findings = new ArrayList<>(accepted.size());
      Lines lines = new Lines(text);
      for (Candidate candidate : accepted.values()) {
        findings.add(lines.finding(field, candidate));
      }
      return findings;
    }

    /** Whether the candidate lies inside one of {@code spans} (strictly shorter, if asked). */
    private static boolean inside(Candidate candidate, Spans spans, boolean strictly) {
      return spans != null && spans.contain(candidate.start, candidate.end, strictly);
    }
  }

  private record Hit(int begin, int end, Entry entry) {
    int length() {
      return end - begin;
    }
  }

  /** A finding before it is placed: its written span {@code [start, end)}. */
  record Candidate(int start, int end, Category category, Severity severity, String suggestion) {
    int length() {
      return end - start;
    }
  }
}
