package org.zhanqun.cms.proofreading;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.rest.HealthCheck;
import org.zhanqun.proofreading.Dictionary;
import org.zhanqun.proofreading.DictionaryException;
import org.zhanqun.proofreading.Proofreader;

/**
 * The server's one proofreader, built at start and rebuilt when the operator's file changes (looked
 * at, at most every {@link #LOOK_EVERY}, when a door asks for the proofreader), so that a new
 * official or allow-list entry needs no restart. An unusable file at start does not stop the server
 * (editors can still write drafts) but every door that needs the proofreader answers 503 with the
 * file, line and reason, so that nothing unchecked goes live. An unusable edit of a file that was
 * good keeps the previous dictionary in use: a typo in the list never halts publishing for the
 * cluster. Either way {@code /health} shows the problem until the file is fixed.
 */
@ApplicationScoped
public class ServerProofreader implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(ServerProofreader.class.getName());

  /** How often the operator's file is looked at for a change. */
  static final Duration LOOK_EVERY = Duration.ofSeconds(2);

  @Inject
  @ConfigProperty(name = "zhanqun.proofreading.dictionary")
  Optional<String> operatorFile;

  @Inject Clock clock;

  private volatile Proofreader proofreader;
  private volatile String unusable;
  private String fileVersion;
  private Instant nextLook = Instant.MIN;

  @PostConstruct
  void load() {
    fileVersion = operatorFile.map(file -> versionOf(Path.of(file))).orElse(null);
    nextLook = clock.instant().plus(LOOK_EVERY);
    try {
      proofreader = Proofreader.of(dictionary());
      unusable = null;
    } catch (DictionaryException e) {
      unusable = e.getMessage();
      LOG.severe(unusable);
    }
  }

  @Override
  public String name() {
    return "proofreading";
  }

  @Override
  public Optional<String> problem() {
    return Optional.ofNullable(unusable);
  }

  /**
   * Touches the bean at start-up, which builds the proofreader: a bad dictionary is logged (and
   * shown by {@code /health}) from the start, and no editor's first submit waits for the build.
   */
  void buildAtStart(@Observes @Initialized(ApplicationScoped.class) Object start) {
    LOG.fine(() -> unusable == null ? "proofreader ready" : "proofreader unusable");
  }

  /** The proofreader, or 503 when its dictionary is unusable. */
  public Proofreader proofreader() {
    reloadIfChanged();
    Proofreader current = proofreader;
    if (current == null) {
      throw new ProofreadingUnavailableException(unusable);
    }
    return current;
  }

  private synchronized void reloadIfChanged() {
    Instant now = clock.instant();
    if (operatorFile.isEmpty() || now.isBefore(nextLook)) {
      return;
    }
    nextLook = now.plus(LOOK_EVERY);
    Path file = Path.of(operatorFile.get());
    String version = versionOf(file);
    if (version.equals(fileVersion)) {
      return;
    }
    fileVersion = version;
    try {
      proofreader = Proofreader.of(dictionary());
      unusable = null;
      LOG.info(() -> "proofreading dictionary reloaded: " + file);
    } catch (DictionaryException e) {
      unusable =
          proofreader == null
              ? e.getMessage()
              : e.getMessage() + " (the previous dictionary stays in use until the file is fixed)";
      LOG.severe(unusable);
    }
  }

  private Dictionary dictionary() throws DictionaryException {
    return operatorFile.isPresent()
        ? Dictionary.withOperatorFile(Path.of(operatorFile.get()))
        : Dictionary.builtIn();
  }

  /** When the file last changed and how long it is; {@code absent} when there is none. */
  private static String versionOf(Path file) {
    try {
      return Files.getLastModifiedTime(file).toMillis() + "/" + Files.size(file);
    } catch (NoSuchFileException e) {
      return "absent";
    } catch (IOException e) {
      return "unreadable: " + e.getMessage();
    }
  }
}
