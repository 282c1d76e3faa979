package org.footprint.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.footprint.synth.CorpusGenerator;
import org.junit.jupiter.api.Test;

/** Twenty clients checking fifty generated drafts each at once: every answer a 200 with a verdict. */
class ConcurrentDraftsTest {
  static final int CLIENTS = 20;
  static final int DRAFTS_EACH = 50;

  @Test
  void twentyClientsCheckingFiftyDraftsEachGetNoErrors() throws Exception {
    try (TestServer server = TestServer.loopback()) {
      server.check(TestServer.draft("warm-up"));
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      List<Future<List<Integer>>> answers = new ArrayList<>();
      for (int client = 0; client < CLIENTS; client++) {
        CorpusGenerator posts = new CorpusGenerator(client);
        List<String> drafts = new ArrayList<>();
        for (int i = 0; i < DRAFTS_EACH; i++) {
          drafts.add(posts.nextPost());
        }
        answers.add(clients.submit(() -> {
          List<Integer> statuses = new ArrayList<>();
          for (String draft : drafts) {
            HttpResponse<String> response = server.check(TestServer.draft(draft));
            assertThat(TestServer.json(response).path("verdict").asText()).as(response.body()).isNotBlank();
            statuses.add(response.statusCode());
          }
          return statuses;
        }));
      }
      List<Integer> statuses = new ArrayList<>();
      for (Future<List<Integer>> answer : answers) {
        statuses.addAll(answer.get(60, TimeUnit.SECONDS));
      }
      clients.shutdown();

      assertThat(statuses).hasSize(CLIENTS * DRAFTS_EACH).containsOnly(200);
    }
  }
}
