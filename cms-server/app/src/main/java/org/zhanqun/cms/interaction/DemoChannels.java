package org.zhanqun.cms.interaction;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.zhanqun.cms.site.SiteService;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.site.LocalizedText;

/**
 * In embedded (demo) mode, beside the demo sites ({@code site.DemoSites}), gives the portal a 市长信箱
 * and 发改委 and 教育局 a 局长信箱 when they have no channel yet, so that a new user can write a letter at
 * once. Not when {@code zhanqun.import.on-start} names a folder: its {@code interaction.yaml}
 * brings the channels.
 */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "DemoSites"})
public class DemoChannels {

  private static final Logger LOG = Logger.getLogger(DemoChannels.class.getName());
  private static final List<LetterKind> ALL_KINDS =
      List.of(LetterKind.COMPLAINT, LetterKind.SUGGESTION, LetterKind.CONSULTATION);

  @Inject LetterChannels channels;
  @Inject SiteService sites;

  @Inject
  @ConfigProperty(name = "zhanqun.demo-accounts")
  boolean enabled;

  @Inject
  @ConfigProperty(name = "zhanqun.import.on-start")
  Optional<String> importOnStart;

  @PostConstruct
  void createWhenMissing() {
    if (!enabled || importOnStart.filter(folder -> !folder.isBlank()).isPresent()) {
      return;
    }
    Set<String> demoSites = Set.of("portal", "fgw", "jyj");
    if (!channels.channels().isEmpty()
        || !demoSites.stream().allMatch(site -> sites.findSite(site).isPresent())) {
      return;
    }
    channels.importChannels(
        List.of(
            channel("portal", "mayor", "市长信箱", "Mayor's Mailbox"),
            channel("fgw", "mailbox", "局长信箱", "Director's Mailbox"),
            channel("jyj", "mailbox", "局长信箱", "Director's Mailbox")),
        demoSites);
    LOG.info("created the demo letter channels portal/mayor, fgw/mailbox and jyj/mailbox");
  }

  private static Channel channel(String site, String code, String zh, String en) {
    return new Channel(site, code, new LocalizedText(Map.of("zh-CN", zh, "en", en)), ALL_KINDS, 5);
  }
}
