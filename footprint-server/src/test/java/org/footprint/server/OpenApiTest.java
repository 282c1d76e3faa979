package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The OpenAPI document, as the server serves it, lists exactly the routes the server registers. */
class OpenApiTest {
  static final TestServer server = TestServer.shared();

  @Test
  void theDocumentAndTheRoutesAgree() {
    JsonNode document = TestServer.json(server.get(FootprintServer.API + "/openapi.json"));
    assertThat(document.get("openapi").asText()).startsWith("3.1");
    String base = document.get("servers").get(0).get("url").asText();
    Set<String> documented = new HashSet<>();
    document.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames()
        .forEachRemaining(method -> documented.add(method.toUpperCase(Locale.ROOT) + " " + base + path.getKey())));

    Set<String> registered = new HashSet<>();
    server.server.routes().forEach(route -> registered.add(route.method().name() + " " + route.path().replaceAll("\\{(\\w+)}", "{$1}")));

    assertThat(documented).isNotEmpty().isEqualTo(registered);
  }
}
