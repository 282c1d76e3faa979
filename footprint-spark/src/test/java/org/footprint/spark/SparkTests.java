package org.footprint.spark;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.util.Map;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;

/**
 * The one Spark session every test of this module shares ({@code local[2]}, on the loopback address, no web UI):
 * starting Spark costs seconds, so it is started once per test JVM and stopped by Spark's own shutdown hook.
 */
final class SparkTests {
  private static SparkSession session;

  private SparkTests() {}

  static synchronized SparkSession spark() {
    if (session == null) {
      session = SparkSession.builder().master("local[2]").appName("footprint-spark-tests")
          .config("spark.ui.enabled", "false")
          .config("spark.driver.host", "127.0.0.1")
          .config("spark.driver.bindAddress", "127.0.0.1")
          // Test corpora are a few hundred rows: 200 shuffle partitions would be 200 tasks of nothing each.
          .config("spark.sql.shuffle.partitions", "2")
          .getOrCreate();
    }
    return session;
  }

  /** What a run of the job's command line printed and returned. */
  record JobRun(int exitCode, String err, CorpusJob.CorpusRun run) {}

  /** Runs the job's command line on the shared session, with {@code environment} as its environment. */
  static JobRun run(Map<String, String> environment, String... args) {
    CorpusJob job = new CorpusJob(environment::get, SparkTests::spark, false, Clock.systemUTC());
    StringWriter err = new StringWriter();
    CommandLine line = CorpusJob.commandLine(job);
    line.setErr(new PrintWriter(err, true));
    int exitCode = line.execute(args);
    return new JobRun(exitCode, err.toString(), job.run);
  }

  static JobRun run(String... args) {
    return run(Map.of(), args);
  }
}
