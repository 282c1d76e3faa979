package org.footprint.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ReadAheadTest {
  private static InputScan.Queued batch() {
    return new InputScan.Queued(null, List.of());
  }

  @Test
  void lets_the_readers_run_far_ahead_until_analysis_starts_then_only_a_little() throws InterruptedException {
    ReadAhead queue = new ReadAhead();
    assertThat(queue.room()).isEqualTo(ReadAhead.WHILE_LOADING);
    for (int i = 0; i < 20; i++) {
      queue.put(batch());
    }
    assertThat(queue.room()).isEqualTo(ReadAhead.WHILE_LOADING - 20);

    queue.take();
    queue.analysing();
    queue.analysing(); // only the first call shrinks the room
    // 19 batches wait, more than a running analysis allows: the readers wait until they drain below 16
    assertThat(queue.room()).isEqualTo(ReadAhead.WHILE_ANALYSING - 19);
    for (int i = 0; i < 4; i++) {
      queue.take();
    }
    assertThat(queue.room()).isEqualTo(1);
  }

  @Test
  void hands_each_analysis_thread_the_end_after_the_batches_without_taking_room() throws InterruptedException {
    ReadAhead queue = new ReadAhead();
    InputScan.Queued last = batch();
    queue.put(last);
    queue.end(2);
    assertThat(queue.take()).isSameAs(last);
    assertThat(queue.take()).isSameAs(ReadAhead.END);
    assertThat(queue.take()).isSameAs(ReadAhead.END);
    assertThat(queue.room()).isEqualTo(ReadAhead.WHILE_LOADING);
  }
}
