package org.footprint.ingest.youtube;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.stream.Collectors;
import org.footprint.ingest.testkit.CsvText;

/** Writes Takeout's YouTube {@code comments.csv} in both generations, for tests; texts are invented. */
public final class TakeoutComments {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private TakeoutComments() {}

  /** One comment whose text is split into {@code segments}, as Takeout splits at links and line breaks. */
  public record Comment(String id, String parent, List<String> segments) {}

  public static String beforeMid2024(List<Comment> comments) {
    return print(List.of("Comment ID", "Channel ID", "Comment Create Timestamp", "Price", "Parent Comment ID", "Video ID", "Comment Text"),
        comments, c -> {
          ObjectNode text = MAPPER.createObjectNode();
          ArrayNode segments = text.putArray("takeoutSegments");
          c.segments().forEach(s -> segments.addObject().put("text", s));
          return List.of(c.id(), "UCchannel", "2023-09-19T17:42:53.434647+00:00", "0", c.parent(), "vid" + c.id(), text.toString());
        });
  }

  public static String afterMid2024(List<Comment> comments) {
    return print(List.of("Channel ID", "Comment Create Timestamp", "Price", "Comment ID", "Parent Comment ID", "Video ID", "Comment Text"),
        comments, c -> List.of("UCchannel", "2024-08-01T10:00:00.5+00:00", "0", c.id(), c.parent(), "vid" + c.id(),
            c.segments().stream().map(s -> MAPPER.createObjectNode().put("text", s).toString()).collect(Collectors.joining(","))));
  }

  private interface Columns {
    List<String> of(Comment comment);
  }

  private static String print(List<String> header, List<Comment> comments, Columns columns) {
    return CsvText.write(header, printer -> {
      for (Comment comment : comments) {
        printer.printRecord(columns.of(comment));
      }
    });
  }
}
