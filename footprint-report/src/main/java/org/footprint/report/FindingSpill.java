package org.footprint.report;

import static org.footprint.report.ItemFinding.REPORT_ORDER;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Severity;

/**
 * A scan's findings kept on disk, so that memory does not grow with them: an external merge sort. Analysis
 * threads hand in each flagged item with its findings; they are buffered, and every full buffer is sorted into
 * {@link ItemFinding#REPORT_ORDER} and written to the work folder as a run (JSON records, one per line). Reading
 * merges the runs, one record from each at a time. Of an item only what the report shows is written: not its
 * media, places, mentions or tags.
 */
public final class FindingSpill implements ReportedFindings {
  /** Characters buffered before a run is written: a few MB of heap, whatever the export's size. */
  static final int RUN_BUDGET = 2_000_000;
  /** What a finding weighs in the budget besides its item's text: message, explanation, evidence, clauses. */
  private static final int FINDING_WEIGHT = 1_000;
  /** Runs read at once (each holds a read buffer); when there are more, they are first merged into longer runs. */
  static final int FAN_IN = 64;

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  private static final ObjectWriter WRITER = MAPPER.writerFor(ItemFinding.class).withRootValueSeparator("\n");
  private static final ObjectReader READER = MAPPER.readerFor(ItemFinding.class);

  private final Path folder;
  private final int runBudget;
  private final int fanIn;
  private final AtomicInteger runNumbers = new AtomicInteger();
  // Guarded by this.
  private final List<Path> runs = new ArrayList<>();
  private List<ItemFinding> buffer = new ArrayList<>();
  private long buffered;
  private long flaggedItems;
  private Severity highest;
  private IOException failure;

  /** @param folder the scan's work folder, deleted with everything in it when the scan ends */
  public FindingSpill(Path folder) {
    this(folder, RUN_BUDGET, FAN_IN);
  }

  FindingSpill(Path folder, int runBudget, int fanIn) {
    if (fanIn < 2) {
      throw new IllegalArgumentException("a merge needs at least two runs at once");
    }
    this.folder = folder;
    this.runBudget = runBudget;
    this.fanIn = fanIn;
  }

  /** Keeps the findings of one item; called by several threads at once. */
  public void add(Item item, List<Finding> findings) {
    Item reported = reported(item);
    List<ItemFinding> full = null;
    synchronized (this) {
      for (Finding finding : findings) {
        buffer.add(new ItemFinding(reported, finding));
        buffered += reported.text().length() + FINDING_WEIGHT;
        if (highest == null || finding.severity().compareTo(highest) > 0) {
          highest = finding.severity();
        }
      }
      flaggedItems++;
      if (buffered >= runBudget) {
        full = buffer;
        buffer = new ArrayList<>();
        buffered = 0;
      }
    }
    if (full != null) {
      // Outside the lock: the other analysis threads go on while this run is sorted and written.
      writeRun(full);
    }
  }

  /** The item as the report shows it; nothing else of it goes to disk. */
  private static Item reported(Item item) {
    return Item.builder(item.platform(), item.nativeId()).id(item.id()).kind(item.kind()).authoredBySelf(item.authoredBySelf())
        .createdAt(item.createdAt()).text(item.text()).audience(item.audience()).permalink(item.permalink()).build();
  }

  private void writeRun(List<ItemFinding> findings) {
    findings.sort(REPORT_ORDER);
    Path run = newRun();
    try (SequenceWriter out = WRITER.writeValues(new BufferedOutputStream(Files.newOutputStream(run)))) {
      out.writeAll(findings);
    } catch (IOException e) {
      synchronized (this) {
        if (failure == null) {
          failure = e;
        }
      }
      throw new UncheckedIOException(e);
    }
    synchronized (this) {
      runs.add(run);
    }
  }

  private Path newRun() {
    return folder.resolve("findings-" + runNumbers.incrementAndGet() + ".jsonl");
  }

