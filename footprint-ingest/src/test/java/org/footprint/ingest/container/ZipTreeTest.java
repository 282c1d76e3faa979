package org.footprint.ingest.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestTestSupport;
import org.footprint.ingest.IngestTestSupport.Scan;
import org.footprint.ingest.Problem;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipTreeTest {
  @TempDir Path temp;
  Path work;
  Path inputs;

  @BeforeEach
  void folders() throws IOException {
    work = Files.createDirectory(temp.resolve("work"));
    inputs = Files.createDirectory(temp.resolve("in"));
  }

  private Scan scan(IngestLimits limits, Path... paths) {
    return IngestTestSupport.scan(limits, work, paths);
  }

  private Scan scan(Path... paths) {
    return scan(IngestLimits.defaults(), paths);
  }

  private Problem only(Scan scan, String code) {
    List<Problem> matching = scan.summary().problems().stream().filter(p -> p.code().equals(code)).toList();
    assertThat(matching).as("problems %s", scan.summary().problems()).hasSize(1);
    return matching.get(0);
  }

  @Test
  void refuses_zip_slip_names_and_reads_the_rest() {
    Path zip = new ZipBuilder().file("drafts/ok.txt", "a fine draft").file("../../evil.txt", "escaped")
        .file("drafts/..\\..\\win.txt", "escaped too").file("second.txt", "another draft").write(inputs.resolve("slip.zip"));
    List<String> before = IngestTestSupport.listing(temp);

    Scan scan = scan(zip);

    assertThat(scan.texts()).containsExactly("a fine draft", "another draft");
    assertThat(scan.codes()).containsExactly("ingest.zip.path-traversal", "ingest.zip.path-traversal");
    assertThat(scan.summary().problems()).extracting(Problem::entry).containsExactly("../../evil.txt", "drafts/..\\..\\win.txt");
    assertThat(scan.summary().problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(zip.toString()));
    assertThat(IngestTestSupport.listing(temp)).isEqualTo(before);
  }

  @Test
  void refuses_absolute_names_and_drive_letters() {
    Path zip = new ZipBuilder().file("/etc/passwd.txt", "root").file("C:\\Windows\\x.txt", "win").file("ok.txt", "kept")
        .file("keep.txt", "kept too").write(inputs.resolve("abs.zip"));

    Scan scan = scan(zip);

    assertThat(scan.texts()).containsExactly("kept", "kept too");
    assertThat(scan.codes()).containsExactly("ingest.zip.absolute-path", "ingest.zip.absolute-path");
  }

  @Test
  void refuses_symlink_entries() {
    Path zip = new ZipBuilder().symlink("link.txt", "/etc/shadow").file("a.txt", "one").file("b.txt", "two").write(inputs.resolve("link.zip"));

    Scan scan = scan(zip);

    assertThat(only(scan, "ingest.zip.symlink").entry()).isEqualTo("link.txt");
    assertThat(scan.texts()).containsExactly("one", "two");
  }

  @Test
  void skips_password_protected_entries() {
    Path zip = new ZipBuilder().encrypted("secret.txt", "locked").file("a.txt", "one").file("b.txt", "two").write(inputs.resolve("locked.zip"));

    Scan scan = scan(zip);

    assertThat(only(scan, "ingest.zip.encrypted").entry()).isEqualTo("secret.txt");
    assertThat(scan.texts()).containsExactly("one", "two");
  }

  @Test
  void refuses_a_multi_gigabyte_bomb_by_its_ratio_before_reading_it() {
    long threeGiB = 3L * 1024 * 1024 * 1024;
    byte[] zeros = ZipBuilder.deflatedZeros(3 * 1024);
    Path zip = new ZipBuilder().file("a.txt", "before").raw("bomb.txt", zeros, threeGiB, 0).file("b.txt", "after").write(inputs.resolve("bomb.zip"));
    assertThat(zip.toFile().length()).isLessThan(8L * 1024 * 1024);

    Scan scan = scan(zip);

    Problem bomb = only(scan, "ingest.zip.bomb");
    assertThat(bomb.entry()).isEqualTo("bomb.txt");
    assertThat(bomb.message()).contains("zip bomb");
    assertThat(scan.texts()).containsExactly("after", "before");
    assertThat(IngestTestSupport.listing(work)).containsExactly("");
  }

  @Test
  void stops_an_entry_that_inflates_past_its_declared_size() {
    byte[] zeros = ZipBuilder.deflatedZeros(64);
    Path zip = new ZipBuilder().raw("liar.txt", zeros, 100, 0).file("a.txt", "one").file("b.txt", "two").write(inputs.resolve("liar.zip"));

    Scan scan = scan(zip);

    Problem liar = only(scan, "ingest.zip.bomb");
    assertThat(liar.entry()).isEqualTo("liar.txt");
    assertThat(liar.message()).contains("100 bytes its header declares");
    assertThat(scan.texts()).containsExactly("one", "two");
  }

  @Test
  void refuses_entries_larger_than_the_limit() {
    Path zip = new ZipBuilder().file("big.txt", "x".repeat(5000)).file("a.txt", "small").file("b.txt", "small too").write(inputs.resolve("big.zip"));

    Scan scan = scan(IngestLimits.defaults().withMaxEntryBytes(1000), zip);

    assertThat(only(scan, "ingest.zip.entry-too-large").entry()).isEqualTo("big.txt");
    assertThat(scan.texts()).containsExactly("small", "small too");
  }

  @Test
  void refuses_a_zip_with_too_many_entries_unparsed() {
    ZipBuilder builder = new ZipBuilder();
    for (int i = 0; i < 20; i++) {
      builder.file("d" + i + ".txt", "draft " + i);
    }
    Path zip = builder.write(inputs.resolve("many.zip"));

    Scan scan = scan(IngestLimits.defaults().withMaxEntries(10), zip);

    assertThat(only(scan, "ingest.zip.too-many-entries").entry()).isNull();
    assertThat(scan.items()).isEmpty();
    assertThat(scan.summary().nothingRead()).isTrue();
  }

  @Test
  void stops_at_the_total_budget_while_reading() {
    Path zip = new ZipBuilder().file("a.txt", "a".repeat(600)).file("b.txt", "b".repeat(600)).write(inputs.resolve("total.zip"));

    Scan scan = scan(IngestLimits.defaults().withMaxTotalBytes(1000), zip);

    assertThat(scan.codes()).contains("ingest.zip.too-large");
    assertThat(scan.texts()).containsExactly("a".repeat(600));
  }

  @Test
  void opens_a_zip_inside_a_zip_as_its_own_export() {
    byte[] x = new ZipBuilder().file("x/posts.jsonl", "{\"text\":\"from x\"}\n").bytes();
    byte[] facebook = new ZipBuilder().file("fb/posts.jsonl", "{\"text\":\"from facebook\"}\n").bytes();
    Path zip = new ZipBuilder().stored("twitter.zip", x).file("facebook.zip", facebook).write(inputs.resolve("both.zip"));

    Scan scan = scan(zip);

    assertThat(scan.texts()).containsExactly("from facebook", "from x");
    assertThat(scan.summary().sources()).extracting(s -> s.path() + " " + s.platform() + " " + s.items())
        .containsExactly(zip + "!/facebook.zip draft 1", zip + "!/twitter.zip draft 1");
    assertThat(scan.codes()).isEmpty();
  }

  @Test
  void keeps_the_problems_of_a_zip_that_holds_only_zips() {
    byte[] inner = new ZipBuilder().file("posts.jsonl", "{\"text\":\"inner\"}\n").bytes();
    Path zip = new ZipBuilder().file("../escape.txt", "x").file("inner.zip", inner).write(inputs.resolve("wrapper.zip"));

    Scan scan = scan(zip);

    assertThat(scan.texts()).containsExactly("inner");
    assertThat(scan.summary().sources()).extracting(s -> s.path() + " " + s.platform() + " " + s.problems().size())
        .containsExactly(zip + " null 1", zip + "!/inner.zip draft 0");
    assertThat(scan.codes()).containsExactly("ingest.zip.path-traversal");
  }

  @Test
  void copies_a_large_nested_zip_into_the_work_folder_only_and_deletes_it() throws IOException {
    byte[] inner = new ZipBuilder().file("posts.jsonl", "{\"text\":\"inner\"}\n").bytes();
    Path zip = new ZipBuilder().file("inner.zip", inner).write(inputs.resolve("outer.zip"));
    List<String> before = IngestTestSupport.listing(temp);
    List<String> tmpBefore = nestedCopiesIn(Path.of(System.getProperty("java.io.tmpdir")));

    Scan scan = scan(IngestLimits.defaults().withMaxInMemoryZipBytes(0), zip);

    assertThat(scan.texts()).containsExactly("inner");
    assertThat(IngestTestSupport.listing(temp)).isEqualTo(before);
    assertThat(nestedCopiesIn(Path.of(System.getProperty("java.io.tmpdir")))).isEqualTo(tmpBefore);
  }

  private static List<String> nestedCopiesIn(Path folder) throws IOException {
    try (var files = Files.list(folder)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("nested-")).sorted().toList();
    }
  }

  @Test
  void refuses_zips_nested_deeper_than_the_limit() {
    byte[] level = new ZipBuilder().file("deepest.txt", "too deep").bytes();
    for (int depth = 0; depth < 4; depth++) {
      level = new ZipBuilder().file("level" + depth + ".zip", level).bytes();
    }
    Path zip = new ZipBuilder().file("top.txt", "top").file("top2.txt", "top two").file("nested.zip", level).write(inputs.resolve("deep.zip"));

    Scan scan = scan(zip);

    Problem deep = only(scan, "ingest.zip.too-deep");
    // deep.zip is depth 1, nested.zip 2, level3.zip 3: level2.zip would be the fourth.
    assertThat(deep.entry()).isEqualTo("level2.zip");
    assertThat(deep.file()).isEqualTo(zip + "!/nested.zip!/level3.zip");
    assertThat(scan.texts()).containsExactly("top", "top two");
  }

  @Test
  void reports_a_non_zip_named_zip() throws IOException {
    Path fake = Files.writeString(inputs.resolve("export.zip"), "<html>this is a download error page</html>");

    Scan scan = scan(fake);

    assertThat(only(scan, "ingest.file.not-zip").file()).isEqualTo(fake.toString());
    assertThat(scan.summary().nothingRead()).isTrue();
  }

  @Test
  void reports_an_empty_file() throws IOException {
    Path empty = Files.createFile(inputs.resolve("empty.zip"));

    assertThat(only(scan(empty), "ingest.file.empty").file()).isEqualTo(empty.toString());
  }

  @Test
  void reports_a_truncated_zip_as_corrupt() throws IOException {
    byte[] whole = new ZipBuilder().file("a.txt", "one").file("b.txt", "two").bytes();
    Path truncated = Files.write(inputs.resolve("cut.zip"), java.util.Arrays.copyOf(whole, whole.length / 2));

    assertThat(only(scan(truncated), "ingest.zip.corrupt").message()).contains("central directory");
  }

  @Test
  void reports_damaged_entry_data_and_reads_the_rest() {
    byte[] garbage = "this is not deflate data at all, not even close".getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    Path zip = new ZipBuilder().file("a.txt", "one").raw("broken.txt", garbage, 500, crc.getValue()).file("b.txt", "two").write(inputs.resolve("damaged.zip"));

    Scan scan = scan(zip);

    assertThat(only(scan, "ingest.zip.corrupt").entry()).isEqualTo("broken.txt");
    assertThat(scan.texts()).containsExactly("one", "two");
  }

  @Test
  void skips_mac_junk_and_keeps_the_first_of_duplicate_names() {
    Path zip = new ZipBuilder().file("__MACOSX/._a.txt", "junk").file(".DS_Store", "junk").file("a.txt", "first").file("a.txt", "second")
        .file("b.txt", "other").write(inputs.resolve("junk.zip"));

    Scan scan = scan(zip);

    assertThat(scan.texts()).containsExactly("first", "other");
    assertThat(scan.codes()).containsExactly("ingest.zip.duplicate-entry");
  }
}
