package org.zhanqun.builder.template;

import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNotFoundException;
import freemarker.template.TemplateScalarModel;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.zhanqun.builder.i18n.UiStrings;

/**
 * The themes of {@code site-templates/}: renders a model with a theme's templates and lists its
 * assets. A theme's file overrides the {@code _shared} file of the same path. Thread-safe: pages
 * may be rendered in parallel.
 */
public final class Themes {

  /** The folder of templates and assets every theme shares. */
  public static final String SHARED = "_shared";

  private final Path root;
  private final UiStrings strings;
  private final Map<String, Configuration> configurations = new ConcurrentHashMap<>();

  public Themes(Path root, UiStrings strings) {
    this.root = root;
    this.strings = strings;
  }

  /** Whether {@code site-templates/<theme>/} exists. */
  public boolean exists(String theme) {
    return exists(root, theme);
  }

  /**
   * Whether {@code theme} is a theme of the templates folder {@code root}: a folder directly in it
   * other than {@code _shared}, named by a plain name (no path).
   */
  public static boolean exists(Path root, String theme) {
    return theme != null
        && theme.matches("[A-Za-z0-9][A-Za-z0-9_.-]{0,99}")
        && !theme.contains("..")
        && Files.isDirectory(root.resolve(theme));
  }

  /** The themes of the templates folder {@code root}, sorted; empty when it cannot be read. */
  public static List<String> available(Path root) {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (java.util.stream.Stream<Path> folders = Files.list(root)) {
      return folders
          .map(f -> f.getFileName().toString())
          .filter(name -> exists(root, name))
          .sorted()
          .toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      return List.of();
    }
  }

  /**
   * Renders {@code model} as the root variable {@code rootName} with the first of {@code templates}
   * that the theme (or {@code _shared}) has; templates also get {@code msg(key)}, the UI string in
   * {@code language}.
   */
  public byte[] render(
      String theme, List<String> templates, String rootName, Object model, String language)
      throws RenderException {
    Configuration configuration = configuration(theme);
    Template template = find(configuration, theme, templates);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
    try (Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      Map<String, Object> data = new HashMap<>();
      data.put(rootName, model);
      data.put("msg", new MessageMethod(language));
      template.process(data, out);
    } catch (TemplateException e) {
      throw new RenderException(
          template.getSourceName() + " (theme " + theme + "): " + e.getMessageWithoutStackTop(), e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Every asset file of the theme: {@code _shared/assets/**} overlaid with {@code
   * <theme>/assets/**}, keyed by the path below {@code assets/} with {@code /} separators, sorted.
   */
  public Map<String, Path> assets(String theme) throws IOException {
    Map<String, Path> assets = new TreeMap<>();
    for (Path folder :
        List.of(root.resolve(SHARED).resolve("assets"), root.resolve(theme).resolve("assets"))) {
      if (!Files.isDirectory(folder)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(folder)) {
        for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
          assets.put(folder.relativize(file).toString().replace('\\', '/'), file);
        }
      }
    }
    return assets;
  }

  /** Every template and asset file of every theme, for fingerprinting the build's inputs. */
  public List<Path> allFiles() throws IOException {
    if (!Files.isDirectory(root)) {
      return List.of();
    }
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private Template find(Configuration configuration, String theme, List<String> names)
      throws RenderException {
    List<String> tried = new ArrayList<>();
    for (String name : names) {
      try {
        return configuration.getTemplate(name);
      } catch (TemplateNotFoundException e) {
        tried.add(name);
      } catch (ParseException e) {
        throw new RenderException(
            e.getTemplateName() + ":" + e.getLineNumber() + ": " + e.getEditorMessage(), e);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    throw new RenderException(
        "no template " + String.join(" or ", tried) + " in theme " + theme + " or " + SHARED);
  }

  private Configuration configuration(String theme) {
    return configurations.computeIfAbsent(theme, this::newConfiguration);
  }

  private Configuration newConfiguration(String theme) {
    Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
    try {
      List<TemplateLoader> loaders = new ArrayList<>();
      for (String folder : List.of(theme, SHARED)) {
        Path templates = root.resolve(folder);
        if (Files.isDirectory(templates)) {
          loaders.add(new FileTemplateLoader(templates.toFile()));
        }
      }
      configuration.setTemplateLoader(
          new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    configuration.setDefaultEncoding(StandardCharsets.UTF_8.name());
    configuration.setOutputEncoding(StandardCharsets.UTF_8.name());
    configuration.setRecognizeStandardFileExtensions(true);
    configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    configuration.setLogTemplateExceptions(false);
    configuration.setWrapUncheckedExceptions(true);
    configuration.setFallbackOnNullLoopVariable(false);
    // Templates see pre-formatted strings; numbers stay plain so URLs and ids never get commas.
    configuration.setNumberFormat("computer");
    configuration.setLocalizedLookup(false);
    return configuration;
  }

  /** {@code msg(key)}: a UI string; an unknown key fails the page rather than printing the key. */
  private final class MessageMethod implements TemplateMethodModelEx {

    private final String language;

    MessageMethod(String language) {
      this.language = language;
    }

    @Override
    public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
      if (arguments.size() != 1 || !(arguments.get(0) instanceof TemplateScalarModel key)) {
        throw new TemplateModelException("msg takes one argument, the key of a UI string");
      }
      String name = key.getAsString();
      return strings
          .find(language, name)
          .orElseThrow(
              () ->
                  new TemplateModelException(
                      "unknown UI string '"
                          + name
                          + "': add it to "
                          + strings.defaultBundleFileName()));
    }
  }
}
