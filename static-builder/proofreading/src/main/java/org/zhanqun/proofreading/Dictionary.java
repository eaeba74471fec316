package org.zhanqun.proofreading;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.zhanqun.model.yaml.ContentProblem;
import org.zhanqun.model.yaml.Problems;

/**
 * What the proofreader knows: the built-in lists shipped in this module (fixed expressions,
 * classified markings and typos in {@code phrases.tsv}; the administrative divisions in {@code
 * divisions.tsv}, from a named public data set) and, optionally, an operator's file ({@code
 * proofreading.yaml}: officials with their titles and wrong forms, former department names,
 * allow-list, public service numbers, extra phrases). See docs/proofreading.md. Immutable.
 */
public final class Dictionary {

  /** The name of the operator's file at the root of a content folder. */
  public static final String OPERATOR_FILE = "proofreading.yaml";

  static final String PHRASES = "phrases.tsv";
  static final String ALLOW = "allow.txt";

  private final List<Entry> entries;
  private final Set<String> publicNumbers;
  private volatile Proofreader proofreader;

  private Dictionary(EntryList list) {
    this.entries = List.copyOf(list.entries());
    this.publicNumbers = Set.copyOf(list.publicNumbers());
  }

  /** The built-in lists only. */
  public static Dictionary builtIn() {
    return BuiltIn.DICTIONARY;
  }

  /**
   * The built-in lists and the operator's file.
   *
   * @throws DictionaryException naming every bad entry with its file and line
   */
  public static Dictionary withOperatorFile(Path file) throws DictionaryException {
    Problems problems = new Problems(file.toString().replace('\\', '/'));
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException | UncheckedIOException e) {
      problems.add(0, "cannot be read: " + e.getMessage());
      throw new DictionaryException(problems.list());
    }
    return withOperatorText(text, problems);
  }

  /**
   * The dictionary of a content folder: the built-in lists and the folder's {@link #OPERATOR_FILE}
   * when it has one.
   *
   * @throws DictionaryException naming every bad entry of the operator's file with its line
   */
  public static Dictionary forContentFolder(Path contentFolder) throws DictionaryException {
    Path file = contentFolder.resolve(OPERATOR_FILE);
    return Files.exists(file) ? withOperatorFile(file) : builtIn();
  }

  /** The built-in lists and an operator's file given as text, its problems named {@code file}. */
  static Dictionary withOperatorText(String text, Problems problems) throws DictionaryException {
    EntryList list = BuiltIn.entries();
    OperatorFile.read(text, problems, list);
    if (!problems.isEmpty()) {
      throw new DictionaryException(
          problems.list().stream().sorted(Comparator.comparingInt(ContentProblem::line)).toList());
    }
    return new Dictionary(list);
  }

  List<Entry> entries() {
    return entries;
  }

  Set<String> publicNumbers() {
    return publicNumbers;
  }

  /** The proofreader of this dictionary, built on first use and kept. */
  Proofreader proofreader() {
    Proofreader built = proofreader;
    if (built == null) {
      synchronized (this) {
        built = proofreader;
        if (built == null) {
          built = Proofreader.build(this);
          proofreader = built;
        }
      }
    }
    return built;
  }

  /** The lists shipped in this module, read once. */
  private static final class BuiltIn {

    private static final EntryList ENTRIES = read();
    private static final Dictionary DICTIONARY = new Dictionary(ENTRIES);

    /** A fresh list holding the built-in entries, to which an operator's file may add. */
    static EntryList entries() {
      return ENTRIES.copy();
    }

    private static EntryList read() {
      EntryList list = new EntryList();
      Problems problems = new Problems(PHRASES);
      PhraseFile.read(resource(PHRASES), PHRASES, problems, list);
      Problems allowProblems = new Problems(ALLOW);
      PhraseFile.readAllowList(resource(ALLOW), ALLOW, allowProblems, list);
      PlaceNames places = PlaceNames.builtIn();
      for (String name : places.guards()) {
        list.add(
            Entry.marker(Entry.Kind.GUARD, name, PlaceNames.RESOURCE), problems, 0, "division");
      }
      for (Map.Entry<String, String> misspelling : places.misspellings().entrySet()) {
        Entry entry =
            Entry.finding(
                misspelling.getKey(),
                Category.SERIOUS_ERROR,
                Severity.BLOCK,
                misspelling.getValue(),
                PlaceNames.RESOURCE + " (generated from " + misspelling.getValue() + ")");
        if (!list.hasFinding(entry.key())) {
          list.add(entry, problems, 0, "division");
        }
      }
      problems.list().addAll(allowProblems.list());
      if (!problems.isEmpty()) {
        throw new IllegalStateException(new DictionaryException(problems.list()).getMessage());
      }
      return list;
    }

    private static String resource(String name) {
      try (InputStream in = Dictionary.class.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalStateException(name + " is missing from the proofreading module");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
