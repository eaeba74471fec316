package org.zhanqun.cms.interaction;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.zhanqun.cms.site.LocalizedNamesConverter;
import org.zhanqun.model.interaction.Channel;
import org.zhanqun.model.interaction.LetterKind;
import org.zhanqun.model.site.LocalizedText;

/** A site's letter channel as stored; imported from and exported to {@code interaction.yaml}. */
@Entity
@Table(name = "letter_channel")
public class LetterChannel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(name = "site_id", nullable = false)
  private String siteId;

  @Column(nullable = false)
  private String code;

  @Convert(converter = LocalizedNamesConverter.class)
  @Column(nullable = false)
  private Map<String, String> names;

  /** The kinds' codes, comma-separated, the form's default first. */
  @Column(nullable = false)
  private String kinds;

  @Column(name = "reply_days", nullable = false)
  private int replyDays;

  @Column(nullable = false)
  private int position;

  protected LetterChannel() {}

  LetterChannel(Channel channel, int position) {
    this.siteId = channel.site();
    this.code = channel.code();
    change(channel, position);
  }

  /** Takes the imported channel's names, kinds and limit; whether anything changed. */
  boolean change(Channel channel, int newPosition) {
    String newKinds =
        channel.kinds().stream().map(LetterKind::code).collect(Collectors.joining(","));
    boolean changed =
        !channel.names().byLanguage().equals(names)
            || !newKinds.equals(kinds)
            || channel.replyDays() != replyDays
            || newPosition != position;
    names = Map.copyOf(channel.names().byLanguage());
    kinds = newKinds;
    replyDays = channel.replyDays();
    position = newPosition;
    return changed;
  }

  /** As the content model has it. */
  Channel toChannel() {
    List<LetterKind> kindList =
        Arrays.stream(kinds.split(",")).map(code -> LetterKind.ofCode(code).orElseThrow()).toList();
    return new Channel(siteId, code, new LocalizedText(names), kindList, replyDays);
  }

  String siteId() {
    return siteId;
  }

  String code() {
    return code;
  }

  int position() {
    return position;
  }
}
