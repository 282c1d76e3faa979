package org.footprint.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON Schema (draft 2020-12) of the {@code scan} document ({@link JsonReport#writeScan}, schema version
 * {@value JsonReport#SCAN_SCHEMA_VERSION}), kept in the repository as {@code
 * footprint-report/src/main/resources/schema/scan.schema.json}; {@code $defs/finding} is one finding, one JSON Lines line.
 */
public final class ScanSchema {
  /** Where the schema is on the classpath. */
  public static final String RESOURCE = "/schema/scan.schema.json";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private ScanSchema() {}

  /** The whole document's schema; with a {@code definition} (such as {@code finding}) a schema that is that one of its {@code $defs}, the others still in reach. */
  public static JsonNode json(String definition) {
    JsonNode schema;
    try (InputStream in = ScanSchema.class.getResourceAsStream(RESOURCE)) {
      schema = MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    if (definition == null) {
      return schema;
    }
    ObjectNode part = MAPPER.createObjectNode();
    part.set("$schema", schema.path("$schema"));
    part.put("$ref", "#/$defs/" + definition);
    part.set("$defs", schema.path("$defs"));
    return part;
  }
}
