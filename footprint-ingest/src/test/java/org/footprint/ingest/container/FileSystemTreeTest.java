package org.footprint.ingest.container;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.IngestTestSupport;
import org.footprint.ingest.IngestTestSupport.Scan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileSystemTreeTest {
  @TempDir Path temp;

  @Test
  void walks_a_folder_without_following_links_and_skips_mac_junk() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("drafts"));
    Path outside = Files.writeString(temp.resolve("secret.txt"), "outside the folder");
    Files.writeString(folder.resolve("one.txt"), "first draft");
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub/two.md"), "second draft");
    Files.createSymbolicLink(folder.resolve("link.txt"), outside);
    Files.createSymbolicLink(folder.resolve("linked-folder"), temp);
    Files.createDirectories(folder.resolve("__MACOSX"));
    Files.writeString(folder.resolve("__MACOSX/._one.txt"), "junk");
    Files.writeString(folder.resolve(".DS_Store"), "junk");

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), Files.createDirectory(temp.resolve("work")), folder);

    assertThat(scan.texts()).containsExactly("first draft", "second draft");
    assertThat(scan.items()).extracting(i -> i.nativeId()).containsExactly("one.txt", "sub/two.md");
    assertThat(scan.summary().problems()).extracting(p -> p.code() + " " + p.entry())
        .containsExactlyInAnyOrder("ingest.file.symlink link.txt", "ingest.file.symlink linked-folder");
  }

  @Test
  void reads_zips_found_in_a_folder_as_exports_of_their_own() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("exports"));
    new ZipBuilder().file("a/posts.jsonl", "{\"text\":\"zipped\"}\n").write(folder.resolve("a.zip"));
    Files.writeString(folder.resolve("b.zip"), "not a zip");

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), Files.createDirectory(temp.resolve("work")), folder);

    assertThat(scan.texts()).containsExactly("zipped");
    assertThat(scan.codes()).containsExactly("ingest.file.not-zip");
    assertThat(scan.summary().problems().get(0).file()).isEqualTo(folder.resolve("b.zip").toString());
    assertThat(scan.summary().problems().get(0).entry()).isNull();
    assertThat(scan.summary().sources()).extracting(s -> s.path()).containsExactly(folder.resolve("a.zip").toString(), folder.resolve("b.zip").toString());
  }

  @Test
  void follows_a_link_the_user_named_but_none_inside() throws IOException {
    Path real = Files.createDirectories(temp.resolve("real"));
    Files.writeString(real.resolve("draft.txt"), "through the link");
    Path linkedFolder = Files.createSymbolicLink(temp.resolve("linked"), real);
    Path linkedFile = Files.createSymbolicLink(temp.resolve("linked.txt"), real.resolve("draft.txt"));

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults(), Files.createDirectory(temp.resolve("work")), linkedFolder, linkedFile);

    // Both links are read; the draft behind them is the same item (same id, same words), so it is judged once.
    assertThat(scan.texts()).containsExactly("through the link");
    assertThat(scan.codes()).containsExactly(org.footprint.ingest.Ingest.DUPLICATE_ITEMS);
    assertThat(scan.summary().sources()).extracting(s -> s.path()).containsExactly(linkedFolder.toString(), linkedFile.toString());
  }

  @Test
  void stops_at_the_file_limit() throws IOException {
    Path folder = Files.createDirectories(temp.resolve("many"));
    for (int i = 0; i < 5; i++) {
      Files.writeString(folder.resolve("d" + i + ".txt"), "draft " + i);
    }

    Scan scan = IngestTestSupport.scan(IngestLimits.defaults().withMaxEntries(3), Files.createDirectory(temp.resolve("work")), folder);

    assertThat(scan.items()).hasSize(3);
    assertThat(scan.codes()).containsExactly("ingest.folder.too-many-files");
  }
}
