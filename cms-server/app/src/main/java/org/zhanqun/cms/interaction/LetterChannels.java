package org.zhanqun.cms.interaction;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.zhanqun.cms.publish.PublicPagesChanged;
import org.zhanqun.model.interaction.Channel;

/**
 * The sites' letter channels: replaced by the content import ({@code interaction.yaml}), written
 * back by the export, read by the public form and the pages. Letters keep their channel's site and
 * code even when the channel is later removed.
 */
@ApplicationScoped
@Transactional
public class LetterChannels {

  @Inject LetterRepository repository;
  @Inject Event<PublicPagesChanged> pagesChanged;

  /**
   * Makes the stored channels those of the import: new ones added, changed ones updated, those of
   * the imported sites that the import lacks removed (channels of sites the import does not name
   * stay). An import without any channel (a folder without {@code interaction.yaml}) leaves the
   * stored channels alone.
   *
   * @return how many channels were added, changed or removed
   */
  public int importChannels(List<Channel> imported, Set<String> importedSites) {
    Map<String, LetterChannel> stored = new HashMap<>();
    for (LetterChannel channel : repository.channels()) {
      stored.put(channel.siteId() + "/" + channel.code(), channel);
    }
    int changes = 0;
    Map<String, Integer> positions = new HashMap<>();
    Set<String> changedSites = new TreeSet<>();
    for (Channel channel : imported) {
      int position = positions.merge(channel.site(), 1, Integer::sum) - 1;
      LetterChannel existing = stored.remove(channel.site() + "/" + channel.code());
      if (existing == null) {
        repository.add(new LetterChannel(channel, position));
        changedSites.add(channel.site());
        changes++;
      } else if (existing.change(channel, position)) {
        changedSites.add(channel.site());
        changes++;
      }
    }
    for (LetterChannel left : stored.values()) {
      if (!imported.isEmpty() && importedSites.contains(left.siteId())) {
        repository.remove(left);
        changedSites.add(left.siteId());
        changes++;
      }
    }
    // the channels' pages, the column links and the sitemaps show the change at the next run
    changedSites.forEach(site -> pagesChanged.fire(new PublicPagesChanged(site, "channels")));
    return changes;
  }

  /** Every channel, by site and in the order of {@code interaction.yaml}. */
  public List<Channel> channels() {
    List<Channel> all = new ArrayList<>();
    for (LetterChannel channel : repository.channels()) {
      all.add(channel.toChannel());
    }
    return all;
  }

  /** The channel {@code code} of {@code site}. */
  public Optional<Channel> channel(String site, String code) {
    return repository.channel(site, code).map(LetterChannel::toChannel);
  }
}
