package org.footprint.ingest;

import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The batches read but not yet analysed, between the readers and the analysis threads. While the rules load (about a
 * second in which nothing can be analysed) the readers may run far ahead; once the first item has been analysed they
 * stay only a little ahead. An item that waits long in a deep queue outlives the young generation's collections and is
 * copied into the old one: with room for {@value #WHILE_LOADING} batches throughout, a 100,000-tweet scan in 256 MB
 * filled the old generation with items already analysed and ran 3–7 full collections.
 */
final class ReadAhead {
  /** Batches (of up to 256 items: some 65,000, a few tens of MB of posts) the readers may hold ready before analysis starts. */
  static final int WHILE_LOADING = 256;
  /** ... and once it runs: enough that the analysis threads never wait for a reader that is only parsing. */
  static final int WHILE_ANALYSING = 16;
  /** Tells the analysis threads that no batch follows; it takes no room. */
  static final InputScan.Queued END = new InputScan.Queued(null, null);

  private final BlockingQueue<InputScan.Queued> queue = new LinkedBlockingQueue<>();
  private final Room room = new Room(WHILE_LOADING);
  private final AtomicBoolean analysing = new AtomicBoolean();

  /** Waits for room, then queues the batch. */
  void put(InputScan.Queued batch) throws InterruptedException {
    room.acquire();
    queue.put(batch);
  }

  /** Queues {@link #END} once for each analysis thread, after the last batch. */
  void end(int threads) {
    for (int i = 0; i < threads; i++) {
      queue.add(END);
    }
  }

  /** The next batch, or {@link #END}. */
  InputScan.Queued take() throws InterruptedException {
    InputScan.Queued next = queue.take();
    if (next != END) {
      room.release();
    }
    return next;
  }

  /** Called by an analysis thread after each item it analysed: from the first on, the readers keep only a little ahead. */
  void analysing() {
    if (!analysing.get() && analysing.compareAndSet(false, true)) {
      room.shrink(WHILE_LOADING - WHILE_ANALYSING);
    }
  }

  /** How many more batches the readers may queue now (negative while a shrunk queue drains). */
  int room() {
    return room.availablePermits();
  }

  /** A semaphore whose permits can be taken away for good (the method is protected in {@link Semaphore}). */
  private static final class Room extends Semaphore {
    Room(int permits) {
      super(permits);
    }

    void shrink(int by) {
      reducePermits(by);
    }
  }
}
