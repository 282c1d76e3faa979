package org.footprint.ingest.bluesky;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.cbor.CBORFactory;
import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.footprint.ingest.problems.ReadProblems;
import org.footprint.ingest.sniff.Sniff;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ExportReader;
import org.footprint.ingest.spi.ExportTree;
import org.footprint.ingest.spi.ReadContext;
import org.footprint.ingest.time.Timestamps;
import org.footprint.model.Audience;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Media;

/**
 * A Bluesky repository export ({@code com.atproto.sync.getRepo}, "Export my data"): one CARv1 file of
 * DAG-CBOR blocks, read block by block (checked against repositories of 2022–2023).
 * <ul>
 *   <li>{@code app.bsky.feed.post}: the user's post ({@code text}, {@code createdAt}); a reply when it has
 *       {@code reply} (reply-to = the parent's {@code at://} uri), a quote when it embeds a record; mentions and
 *       hashtags from {@code facets} (and the 2022 {@code entities}), hashtags as {@code #tag}; one media entry per
 *       embedded image or video (the files are not in the CAR, so no path). All posts are public.</li>
 *   <li>{@code app.bsky.feed.repost} and {@code app.bsky.feed.like}: repost and like items, not authored, no
 *       text, the subject's uri as permalink.</li>
 *   <li>{@code app.bsky.actor.profile}: display name and description as profile fields.</li>
 * </ul>
 * Native ids are {@code at://<did>/<collection>/<rkey>}: a first pass reads the keys from the repository's
 * tree nodes (each node holds full keys, so no tree walk is needed; up to 200,000 keys are kept); a record the
 * tree does not name keeps its CID (base32, {@code b…}). Identical records are one block under several keys and
 * give one item per key. CIDs inside records are CBOR tag 42 byte strings; Jackson reads them as bytes. Older
 * repositories (2022) hold every past commit and tree; records still appear once each.
 * Problems:
 * <ul>
 *   <li>{@code ingest.car.corrupt}: the header or the block framing is broken; blocks before it were read;</li>
 *   <li>{@code ingest.car.truncated}: the file ends inside a block;</li>
 *   <li>{@code ingest.car.unsupported}: a CAR version other than 1;</li>
 *   <li>{@code ingest.car.bad-block}: some blocks were not valid DAG-CBOR and were skipped (one problem per file).</li>
 * </ul>
 */
