package org.footprint.ingest.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.footprint.model.ItemKind;
import org.footprint.model.Media;
import org.junit.jupiter.api.Test;

class MetaIdsTest {
  private static final Instant AT = Instant.ofEpochSecond(1_511_013_150);

  @Test
  void the_same_record_gets_the_same_id_in_every_export_read() {
    String first = new MetaIds().of(ItemKind.POST, AT, "Lovely day at the beach", "");
    String again = new MetaIds().of(ItemKind.POST, AT, "Lovely day at the beach", "");

    assertThat(first).isEqualTo(again).matches("post@1511013150:[0-9a-f]{8}");
  }

  @Test
  void two_different_posts_in_one_second_get_different_ids() {
    MetaIds ids = new MetaIds();

    assertThat(ids.of(ItemKind.POST, AT, "first words")).isNotEqualTo(ids.of(ItemKind.POST, AT, "other words"));
  }

  @Test
  void kind_time_and_content_all_count() {
    MetaIds ids = new MetaIds();
    String post = ids.of(ItemKind.POST, AT, "words");

    assertThat(List.of(ids.of(ItemKind.COMMENT, AT, "words"), ids.of(ItemKind.POST, AT.plusSeconds(1), "words"),
        ids.of(ItemKind.POST, AT, "words", null), ids.of(ItemKind.POST, AT, "word", "s")))
        .doesNotContain(post).doesNotHaveDuplicates();
  }

  @Test
  void identical_records_of_one_export_are_numbered_in_the_order_read() {
    MetaIds ids = new MetaIds();
    String first = ids.of(ItemKind.MESSAGE, AT, "Jo", "ok");

    assertThat(ids.of(ItemKind.MESSAGE, AT, "Jo", "ok")).isEqualTo(first + ":2");
    assertThat(ids.of(ItemKind.MESSAGE, AT, "Jo", "ok")).isEqualTo(first + ":3");
    assertThat(new MetaIds().of(ItemKind.MESSAGE, AT, "Jo", "ok")).isEqualTo(first);
  }

  @Test
  void an_undated_record_says_so() {
    assertThat(new MetaIds().of(ItemKind.PHOTO, null, "")).startsWith("photo@undated:");
  }

  @Test
  void media_count_by_file_name_not_by_the_folder_meta_moves() {
    Media old = new Media("posts/media/your_posts/123_n.jpg", null, null, null);
    Media moved = new Media("facebook-jo/your_facebook_activity/posts/media/your_posts/123_n.jpg", null, null, null);

    assertThat(MetaIds.fileNames(List.of(old))).isEqualTo(MetaIds.fileNames(List.of(moved))).isEqualTo("123_n.jpg\n");
  }
}
