package org.footprint.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/** The policy's own YAML files: read from the classpath, parsed with errors that name the file. */
final class PolicyFile {
  private static final YAMLMapper YAML = YAMLMapper.builder().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION).build();

  private PolicyFile() {}

  /** The text of a file shipped on the classpath. */
  static String text(String resource) {
    try (InputStream in = PolicyFile.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource + ": missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(resource + ": cannot be read: " + e.getMessage(), e);
    }
  }

  /**
   * The file's text as a YAML mapping.
   *
   * @param expected what the file should hold, for the message when it is not a mapping
   * @throws IllegalStateException naming the file when it is not valid YAML or not a mapping
   */
  static JsonNode mapping(String file, String text, String expected) {
    JsonNode root;
    try {
      root = YAML.readTree(text);
    } catch (IOException e) {
      throw new IllegalStateException(file + ": not valid YAML: " + e.getMessage(), e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalStateException(file + ": expected " + expected);
    }
    return root;
  }
}
