package org.footprint.store;

import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import org.footprint.model.Finding;
import org.footprint.model.Item;

/**
 * Feeds a {@link ScanRecording} from the analysis threads while the scan runs, on a thread of its own: the store's
 * inserts overlap the judging of later items instead of following the last one, and no finding is read back from
 * the report to be stored. The analysis threads wait only when the queue is full. {@link #finish} hands on what
 * stopped the recording thread; the recording itself is committed (or not) by its owner.
 */
public final class BackgroundRecording {
  /** Items queued at most: a few hundred KB, enough to ride out the store's pauses (a page written, a batch sent). */
  private static final int QUEUE = 1_024;

  private record Flagged(Item item, List<Finding> findings) {}

  /** Marks the end, by identity. */
  private static final Flagged END = new Flagged(null, List.of());

  private final BlockingQueue<Flagged> queue = new ArrayBlockingQueue<>(QUEUE);
  private final Thread thread;
  private volatile RuntimeException failure;

  public BackgroundRecording(ScanRecording recording) {
    thread = new Thread(() -> record(recording), "footprint-store");
    thread.setDaemon(true);
    thread.start();
  }

  private void record(ScanRecording recording) {
    try {
      for (Flagged next = queue.take(); next != END; next = queue.take()) {
        for (Finding finding : next.findings()) {
          recording.add(next.item(), finding);
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      failure = e;
      // The analysis threads must not wait for a thread that no longer takes.
      queue.clear();
      while (true) {
        try {
          if (queue.take() == END) {
            return;
          }
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
  }

  /** Queues the findings of one item; called by several threads at once. */
  public void add(Item item, List<Finding> findings) {
    if (failure != null) {
      return;
    }
    try {
      queue.put(new Flagged(item, findings));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while saving the scan", e);
    }
  }

  /**
   * Stops the recording thread without recording what is still queued, once nothing more is added (the scan failed
   * or was cancelled, and its recording is to be rolled back), and waits for it: no thread is left behind, and none
   * uses the recording after this returns.
   */
  public void abandon() {
    queue.clear();
    finishQuietly();
  }

  private void finishQuietly() {
    try {
      queue.put(END);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** Waits until everything queued is in the recording; rethrows what stopped the recording thread, if anything did. */
  public void finish() {
    try {
      queue.put(END);
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while saving the scan", e);
    }
    if (failure != null) {
      throw failure;
    }
  }
}
