package org.zhanqun.builder.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.zhanqun.builder.output.UrlScheme;
import org.zhanqun.model.Parsed;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.site.LocalizedText;
import org.zhanqun.model.yaml.Problems;
import org.zhanqun.model.yaml.YamlDocument;
import org.zhanqun.model.yaml.YamlMap;

/**
 * Reads the cluster's {@code interaction.yaml} (docs/content-format.md, interaction.yaml): the
 * letter channels of every site. The file is optional; without it no site has a channel.
 */
final class InteractionFileReader {

  /** The file's name, beside {@code cluster.yaml}. */
  static final String FILE = "interaction.yaml";

  private static final List<String> KEYS = List.of("channels");
  private static final List<String> CHANNEL_KEYS =
      List.of("site", "code", "names", "kinds", "replyDays");

  private InteractionFileReader() {}

  /**
   * @param sites the cluster's sites by id, for their languages; a channel of another site is a
   *     problem
   */
  static List<Channel> read(Path folder, Map<String, SiteSettings> sites, Problems problems) {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try {
      return YamlDocument.mapping(Files.readString(file), FILE, 1, problems)
          .map(yaml -> channels(yaml, sites))
          .orElse(List.of());
    } catch (IOException e) {
      problems.add(0, "cannot be read: " + e.getMessage());
      return List.of();
    }
  }

  private static List<Channel> channels(YamlMap yaml, Map<String, SiteSettings> sites) {
    yaml.allowOnly(KEYS);
    List<Channel> channels = new ArrayList<>();
    Map<String, Integer> lines = new HashMap<>();
    for (YamlMap entry : yaml.elements("channels").orElse(List.of())) {
      channel(entry, sites)
          .ifPresent(
              channel -> {
                String key = channel.site() + "/" + channel.code();
                Integer earlier = lines.putIfAbsent(key, entry.line("code"));
                if (earlier != null) {
                  entry.problem(
                      "code",
                      "site "
                          + channel.site()
                          + " already has a channel '"
                          + channel.code()
                          + "' (line "
                          + earlier
                          + ")");
                } else {
                  channels.add(channel);
                }
              });
    }
    return channels;
  }

  private static Optional<Channel> channel(YamlMap entry, Map<String, SiteSettings> sites) {
    entry.allowOnly(CHANNEL_KEYS);
    Optional<String> site =
        entry
            .requiredText("site")
            .filter(
                id -> {
                  if (!sites.containsKey(id)) {
                    entry.problem("site", "'" + id + "' is not a site of the cluster");
                    return false;
                  }
                  return true;
                });
    Optional<String> code =
        entry
            .requiredText("code")
            .filter(
                text -> {
                  if (UrlScheme.RESERVED_CHANNEL_CODES.contains(text)) {
                    entry.problem(
                        "code",
                        "'" + text + "' is the folder of the letters' query page; choose another");
                    return false;
                  }
                  if (!Channel.CODE.matcher(text).matches()) {
                    entry.problem(
                        "code",
                        "'"
                            + text
                            + "' must be 2 to 32 lower-case letters, digits or hyphens, "
                            + "starting with a letter");
                    return false;
                  }
                  return true;
                });
    List<String> languages = site.map(sites::get).map(SiteSettings::languages).orElse(List.of());
    Optional<LocalizedText> names =
        LanguageTags.names(entry, "names", languages, "the site", 100)
            .filter(
                n -> {
                  if (!languages.isEmpty() && !n.has(languages.get(0))) {
                    entry.problem(
                        "names", "must include the site's first language, " + languages.get(0));
                    return false;
                  }
                  return true;
                });
    Optional<List<LetterKind>> kinds = kinds(entry);
    Optional<Integer> replyDays = replyDays(entry);
    if (site.isEmpty()
        || code.isEmpty()
        || names.isEmpty()
        || kinds.isEmpty()
        || replyDays.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Channel(site.get(), code.get(), names.get(), kinds.get(), replyDays.get()));
  }

  private static Optional<List<LetterKind>> kinds(YamlMap entry) {
    if (!entry.has("kinds")) {
      entry.missing("kinds");
      return Optional.empty();
    }
    return entry
        .values(
            "kinds",
            text ->
                LetterKind.ofCode(text)
                    .map(Parsed::of)
                    .orElseGet(
                        () ->
                            Parsed.refused(
                                "'"
                                    + text
                                    + "' is not a kind of letter ("
                                    + LetterKind.codes()
                                    + ")")))
        .filter(
            list -> {
              // an element refused above was reported already
              boolean writtenEmpty =
                  entry
                      .node("kinds")
                      .filter(n -> n instanceof SequenceNode s && s.getValue().isEmpty())
                      .isPresent();
              if (writtenEmpty) {
                entry.problem("kinds", "must name at least one kind (" + LetterKind.codes() + ")");
              }
              return !list.isEmpty();
            });
  }

  private static Optional<Integer> replyDays(YamlMap entry) {
    if (!entry.has("replyDays")) {
      entry.missing("replyDays");
      return Optional.empty();
    }
    return entry
        .count("replyDays")
        .filter(
            days -> {
              if (days < Channel.MIN_REPLY_DAYS || days > Channel.MAX_REPLY_DAYS) {
                entry.problem(
                    "replyDays",
                    "must be "
                        + Channel.MIN_REPLY_DAYS
                        + " to "
                        + Channel.MAX_REPLY_DAYS
                        + " working days, found "
                        + days);
                return false;
              }
              return true;
            });
  }
}
