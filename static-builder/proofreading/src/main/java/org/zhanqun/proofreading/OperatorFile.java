package org.zhanqun.proofreading;

import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.model.yaml.YamlDocument;
import org.zhanqun.model.yaml.YamlMap;

/**
 * Reads an operator's proofreading.yaml: officials with their titles and wrong forms, extra titles,
 * former names of departments, the allow-list, public service numbers and extra phrases. Unknown
 * keys are refused; every problem names its line.
 */
final class OperatorFile {

  private static final List<String> KEYS =
      List.of("officials", "titles", "formerNames", "allow", "publicNumbers", "phrases");
  private static final List<String> OFFICIAL_KEYS = List.of("name", "titles", "wrongForms");
  private static final List<String> FORMER_NAME_KEYS = List.of("name", "current", "severity");
  private static final List<String> PHRASE_KEYS =
      List.of("text", "suggestion", "category", "severity");

  private OperatorFile() {}

  static void read(String text, Problems problems, EntryList entries) {
    Optional<YamlMap> root = YamlDocument.mapping(text, problems.file(), 1, problems);
    if (root.isEmpty()) {
      return;
    }
    YamlMap map = root.get();
    map.allowOnly(KEYS);
    String file = problems.file();
    for (YamlMap official : map.elements("officials").orElse(List.of())) {
      official.allowOnly(OFFICIAL_KEYS);
      Optional<String> name = official.requiredText("name");
      List<String> titles = official.texts("titles").orElse(List.of());
      if (titles.isEmpty()) {
        official
            .problems()
            .add(official.line(), official.path("titles") + ": give at least one title");
      }
      if (name.isEmpty() || titles.isEmpty()) {
        continue;
      }
      Entry.Official person =
          Entry.Official.of(name.get(), titles.stream().map(String::strip).toList());
      entries.add(
          Entry.name(person, file + ":" + official.line("name")),
          problems,
          official.valueLine("name"),
          official.path("name"));
      for (String title : person.titles()) {
        entries.add(
            Entry.marker(Entry.Kind.TITLE, title, file + ":" + official.valueLine("titles")),
            problems,
            official.valueLine("titles"),
            official.path("titles"));
      }
      List<Node> wrongForms = official.sequence("wrongForms").orElse(List.of());
      for (Node node : wrongForms) {
        int line = official.line(node);
        if (YamlMap.isNull(node)) {
          problems.add(line, official.path("wrongForms") + ": an element is empty");
          continue;
        }
        official
            .text(node, official.path("wrongForms"))
            .ifPresent(
                wrong ->
                    entries.add(
                        Entry.finding(
                            wrong.strip(),
                            Category.OFFICIAL_NAME,
                            Severity.BLOCK,
                            name.get(),
                            file + ":" + line),
                        problems,
                        line,
                        official.path("wrongForms")));
      }
    }
    for (Node node : map.sequence("titles").orElse(List.of())) {
      int line = map.line(node);
      if (YamlMap.isNull(node)) {
        problems.add(line, "titles: an element is empty");
        continue;
      }
      map.text(node, "titles")
          .ifPresent(
              title ->
                  entries.add(
                      Entry.marker(Entry.Kind.TITLE, title.strip(), file + ":" + line),
                      problems,
                      line,
                      "titles"));
    }
    for (YamlMap former : map.elements("formerNames").orElse(List.of())) {
      former.allowOnly(FORMER_NAME_KEYS);
      Optional<String> name = former.requiredText("name");
      Optional<String> current = former.requiredText("current");
      Severity severity = Severity.WARN;
      if (former.has("severity")) {
        Optional<Severity> given = former.value("severity", Severity::parse);
        if (given.isEmpty()) {
          continue;
        }
        severity = given.get();
      }
      if (name.isPresent() && current.isPresent()) {
        entries.add(
            Entry.finding(
                name.get(),
                Category.OUTDATED_NAME,
                severity,
                current.get(),
                file + ":" + former.valueLine("name")),
            problems,
            former.valueLine("name"),
            former.path("name"));
      }
    }
    for (Node node : map.sequence("allow").orElse(List.of())) {
      int line = map.line(node);
      if (YamlMap.isNull(node)) {
        problems.add(line, "allow: an element is empty");
        continue;
      }
      map.text(node, "allow")
          .ifPresent(
              phrase ->
                  entries.add(
                      Entry.marker(Entry.Kind.ALLOW, phrase.strip(), file + ":" + line),
                      problems,
                      line,
                      "allow"));
    }
    for (Node node : map.sequence("publicNumbers").orElse(List.of())) {
      int line = map.line(node);
      if (YamlMap.isNull(node)) {
        problems.add(line, "publicNumbers: an element is empty");
        continue;
      }
      map.text(node, "publicNumbers")
          .ifPresent(
              number ->
                  entries.addPublicNumber(
                      number, file + ":" + line, problems, line, "publicNumbers"));
    }
    for (YamlMap phrase : map.elements("phrases").orElse(List.of())) {
      phrase.allowOnly(PHRASE_KEYS);
      int line = phrase.line();
      PhraseFile.phrase(
              phrase.text("text").orElse("").strip(),
              phrase.text("suggestion").orElse("").strip(),
              phrase.text("category").orElse("").strip(),
              phrase.text("severity").orElse("").strip(),
              file + ":" + line,
              problems,
              line,
              "phrases")
          .ifPresent(entry -> entries.add(entry, problems, line, "phrases"));
    }
  }
}
