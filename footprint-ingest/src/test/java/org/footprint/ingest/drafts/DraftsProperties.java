package org.footprint.ingest.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterProperty;
import net.jqwik.api.lifecycle.BeforeProperty;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestTestSupport;
import org.footprint.ingest.container.ZipBuilder;
import org.footprint.model.Item;

/** Any n drafts written as JSON Lines or CSV, zipped, read back as the same n texts. */
class DraftsProperties {
  private static final ObjectMapper JSON = new ObjectMapper();
  private Path temp;

  @BeforeProperty
  void createTemp() throws IOException {
    temp = Files.createTempDirectory("footprint-drafts-property");
  }

  @AfterProperty
  void deleteTemp() {
    IngestTestSupport.deleteTree(temp);
  }

  /** Texts that survive UTF-8 unchanged (no lone surrogates): what a real export can hold. */
  private static List<String> encodable(List<String> texts) {
    return texts.stream().filter(t -> new String(t.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8).equals(t)).toList();
  }

  private List<String> readBack(String name, String content) throws IOException {
    Path zip = new ZipBuilder().file("export/" + name, content).write(temp.resolve(System.nanoTime() + ".zip"));
    Path work = Files.createDirectories(temp.resolve("work"));
    return IngestTestSupport.scan(IngestLimits.defaults(), work, zip).items().stream().map(Item::text).toList();
  }

  @Property(tries = 50)
  void json_lines_read_back_as_written(@ForAll @Size(max = 40) List<String> generated) throws IOException {
    List<String> texts = encodable(generated);
    StringBuilder lines = new StringBuilder();
    for (String text : texts) {
      lines.append(JSON.writeValueAsString(java.util.Map.of("text", text))).append('\n');
    }

    assertThat(readBack("posts.jsonl", lines.toString())).containsExactlyInAnyOrderElementsOf(texts);
  }

  @Property(tries = 50)
  void csv_rows_read_back_as_written(@ForAll @Size(max = 40) List<String> generated) throws IOException {
    // Blank rows are skipped by design; NUL is removed by text decoding.
    List<String> texts = encodable(generated).stream().filter(t -> !t.isBlank() && t.indexOf('\0') < 0).toList();
    StringWriter csv = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(csv, CSVFormat.DEFAULT.builder().setHeader("id", "text").get())) {
      for (int i = 0; i < texts.size(); i++) {
        printer.printRecord("r" + i, texts.get(i));
      }
    }

    assertThat(readBack("posts.csv", csv.toString())).containsExactlyInAnyOrderElementsOf(texts);
  }
}