  /**
   * Writes what is still buffered and merges runs until at most {@link #FAN_IN} are left; call it once, after the
   * last {@link #add}. A run that could not be written fails the scan here: its findings would be missing.
   */
  public synchronized void finish() {
    if (failure != null) {
      throw new UncheckedIOException("the scan's work folder " + folder + " cannot be written: " + failure.getMessage(), failure);
    }
    if (!buffer.isEmpty()) {
      writeRun(buffer);
      buffer = new ArrayList<>();
      buffered = 0;
    }
    try {
      while (runs.size() > fanIn) {
        List<Path> merged = List.copyOf(runs.subList(0, fanIn));
        Path longer = newRun();
        try (SequenceWriter out = WRITER.writeValues(new BufferedOutputStream(Files.newOutputStream(longer)))) {
          merge(merged, out::write);
        }
        runs.removeAll(merged);
        runs.add(longer);
        for (Path run : merged) {
          Files.delete(run);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the scan's work folder " + folder + " cannot be written: " + e.getMessage(), e);
    }
  }

  /** How many items had findings. */
  public synchronized long flaggedItems() {
    return flaggedItems;
  }

  /** The severity of the most serious finding, or null when there is none. */
  public synchronized Severity highest() {
    return highest;
  }

  /** Merges the runs; {@link #finish} must have been called. */
  @Override
  public synchronized void forEachInOrder(Visitor visitor) throws IOException {
    try (ReadAhead merged = new ReadAhead(runs)) {
      for (ItemFinding found = merged.next(); found != null; found = merged.next()) {
        visitor.visit(found);
      }
    }
  }

  /**
   * Merges runs on a thread of its own, a few batches ahead of the caller, so that parsing the runs overlaps what
   * the caller does with the findings (writing the report) on the other core.
   */
  private static final class ReadAhead implements Closeable {
    private static final int BATCH = 256;
    /** Marks the end, by identity. */
    private static final List<ItemFinding> END = new ArrayList<>();

    private final BlockingQueue<List<ItemFinding>> batches = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    /** What stopped the merging thread before the end, if anything: handed to the caller. */
    private volatile Throwable failure;
    /** Only the merging thread touches this. */
    private List<ItemFinding> filling = new ArrayList<>(BATCH);
    private Iterator<ItemFinding> current = Collections.emptyIterator();
    private boolean ended;

    ReadAhead(List<Path> runs) {
      thread = new Thread(() -> read(runs), "footprint-merge-findings");
      thread.setDaemon(true);
      thread.start();
    }

    private void read(List<Path> runs) {
      try {
        merge(runs, found -> {
          filling.add(found);
          if (filling.size() == BATCH) {
            handOver(filling);
            filling = new ArrayList<>(BATCH);
          }
        });
        handOver(filling);
      } catch (Closed e) {
        return;
      } catch (Throwable e) {
        failure = e; // whatever it is, the caller must not wait for a batch that never comes
      }
      try {
        batches.put(END);
      } catch (InterruptedException e) {
        // Closed: nobody waits for the end.
      }
    }

    private void handOver(List<ItemFinding> batch) {
      try {
        batches.put(batch);
      } catch (InterruptedException e) {
        throw new Closed();
      }
    }

    /** The next finding in report order, or null after the last. */
    ItemFinding next() throws IOException {
      while (!current.hasNext()) {
        if (ended) {
          return null;
        }
        List<ItemFinding> batch;
        try {
          batch = batches.take();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while reading the findings");
        }
        if (batch == END) {
          ended = true;
          if (failure instanceof IOException e) {
            throw e;
          }
          if (failure instanceof RuntimeException e) {
            throw e;
          }
          if (failure instanceof Error e) {
            throw e;
          }
        }
        current = batch.iterator();
      }
      return current.next();
    }

    /** Stops the merging thread, also when the caller gave up before the end. */
    @Override
    public void close() {
      thread.interrupt();
      try {
        thread.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }

    /** The caller closed the read before the end. */
    private static final class Closed extends RuntimeException {
      Closed() {
        super(null, null, false, false);
      }
    }
  }

  /** A run being merged, and its next record. */
  private record Head(ItemFinding next, MappingIterator<ItemFinding> rest) {}

  private static void merge(List<Path> runs, Visitor visitor) throws IOException {
    PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, runs.size()), Comparator.comparing(Head::next, REPORT_ORDER));
    List<MappingIterator<ItemFinding>> open = new ArrayList<>(runs.size());
    try {
      for (Path run : runs) {
        MappingIterator<ItemFinding> records = READER.readValues(new BufferedInputStream(Files.newInputStream(run)));
        open.add(records);
        if (records.hasNextValue()) {
          heads.add(new Head(records.nextValue(), records));
        }
      }
      while (!heads.isEmpty()) {
        Head head = heads.poll();
        visitor.visit(head.next());
        if (head.rest().hasNextValue()) {
          heads.add(new Head(head.rest().nextValue(), head.rest()));
        }
      }
    } finally {
      for (MappingIterator<ItemFinding> records : open) {
        records.close();
      }
    }
  }
}
