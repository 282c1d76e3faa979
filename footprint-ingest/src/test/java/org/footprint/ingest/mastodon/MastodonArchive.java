package org.footprint.ingest.mastodon;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.footprint.ingest.testkit.MemoryExportTree;

/** Builds Mastodon archives in the 4.x layout, for tests; accounts and texts are invented. */
public final class MastodonArchive {
  static final String ACTOR = "https://social.example/users/robin";
  static final String PUBLIC = "https://www.w3.org/ns/activitystreams#Public";
  public static final String FOLLOWERS = ACTOR + "/followers";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final List<ObjectNode> items = new ArrayList<>();
  private int next = 1;

  /** A note whose plain text is {@code text} (paragraphs by blank lines, line breaks by newlines). */
  public MastodonArchive note(String text, List<String> to, List<String> cc) {
    ObjectNode object = MAPPER.createObjectNode();
    String id = ACTOR + "/statuses/" + next++;
    object.put("id", id).put("type", "Note").putNull("summary").putNull("inReplyTo")
        .put("published", "2024-09-01T04:49:35Z").put("url", "https://social.example/@robin/" + (next - 1))
        .put("content", html(text));
    addresses(object, to, cc);
    object.putArray("attachment");
    object.putArray("tag");
    items.add(activity("Create", id, to, cc).set("object", object));
    return this;
  }

  public MastodonArchive publicNote(String text) {
    return note(text, List.of(PUBLIC), List.of(FOLLOWERS));
  }

  /** A note given as raw activity JSON, for shapes the builder does not cover. */
  MastodonArchive raw(String activityJson) {
    try {
      items.add((ObjectNode) MAPPER.readTree(activityJson));
    } catch (Exception e) {
      throw new IllegalArgumentException(e);
    }
    return this;
  }

  public MastodonArchive boost(String url) {
    items.add(activity("Announce", ACTOR + "/statuses/" + next++ + "/activity", List.of(PUBLIC), List.of(FOLLOWERS)).put("object", url));
    return this;
  }

  public String outbox() {
    ObjectNode outbox = MAPPER.createObjectNode();
    outbox.putArray("@context").add("https://www.w3.org/ns/activitystreams");
    outbox.put("id", "outbox.json").put("type", "OrderedCollection").put("totalItems", items.size());
    ArrayNode ordered = outbox.putArray("orderedItems");
    items.forEach(ordered::add);
    return outbox.toString();
  }

  public static String actor(String name, String bioHtml) {
    ObjectNode actor = MAPPER.createObjectNode();
    actor.put("id", ACTOR).put("type", "Person").put("preferredUsername", "robin").put("name", name)
        .put("summary", bioHtml).put("url", "https://social.example/@robin");
    actor.putArray("attachment").addObject().put("type", "PropertyValue").put("name", "Works at").put("value", "<p>Example Trust</p>");
    return actor.toString();
  }

  MemoryExportTree tree() {
    return new MemoryExportTree().with("actor.json", actor("Robin", "<p>Hello</p>")).with("outbox.json", outbox());
  }

  private ObjectNode activity(String type, String id, List<String> to, List<String> cc) {
    ObjectNode activity = MAPPER.createObjectNode();
    activity.put("id", id + "/activity").put("type", type).put("actor", ACTOR).put("published", "2024-09-01T04:49:35Z");
    addresses(activity, to, cc);
    return activity;
  }

  private static void addresses(ObjectNode node, List<String> to, List<String> cc) {
    to.forEach(node.putArray("to")::add);
    cc.forEach(node.putArray("cc")::add);
  }

  /** Mastodon's rendering: each paragraph in {@code <p>}, line breaks as {@code <br />}, text escaped. */
  static String html(String text) {
    StringBuilder out = new StringBuilder();
    for (String paragraph : text.split("\n\n", -1)) {
      String escaped = paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
      out.append("<p>").append(escaped.replace("\n", "<br />")).append("</p>");
    }
    return out.toString();
  }
}
