package org.zhanqun.model.interaction;

import java.util.Comparator;
import java.util.List;

/**
 * Everything of interaction that the published cluster shows. A content folder gives only the
 * channels (its {@code interaction.yaml}); the content server adds the published letters, the
 * monthly figures and the consultations. Immutable.
 */
public record PublicInteraction(
    List<Channel> channels,
    List<PublishedLetter> letters,
    List<ChannelMonth> months,
    List<PublicConsultation> consultations) {

  public static final PublicInteraction EMPTY =
      new PublicInteraction(List.of(), List.of(), List.of(), List.of());

  public PublicInteraction {
    channels = List.copyOf(channels);
    letters = List.copyOf(letters);
    months = List.copyOf(months);
    consultations = List.copyOf(consultations);
  }

  /** Only the channels, as a content folder holds them. */
  public static PublicInteraction ofChannels(List<Channel> channels) {
    return new PublicInteraction(channels, List.of(), List.of(), List.of());
  }

  /** The same with other channels, keeping the letters, figures and consultations. */
  public PublicInteraction withChannels(List<Channel> newChannels) {
    return new PublicInteraction(newChannels, letters, months, consultations);
  }

  /** The site's channels, in the order given. */
  public List<Channel> channelsOf(String site) {
    return channels.stream().filter(c -> c.site().equals(site)).toList();
  }

  /** The letters published on a channel, the newest reply first. */
  public List<PublishedLetter> lettersOf(String site, String channel) {
    return letters.stream()
        .filter(l -> l.site().equals(site) && l.channel().equals(channel))
        .sorted(
            Comparator.comparing(PublishedLetter::replied)
                .thenComparing(PublishedLetter::number)
                .reversed())
        .toList();
  }

  /** A channel's monthly figures, the newest month first. */
  public List<ChannelMonth> monthsOf(String site, String channel) {
    return months.stream()
        .filter(m -> m.site().equals(site) && m.channel().equals(channel))
        .sorted(Comparator.comparing(ChannelMonth::month).reversed())
        .toList();
  }

  /** The site's consultations, the latest to open first. */
  public List<PublicConsultation> consultationsOf(String site) {
    return consultations.stream()
        .filter(c -> c.site().equals(site))
        .sorted(
            Comparator.comparing(PublicConsultation::opens)
                .thenComparing(PublicConsultation::code)
                .reversed())
        .toList();
  }
}