public final class BlueskyReader implements ExportReader {
  private static final String POST = "app.bsky.feed.post";
  private static final String REPOST = "app.bsky.feed.repost";
  private static final String LIKE = "app.bsky.feed.like";
  private static final String PROFILE = "app.bsky.actor.profile";
  private static final List<String> KEYED = List.of(POST, REPOST, LIKE, PROFILE);
  /** Keys remembered from the first pass (about 130 bytes each); beyond this, records keep their CID as id. */
  private static final int MAX_KEYS = 200_000;
  private static final ObjectMapper CBOR = new ObjectMapper(CBORFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).maxStringLength(CarBlocks.MAX_BLOCK_BYTES).build())
      .build());

  @Override
  public String platform() {
    return "bluesky";
  }

  @Override
  public int detect(ExportTree tree) {
    List<ExportEntry> cars = carEntries(tree);
    if (cars.isEmpty()) {
      return 0;
    }
    return cars.stream().anyMatch(e -> startsLikeCar(tree, e)) ? 95 : 50;
  }

  @Override
  public void read(ExportTree tree, ReadContext context) {
    for (ExportEntry entry : carEntries(tree)) {
      readCar(tree, context, entry, indexKeys(tree, entry));
    }
  }

  /** Entries named {@code *.car} (read even when broken, to say so), or a lone file whose first bytes are a CAR header. */
  private static List<ExportEntry> carEntries(ExportTree tree) {
    List<ExportEntry> entries = tree.entries();
    return entries.stream()
        .filter(e -> e.fileName().toLowerCase(Locale.ROOT).endsWith(".car") || entries.size() == 1 && startsLikeCar(tree, e))
        .toList();
  }

  private static boolean startsLikeCar(ExportTree tree, ExportEntry entry) {
    return CarBlocks.looksLikeCar(Sniff.head(tree, entry, CarBlocks.HEAD_BYTES));
  }

  /** The repository's owner and its record keys by record CID, from commits and tree nodes. Silent: read() reports. */
  private static RepoKeys indexKeys(ExportTree tree, ExportEntry entry) {
    RepoKeys keys = new RepoKeys();
    try (InputStream in = new BufferedInputStream(tree.open(entry))) {
      CarBlocks car = new CarBlocks(in);
      car.header();
      for (CarBlocks.Block block = car.next(); block != null; block = car.next()) {
        if (block.codec() == CarBlocks.DAG_CBOR && isTreeNodeOrCommit(block.data())) {
          keys.learn(CBOR.readTree(block.data()));
        }
      }
    } catch (IOException e) {
      // the second pass meets the same failure and reports it
    }
    return keys;
  }

  /** DAG-CBOR sorts map keys, so a tree node starts {@code {"e": …, "l": …}} and a commit holds "did" and "sig". */
  private static boolean isTreeNodeOrCommit(byte[] data) {
    return data.length > 3 && (data[0] & 0xff) == 0xa2 && data[1] == 0x61 && data[2] == 'e'
        || new String(data, 0, Math.min(data.length, 16), StandardCharsets.ISO_8859_1).contains("did");
  }

  /** The last eight bytes of a CID's digest: enough to tell a repository's blocks apart, and compact to keep. */
  static long digestTail(byte[] cid) {
    long tail = 0;
    for (int i = Math.max(0, cid.length - 8); i < cid.length; i++) {
      tail = tail << 8 | (cid[i] & 0xff);
    }
    return tail;
  }

  private static final class RepoKeys {
    String did;
    /** Record keys by record CID; identical records share one block, so a CID may have several keys (space-separated). */
    final Map<Long, String> byCid = new HashMap<>();

    void learn(JsonNode node) throws IOException {
      if (node.path("did").isTextual() && node.has("sig")) {
        did = did == null ? node.path("did").asText() : did;
        return;
      }
      ByteArrayOutputStream key = new ByteArrayOutputStream();
      for (JsonNode entry : node.path("e")) {
        if (!entry.path("k").isBinary()) {
          return; // not a tree node after all
        }
        byte[] previous = key.toByteArray();
        int shared = Math.max(0, Math.min(entry.path("p").asInt(), previous.length));
        key.reset();
        key.write(previous, 0, shared);
        key.write(entry.path("k").binaryValue());
        String name = key.toString(StandardCharsets.UTF_8);
        JsonNode value = entry.path("v");
        if (value.isBinary() && byCid.size() < MAX_KEYS && KEYED.stream().anyMatch(c -> name.startsWith(c + "/"))) {
          byCid.merge(digestTail(value.binaryValue()), name,
              (known, added) -> List.of(known.split(" ")).contains(added) ? known : known + " " + added);
        }
      }
    }

    /** The record's keys, or a list holding null when no tree node names it. */
    List<String> keysOf(byte[] cid) {
      String keys = did == null ? null : byCid.get(digestTail(cid));
      return keys == null ? Collections.singletonList(null) : List.of(keys.split(" "));
    }

    String id(String cid, String key) {
      return key == null ? cid : "at://" + did + "/" + key;
    }

    String postLink(String key) {
      return key == null || !key.startsWith(POST + "/") ? null
          : "https://bsky.app/profile/" + did + "/post/" + key.substring(POST.length() + 1);
    }
  }

  private void readCar(ExportTree tree, ReadContext context, ExportEntry entry, RepoKeys keys) {
    int badBlocks = 0;
    try (InputStream in = new BufferedInputStream(tree.open(entry))) {
      CarBlocks car = new CarBlocks(in);
      JsonNode header = decode(car.header());
      if (header != null && header.path("version").isInt() && header.path("version").asInt() != 1) {
        context.problem(entry, "ingest.car.unsupported",
            "CAR version " + header.path("version").asText() + " is not supported; Bluesky exports are version 1.");
        return;
      }
      if (header == null || !header.path("roots").isArray()) {
        context.problem(entry, "ingest.car.corrupt", "The file does not start with a CAR header.");
        return;
      }
      Set<Long> seenTexts = new HashSet<>(); // a block written twice must not give two items; likes are not worth the memory
      for (CarBlocks.Block block = car.next(); block != null; block = car.next()) {
        if (block.codec() != CarBlocks.DAG_CBOR) {
          continue;
        }
        JsonNode record = decode(block.data());
        if (record == null) {
          badBlocks++;
        } else if (KEYED.contains(record.path("$type").asText())) {
          String type = record.path("$type").asText();
          boolean hasText = type.equals(POST) || type.equals(PROFILE);
          if (!hasText || seenTexts.add(digestTail(block.cid()))) {
            String cid = CarBlocks.cidText(block.cid());
            for (String key : keys.keysOf(block.cid())) {
              record(context, keys.id(cid, key), keys.postLink(key), record);
            }
          }
        }
      }
    } catch (CarBlocks.CorruptCarException e) {
      context.problem(entry, e.truncated ? "ingest.car.truncated" : "ingest.car.corrupt",
          "The CAR file is broken: " + e.getMessage() + "; blocks before it were read.");
    } catch (IOException e) {
      ReadProblems.report(context, entry, e);
    } finally {
      if (badBlocks > 0) {
        context.problem(entry, "ingest.car.bad-block", badBlocks + " block(s) were not valid DAG-CBOR and were skipped.");
      }
    }
  }

  private static JsonNode decode(byte[] data) {
    try {
      return CBOR.readTree(data);
    } catch (IOException e) {
      return null;
    }
  }

  private void record(ReadContext context, String id, String postLink, JsonNode record) {
    switch (record.path("$type").asText()) {
      case POST -> context.accept(post(id, postLink, record));
      case REPOST, LIKE -> context.accept(Item.builder(platform(), id)
          .kind(record.path("$type").asText().equals(LIKE) ? ItemKind.LIKE : ItemKind.REPOST)
          .authoredBySelf(false)
          .createdAt(Timestamps.parse(record.path("createdAt").asText(null)))
          .audience(Audience.PUBLIC)
          .permalink(record.path("subject").path("uri").asText(null))
          .build());
      case PROFILE -> {
        profileField(context, id + "#displayName", record.path("displayName").asText(""));
        profileField(context, id + "#description", record.path("description").asText(""));
      }
      default -> { }
    }
  }

  private void profileField(ReadContext context, String id, String text) {
    if (!text.isBlank()) {
      context.accept(Item.builder(platform(), id).kind(ItemKind.PROFILE_FIELD).text(text).audience(Audience.PUBLIC).build());
    }
  }

  private Item post(String id, String permalink, JsonNode post) {
    String text = post.path("text").asText("");
    JsonNode embed = post.path("embed");
    String embedType = embed.path("$type").asText("");
    String parent = post.path("reply").path("parent").path("uri").asText(null);
    ItemKind kind = parent != null ? ItemKind.REPLY
        : embedType.startsWith("app.bsky.embed.record") ? ItemKind.QUOTE : ItemKind.POST;
    List<String> mentions = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    readFacets(text, post, mentions, tags);
    post.path("tags").forEach(tag -> tags.add("#" + tag.asText()));
    return Item.builder(platform(), id)
        .kind(kind)
        .createdAt(Timestamps.parse(post.path("createdAt").asText(null)))
        .text(text)
        .audience(Audience.PUBLIC)
        .replyTo(parent)
        .mentions(mentions)
        .tags(tags)
        .media(media(embed))
        .permalink(permalink)
        .build();
  }

  /** Facets mark UTF-8 byte ranges of the text; the 2022 {@code entities} used {@code index {start, end}}. */
  private static void readFacets(String text, JsonNode post, List<String> mentions, List<String> tags) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    for (JsonNode facet : post.path("facets")) {
      for (JsonNode feature : facet.path("features")) {
        String type = feature.path("$type").asText("");
        if (type.endsWith("#mention")) {
          mentions.add(handle(utf8, facet.path("index").path("byteStart").asInt(), facet.path("index").path("byteEnd").asInt(),
              feature.path("did").asText("")));
        } else if (type.endsWith("#tag")) {
          tags.add("#" + feature.path("tag").asText());
        }
      }
    }
    for (JsonNode entity : post.path("entities")) {
      if (entity.path("type").asText().equals("mention")) {
        mentions.add(handle(utf8, entity.path("index").path("start").asInt(), entity.path("index").path("end").asInt(),
            entity.path("value").asText("")));
      }
    }
  }

  /** The mentioned handle as written in the text, without '@'; the did when the range does not fit the text. */
  private static String handle(byte[] utf8, int start, int end, String did) {
    if (start < 0 || end > utf8.length || start >= end) {
      return did;
    }
    String written = new String(Arrays.copyOfRange(utf8, start, end), StandardCharsets.UTF_8).strip();
    return written.startsWith("@") ? written.substring(1) : written;
  }

  private static List<Media> media(JsonNode embed) {
    JsonNode media = embed.has("media") ? embed.path("media") : embed; // recordWithMedia wraps the images
    List<Media> out = new ArrayList<>();
    media.path("images").forEach(image -> out.add(new Media(null, null, null, null)));
    if (media.path("$type").asText().equals("app.bsky.embed.video")) {
      out.add(new Media(null, null, null, null));
    }
    return out;
  }
}
