package org.footprint.report;

import static org.footprint.report.ReportedFinding.REPORT_ORDER;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.footprint.model.Category;
import org.footprint.model.Finding;
import org.footprint.model.Involvement;
import org.footprint.model.Item;
import org.footprint.model.Severity;

/**
 * A scan's findings kept on disk, so that memory does not grow with them: an external merge sort. Analysis
 * threads hand in each flagged item with its findings, and each finding is rendered there and then into the
 * report's JSON ({@link ReportedFinding}); they are buffered, and every full buffer is sorted into report order and
 * written to the work folder as a run (length-prefixed binary records). Reading merges the runs, one record from
 * each at a time, and hands the rendered text on: writing the report parses nothing. Of an item only what the
 * report shows is written: not its media, places, mentions or tags.
 */
public final class FindingSpill implements ReportedFindings {
  /** Characters buffered before a run is written: a few MB of heap, whatever the export's size. */
  static final int RUN_BUDGET = 2_000_000;
  /** What a record weighs in the budget besides its JSON's characters: the object and its other fields. */
  private static final int RECORD_WEIGHT = 100;
  /** Runs read at once (each holds a read buffer); when there are more, they are first merged into longer runs. */
  static final int FAN_IN = 64;

  private final Path folder;
  private final int runBudget;
  private final int fanIn;
  private final AtomicInteger runNumbers = new AtomicInteger();
  // Guarded by this.
  private final List<Path> runs = new ArrayList<>();
  private List<ReportedFinding> buffer = new ArrayList<>();
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
    List<ReportedFinding> rendered = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      rendered.add(ReportedFinding.of(item, finding));
    }
    List<ReportedFinding> full = null;
    synchronized (this) {
      for (ReportedFinding finding : rendered) {
        buffer.add(finding);
        buffered += finding.json().length() + RECORD_WEIGHT;
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

  private void writeRun(List<ReportedFinding> findings) {
    findings.sort(REPORT_ORDER);
    Path run = newRun();
    try (RunWriter out = new RunWriter(run)) {
      for (ReportedFinding finding : findings) {
        out.write(finding);
      }
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
    return folder.resolve("findings-" + runNumbers.incrementAndGet() + ".run");
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
        try (RunWriter out = new RunWriter(longer)) {
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

  /** Merges the runs and parses each finding back; {@link #finish} must have been called. */
  @Override
  public void forEachInOrder(Visitor visitor) throws IOException {
    forEachReportedInOrder(found -> visitor.visit(found.parsed()));
  }

  /** Merges the runs, handing on each finding as it was rendered; {@link #finish} must have been called. */
  @Override
  public synchronized void forEachReportedInOrder(ReportedVisitor visitor) throws IOException {
    try (ReadAhead merged = new ReadAhead(runs)) {
      for (ReportedFinding found = merged.next(); found != null; found = merged.next()) {
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
    private static final List<ReportedFinding> END = new ArrayList<>();

    private final BlockingQueue<List<ReportedFinding>> batches = new ArrayBlockingQueue<>(4);
    private final Thread thread;
    /** What stopped the merging thread before the end, if anything: handed to the caller. */
    private volatile Throwable failure;
    /** Only the merging thread touches this. */
    private List<ReportedFinding> filling = new ArrayList<>(BATCH);
    private Iterator<ReportedFinding> current = Collections.emptyIterator();
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

    private void handOver(List<ReportedFinding> batch) {
      try {
        batches.put(batch);
      } catch (InterruptedException e) {
        throw new Closed();
      }
    }

    /** The next finding in report order, or null after the last. */
    ReportedFinding next() throws IOException {
      while (!current.hasNext()) {
        if (ended) {
          return null;
        }
        List<ReportedFinding> batch;
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
  private record Head(ReportedFinding next, RunReader rest) {}

  private static void merge(List<Path> runs, ReportedVisitor visitor) throws IOException {
    PriorityQueue<Head> heads = new PriorityQueue<>(Math.max(1, runs.size()), Comparator.comparing(Head::next, REPORT_ORDER));
    List<RunReader> open = new ArrayList<>(runs.size());
    try {
      for (Path run : runs) {
        RunReader records = new RunReader(run);
        open.add(records);
        ReportedFinding first = records.next();
        if (first != null) {
          heads.add(new Head(first, records));
        }
      }
      while (!heads.isEmpty()) {
        Head head = heads.poll();
        visitor.visit(head.next());
        ReportedFinding next = head.rest().next();
        if (next != null) {
          heads.add(new Head(next, head.rest()));
        }
      }
    } finally {
      for (RunReader records : open) {
        records.close();
      }
    }
  }

  /**
   * Writes a run: per record the sort and summary fields, then the JSON. Strings are UTF-8 with an int length (-1 for
   * null), as a post's text can be longer than {@link DataOutputStream#writeUTF} takes; enums by ordinal, as only this
   * process reads the file back. Half of a surrogate pair on its own (a JSON export can escape one; it is no
   * character) becomes '?', one char for one, so the report can be written as UTF-8 and evidence offsets still hold.
   */
  private static final class RunWriter implements Closeable {
    private final DataOutputStream out;

    RunWriter(Path run) throws IOException {
      out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(run), 1 << 16));
    }

    void write(ReportedFinding finding) throws IOException {
      out.writeByte(finding.severity().ordinal());
      out.writeBoolean(finding.createdAt() != null);
      if (finding.createdAt() != null) {
        out.writeLong(finding.createdAt().getEpochSecond());
        out.writeInt(finding.createdAt().getNano());
      }
      string(finding.itemId());
      string(finding.ruleId());
      string(finding.platform());
      out.writeByte(finding.category().ordinal());
      out.writeByte(finding.involvement().ordinal());
      string(finding.permalink());
      string(finding.json());
    }

    private void string(String text) throws IOException {
      if (text == null) {
        out.writeInt(-1);
        return;
      }
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      out.writeInt(bytes.length);
      out.write(bytes);
    }

    @Override
    public void close() throws IOException {
      out.close();
    }
  }

  /** Reads back what {@link RunWriter} wrote. */
  private static final class RunReader implements Closeable {
    private static final Severity[] SEVERITIES = Severity.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final Involvement[] INVOLVEMENTS = Involvement.values();

    private final Path run;
    private final DataInputStream in;

    RunReader(Path run) throws IOException {
      this.run = run;
      in = new DataInputStream(new BufferedInputStream(Files.newInputStream(run), 1 << 16));
    }

    /** The next record, or null at the end of the run. */
    ReportedFinding next() throws IOException {
      int severity = in.read();
      if (severity < 0) {
        return null;
      }
      try {
        Instant createdAt = in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
        return new ReportedFinding(SEVERITIES[severity], createdAt, string(), string(), string(), CATEGORIES[in.readByte()],
            INVOLVEMENTS[in.readByte()], string(), string());
      } catch (EOFException e) {
        throw new IOException("the scan's work file " + run.getFileName() + " ends in the middle of a record", e);
      }
    }

    private String string() throws IOException {
      int length = in.readInt();
      if (length < 0) {
        return null;
      }
      byte[] bytes = new byte[length];
      in.readFully(bytes);
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
