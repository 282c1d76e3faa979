package org.footprint.history;

import java.time.Instant;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;

/**
 * What the collector keeps of an item that may contribute to a cross-item finding: what the report shows of it,
 * with the text cut to its start (or up to its last evidence span), and none of its media, places or mentions.
 */
record ItemRef(String id, String platform, String nativeId, ItemKind kind, boolean authoredBySelf, Instant createdAt,
    Audience audience, String permalink, String text) {

  /** @param keepUpTo characters of the text to keep at least (the cut is marked with an ellipsis) */
  static ItemRef of(Item item, int keepUpTo) {
    String text = item.text();
    if (text.length() > keepUpTo) {
      int cut = Character.isHighSurrogate(text.charAt(keepUpTo - 1)) ? keepUpTo - 1 : keepUpTo;
      text = text.substring(0, cut) + "…";
    }
    return new ItemRef(item.id(), item.platform(), item.nativeId(), item.kind(), item.authoredBySelf(), item.createdAt(), item.audience(),
        item.permalink(), text);
  }

  /** The item as the report shows it. */
  Item toItem() {
    return Item.builder(platform, nativeId).id(id).kind(kind).authoredBySelf(authoredBySelf).createdAt(createdAt).text(text)
        .audience(audience).permalink(permalink).build();
  }
}
