package org.footprint.watch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.footprint.analysis.normalise.Normaliser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WatchListTest {
  private static final Normaliser NORMALISER = new Normaliser();

  @TempDir Path folder;

  @Test
  void counts_spellings_of_one_name_once_and_removes_it_by_any_of_them() {
    WatchList list = WatchList.create();
    assertThat(list.add(List.of("Zoë McAllister", "ZOE MCALLISTER", "zoe  mcallister"), NORMALISER)).isEqualTo(1);
    assertThat(list.add(List.of("Brackenfield Primary"), NORMALISER)).isEqualTo(1);
    assertThat(list.size()).isEqualTo(2);
    assertThat(list.remove(List.of("zoe mcallister", "Nobody Atall"), NORMALISER)).isEqualTo(1);
    assertThat(list.size()).isEqualTo(1);
  }

  @Test
  void entries_survive_a_restart_and_the_file_is_the_owners_only() throws IOException {
    Path file = folder.resolve("footprint/watch-list.json");
    WatchList list = WatchList.create();
    list.add(List.of("Zoe McAllister", "Glenmoor Court"), NORMALISER);
    list.save(file);
    WatchList reloaded = WatchList.load(file);
    assertThat(reloaded.size()).isEqualTo(2);
    // the same salt came back: the same name is recognised as already there
    assertThat(reloaded.add(List.of("zoë mcallister"), NORMALISER)).isZero();
    assertThat(reloaded.remove(List.of("Glenmoor Court"), NORMALISER)).isEqualTo(1);
    if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }
    assertThat(Files.list(file.getParent()).map(p -> p.getFileName().toString())).containsExactly("watch-list.json");
  }

  @Test
  void two_users_salts_differ_so_their_files_share_no_hash() throws IOException {
    WatchList mine = WatchList.create();
    WatchList theirs = WatchList.create();
    mine.add(List.of("Zoe McAllister"), NORMALISER);
    theirs.add(List.of("Zoe McAllister"), NORMALISER);
    assertThat(mine.entries().get(0).hash()).isNotEqualTo(theirs.entries().get(0).hash());
  }

  @Test
  void refuses_a_name_without_letters_or_a_sentence_naming_only_its_position() {
    WatchList list = WatchList.create();
    assertThatThrownBy(() -> list.add(List.of("Zoe", "!!!"), NORMALISER)).hasMessage("name 2 has no letters or digits");
    assertThatThrownBy(() -> list.add(List.of("one two three four five six seven eight nine"), NORMALISER)).hasMessageStartingWith("name 1 has more than 8 words");
    assertThat(list.size()).isZero();
  }

  @Test
  void a_damaged_file_is_an_error_naming_it() throws IOException {
    Path file = Files.writeString(folder.resolve("watch-list.json"), "{\"format\": 7}");
    assertThatThrownBy(() -> WatchList.load(file)).hasMessageContaining(file.toString()).hasMessageContaining("not a Footprint watch-list");
  }

  @Property(tries = 200)
  void adding_then_removing_the_same_names_leaves_an_empty_list(@ForAll @Size(min = 1, max = 8) List<@AlphaChars @StringLength(min = 1, max = 20) String> names) {
    WatchList list = WatchList.create();
    list.add(names, NORMALISER);
    assertThat(list.isEmpty()).isFalse();
    list.remove(names, NORMALISER);
    assertThat(list.isEmpty()).isTrue();
  }
}
