package org.zhanqun.cms.proofreading;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.infrastructure.rest.HealthCheck;
import org.zhanqun.proofreading.Dictionary;
import org.zhanqun.proofreading.DictionaryException;
import org.zhanqun.proofreading.Proofreader;

/**
 * The server's one proofreader, built once at start. An unusable operator file does not stop the
 * server (editors can still write drafts) but every door that needs the proofreader answers 503
 * with the file, line and reason, so that nothing unchecked goes live.
 */
@ApplicationScoped
public class ServerProofreader implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(ServerProofreader.class.getName());

  @Inject
  @ConfigProperty(name = "zhanqun.proofreading.dictionary")
  Optional<String> operatorFile;

  private Proofreader proofreader;
  private String unusable;

  @PostConstruct
  void load() {
    try {
      Dictionary dictionary =
          operatorFile.isPresent()
              ? Dictionary.withOperatorFile(Path.of(operatorFile.get()))
              : Dictionary.builtIn();
      proofreader = Proofreader.of(dictionary);
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
    if (proofreader == null) {
      throw new ProofreadingUnavailableException(unusable);
    }
    return proofreader;
  }
}
