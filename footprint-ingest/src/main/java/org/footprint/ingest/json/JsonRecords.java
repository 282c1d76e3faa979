package org.footprint.ingest.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.Set;
import org.footprint.ingest.problems.ReadProblems;
import org.footprint.ingest.spi.ExportEntry;
import org.footprint.ingest.spi.ReadContext;

/**
 * Streams the records of one JSON file with the context's limited parser, holding one record in memory at a
 * time, and turns whatever goes wrong into a problem for that entry (through {@link ReadProblems}) so the reader
 * can go on with the next one.
 *
 * <p>Problem codes it reports (stable, printed to users):
 * <ul>
 *   <li>{@value #TRUNCATED}: the file ends in the middle of a value (an interrupted download or unzip);</li>
 *   <li>{@value #MALFORMED}: the file is not JSON where a JSON value was expected;</li>
 *   <li>{@value #WRONG_SHAPE}: valid JSON, but not the list of records this file holds in the platform's export;</li>
 *   <li>{@value #MISSING_FIELD}: records without a field they need (e.g. a tweet without text) were skipped;</li>
 *   <li>{@value #TOO_DEEP}, {@value #STRING_TOO_LONG}, {@value #NUMBER_TOO_LONG}: the data breaks the parser's
 *       limits (the same codes as the context's limited JSON factory);</li>
 *   <li>{@value #UNREADABLE}: the entry's bytes could not be read.</li>
 * </ul>
 * Records read before a failure are kept.
 */
public final class JsonRecords {
  public static final String TRUNCATED = ReadProblems.TRUNCATED;
  public static final String MALFORMED = ReadProblems.MALFORMED;
  public static final String WRONG_SHAPE = "ingest.json.wrong-shape";
  public static final String MISSING_FIELD = "ingest.json.missing-field";
  public static final String TOO_DEEP = ReadProblems.TOO_DEEP;
  public static final String STRING_TOO_LONG = ReadProblems.STRING_TOO_LONG;
  public static final String NUMBER_TOO_LONG = ReadProblems.NUMBER_TOO_LONG;
  public static final String UNREADABLE = ReadProblems.UNREADABLE;

  // Only used to build one record's tree from a parser the context made; it never creates parsers itself.
  private static final ObjectMapper TREES = new ObjectMapper();

  private JsonRecords() {}

  /** Opens a parser over an entry with the context's factory, e.g. {@code json -> json.createParser(context.text(entry))}. */
  @FunctionalInterface
  public interface Source {
    JsonParser open(JsonFactory json) throws IOException;
  }

  /** Reads from a parser; may throw {@link BadData} to stop with that problem. */
  @FunctionalInterface
  public interface Body {
    void read(JsonParser parser) throws IOException;
  }

  /** Receives one record and its position in its list, from 0. */
  @FunctionalInterface
  public interface RecordHandler {
    void record(JsonNode record, int index);
  }

  /** Thrown by a {@link Source} or {@link Body} to stop reading the entry with one problem of its own code. */
  public static final class BadData extends IOException {
    private final String code;

    public BadData(String code, String plainMessage) {
      super(plainMessage);
      this.code = code;
    }

    /** Valid JSON, but not the shape the file should have. */
    public static BadData wrongShape(String plainMessage) {
      return new BadData(WRONG_SHAPE, plainMessage);
    }

    public String code() {
      return code;
    }
  }

  /**
   * Parses the entry and runs {@code body}; every failure becomes one problem on the entry.
   *
   * @return true when the body ran to its end
   */
  public static boolean parse(ExportEntry entry, ReadContext context, Source source, Body body) {
    try (JsonParser parser = source.open(context.json())) {
      body.read(parser);
      return true;
    } catch (BadData bad) {
      context.problem(entry, bad.code(), bad.getMessage());
    } catch (IOException e) {
      ReadProblems.report(context, entry, e);
    }
    return false;
  }

  /** The entry's decoded text (BOM, UTF-16 and invalid UTF-8 handled by the context) as the parser's source. */
  public static Source text(ReadContext context, ExportEntry entry) {
    return json -> json.createParser(context.text(entry));
  }

  /**
   * Streams the records of a file that holds either a top-level list or an object with the list under one of
   * {@code keys} (other keys are skipped). Meta moved lists in and out of such wrappers between export
   * generations, so both are accepted for every file. With no keys, the first list-valued field is taken.
   *
   * @param what the records in plain words, for the message when the shape is wrong (e.g. "posts")
   */
  public static void records(ExportEntry entry, ReadContext context, Set<String> keys, String what, RecordHandler handler) {
    parse(entry, context, text(context, entry), parser -> records(parser, keys, what, handler));
  }

  /** As {@link #records(ExportEntry, ReadContext, Set, String, RecordHandler)}, on a parser not yet started. */
  public static void records(JsonParser parser, Set<String> keys, String what, RecordHandler handler) throws IOException {
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY) {
      eachElement(parser, handler);
      return;
    }
    if (first != JsonToken.START_OBJECT) {
      throw BadData.wrongShape("expected a list of " + what + " but the file " + (first == null ? "is empty" : "holds a single value"));
    }
    boolean found = false;
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String name = parser.currentName();
      JsonToken value = parser.nextToken();
      if (value == JsonToken.START_ARRAY && (keys.contains(name) || (keys.isEmpty() && !found))) {
        eachElement(parser, handler);
        found = true;
      } else {
        parser.skipChildren();
      }
    }
    if (!found) {
      throw BadData.wrongShape("expected a list of " + what
          + (keys.isEmpty() ? "" : " under " + String.join(" or ", keys.stream().sorted().toList())));
    }
  }

  /** With the parser on a START_ARRAY, hands every element (as a tree) to the handler and returns how many. */
  public static int eachElement(JsonParser parser, RecordHandler handler) throws IOException {
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      if (parser.currentToken() == null) {
        throw new JsonEOFException(parser, null, "end of input inside a list");
      }
      handler.record(TREES.readTree(parser), index++);
    }
    return index;
  }

  /** The next value of the parser as a tree. */
  public static JsonNode tree(JsonParser parser) throws IOException {
    return TREES.readTree(parser);
  }

  /** Reports, once per file, how many records were skipped for lack of {@code field}; nothing when none were. */
  public static void reportSkipped(ReadContext context, ExportEntry entry, int skipped, String what, String field) {
    if (skipped > 0) {
      context.problem(entry, MISSING_FIELD, skipped + " " + what + (skipped == 1 ? " has" : " have") + " no " + field
          + " and " + (skipped == 1 ? "was" : "were") + " skipped");
    }
  }

  /** Text of a field, or null when it is missing, null or not a scalar. */
  public static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    return value == null || value.isNull() || value.isContainerNode() ? null : value.asText();
  }
}
