package org.footprint.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.footprint.history.GeneratedHistory.contributing;
import static org.footprint.history.GeneratedHistory.ofRule;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.ItemKind;
import org.footprint.model.Media;
import org.footprint.model.Place;
import org.footprint.model.Severity;
import org.footprint.synth.archive.HistoryScenes.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cross-item rules on the project's own generated histories: each pattern, each near-miss, threads and caps. */
class HistoryCollectorTest {
  @TempDir static Path temp;
  static GeneratedHistory history;
  static List<HistoryCollector.Flagged> found;

  @BeforeAll
  static void scanGeneratedHistory() {
    history = GeneratedHistory.of(41, 150, true, temp.resolve("scenes"));
    found = history.collect().findings();
  }

  /** The one finding of {@code ruleId}, after checking it lists every item of {@code listed}. */
  private static Finding theFinding(String ruleId, List<String> listed) {
    List<HistoryCollector.Flagged> flagged = ofRule(found, ruleId);
    assertThat(flagged).hasSize(1);
    assertThat(contributing(flagged.get(0))).containsAll(listed);
    return flagged.get(0).findings().get(0);
  }

  @Test
  void photos_at_one_spot_in_the_evenings_and_at_weekends_are_a_likely_home_listing_every_photo() {
    Finding finding = theFinding("exposure.photo-home-cluster", history.photoIds(Pattern.HOME_PHOTO));
    assertThat(finding.message()).contains("probably your home").contains("within 150 m");
    assertThat(finding.remediation()).extracting(r -> r.id()).startsWith("remove-location");
    assertThat(finding.evidence()).allSatisfy(span -> assertThat(span.start()).isEqualTo(span.end()));
  }

  @Test
  void photos_at_one_spot_at_school_run_times_are_a_likely_school() {
    Finding finding = theFinding("exposure.photo-school-cluster", history.photoIds(Pattern.SCHOOL_PHOTO));
    assertThat(finding.evidence()).hasSameSizeAs(history.photoIds(Pattern.SCHOOL_PHOTO));
    assertThat(finding.message()).contains("probably your child's school");
  }

  @Test
  void one_photo_at_a_friends_house_and_photos_spread_over_a_city_are_in_no_finding() {
    List<String> nearMisses = new ArrayList<>(history.photoIds(Pattern.FRIEND_HOUSE_PHOTO));
    nearMisses.addAll(history.photoIds(Pattern.CITY_PHOTO));
    for (HistoryCollector.Flagged flagged : found) {
      assertThat(contributing(flagged)).doesNotContainAnyElementsOf(nearMisses);
    }
  }

  @Test
  void positions_are_rounded_in_every_message_and_evidence_span() {
    for (HistoryCollector.Flagged flagged : found) {
      Finding finding = flagged.findings().get(0);
      assertThat(finding.message()).doesNotContainPattern("\\d+\\.\\d{3,}");
      finding.evidence().forEach(span -> assertThat(span.text()).doesNotContainPattern("\\d+\\.\\d{3,}"));
    }
  }

  @Test
  void clues_spread_over_posts_make_one_mosaic_finding_that_lists_them_and_says_what_a_stranger_learns() {
    Finding finding = theFinding("exposure.mosaic-address", history.postIds(Pattern.MOSAIC));
    assertThat(finding.message()).contains("where you live").contains("where your child spends the school day")
        .contains("when your home will be empty");
    assertThat(finding.explanation()).contains(history.persona.homeStreet()).contains("'School run'")
        .contains("rates it high rather than medium");
  }

  @Test
  void a_public_information_post_that_mentions_a_school_is_not_a_clue() {
    assertThat(ofRule(found, "exposure.mosaic-address").get(0).findings().get(0).evidence())
        .extracting(EvidenceSpan::itemId).doesNotContainAnyElementsOf(history.postIds(Pattern.SCHOOL_INFO));
  }

  @Test
  void the_school_post_and_one_address_post_alone_make_no_mosaic() {
    HistoryCollector collector = HistoryCollector.builtIn(GeneratedHistory.ANALYZER.pack());
    List<String> texts = List.of(history.scenes.posts().stream().filter(p -> p.pattern() == Pattern.SCHOOL_INFO).findFirst().orElseThrow().text(),
        "Locked out again, standing outside " + history.persona.streetAddress() + " in the rain");
    for (int i = 0; i < texts.size(); i++) {
      Item item = Item.builder("twitter", "near-miss-" + i).text(texts.get(i)).build();
      List<EvidenceSpan> held = new ArrayList<>();
      List<Finding> findings = GeneratedHistory.ANALYZER.analyze(item, collector.signals(), held::add);
      collector.offer(item, findings, held);
    }
    assertThat(collector.findings()).isEmpty();
  }

  @Test
  void hostile_replies_and_a_quote_post_aimed_at_one_account_are_one_finding_listing_every_post() {
    List<String> hostile = new ArrayList<>(history.postIds(Pattern.HOSTILE_REPLY));
    hostile.addAll(history.postIds(Pattern.HOSTILE_QUOTE));
    Finding finding = theFinding("hostility.repeated-target", hostile);
    assertThat(ofRule(found, "hostility.repeated-target").get(0)).satisfies(f -> assertThat(contributing(f)).hasSameSizeAs(hostile));
    assertThat(finding.message()).contains("4 of your posts on 4 different days").contains("@" + history.scenes.targetHandle());
    assertThat(finding.explanation()).contains("1 of them quote the account's own post");
    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void the_word_models_readings_build_no_pattern() {
    HistoryCollector collector = HistoryCollector.builtIn(GeneratedHistory.ANALYZER.pack());
    for (GeneratedHistory.Judged judged : history.items) {
      // the same findings, as if the learned rule of each category had made them
      List<Finding> learned = judged.findings().stream().map(f -> new Finding(f.itemId(), f.involvement(), f.category(), f.severity(), f.confidence(),
          f.evidence(), f.category().id() + ".learned", f.message(), f.explanation(), f.clauses(), f.remediation(), f.suggestion())).toList();
      collector.offer(judged.item(), learned, judged.signals());
    }
    assertThat(ofRule(found, "hostility.repeated-target")).isNotEmpty();
    List<HistoryCollector.Flagged> fromLearned = collector.findings();
    assertThat(ofRule(fromLearned, "hostility.repeated-target")).isEmpty();
    assertThat(ofRule(fromLearned, "hostility.pile-on")).isEmpty();
    assertThat(ofRule(fromLearned, "hostility.at-colleague")).isEmpty();
  }

  @Test
  void the_generated_hostile_quote_post_is_dunking_item_by_item() {
    assertThat(findingsOf(history.postIds(Pattern.HOSTILE_QUOTE).get(0))).filteredOn(f -> f.category() == org.footprint.model.Category.HOSTILITY)
        .isNotEmpty().allSatisfy(f -> assertThat(f.explanation()).contains("(\"dunking\")"));
  }

  @Test
  void a_friendly_thread_with_the_same_people_is_in_no_finding() {
    List<String> friendly = history.postIds(Pattern.FRIENDLY_REPLY);
    for (HistoryCollector.Flagged flagged : found) {
      assertThat(contributing(flagged)).doesNotContainAnyElementsOf(friendly);
    }
  }

  @Test
  void a_hostile_reply_with_likes_of_others_attacks_on_the_same_account_that_week_is_a_pile_on_listing_them_all() {
    List<String> pileOn = new ArrayList<>(history.postIds(Pattern.PILE_ON_REPLY));
    pileOn.addAll(history.likeIds(Pattern.PILE_ON_LIKE));
    Finding finding = theFinding("hostility.pile-on", pileOn);
    assertThat(ofRule(found, "hostility.pile-on").get(0)).satisfies(f -> {
      assertThat(contributing(f)).hasSameSizeAs(pileOn);
      assertThat(f.item().id()).isEqualTo(history.postIds(Pattern.PILE_ON_REPLY).get(0));
    });
    assertThat(finding.message()).contains("@" + history.scenes.pileOnHandle()).contains("1 hostile post(s) of yours and 3 attacks on the same account by others")
        .contains("within 7 days");
    assertThat(finding.explanation()).contains("You joined others attacking @" + history.scenes.pileOnHandle() + ": you replied '@nurse_ellis what a clown")
        .contains("and you liked '@nurse_ellis you are a pathetic excuse for a nurse' on Monday 8 Jul 2024, 21:05");
    assertThat(finding.remediation()).extracting(r -> r.id()).containsExactly("delete", "undo-endorsement");
    assertThat(finding.severity()).isEqualTo(Severity.MEDIUM);
  }

  @Test
  void an_attack_liked_months_before_the_users_own_reply_is_not_part_of_the_pile_on() {
    assertThat(contributing(ofRule(found, "hostility.pile-on").get(0))).doesNotContainAnyElementsOf(history.likeIds(Pattern.PILE_ON_EARLY_LIKE));
  }

  @Test
  void liked_attacks_alone_friendly_likes_and_a_lone_hostile_reply_among_friendly_likes_are_in_no_pile_on() {
    List<String> nearMisses = new ArrayList<>(history.likeIds(Pattern.FRIENDLY_LIKE));
    nearMisses.addAll(history.postIds(Pattern.FRIENDLY_REPLY));
    nearMisses.addAll(history.likeIds(Pattern.ENDORSED_ONLY_LIKE));
    nearMisses.addAll(history.postIds(Pattern.LONE_HOSTILE_REPLY));
    nearMisses.addAll(history.likeIds(Pattern.FRIENDLY_ABOUT_LIKE));
    assertThat(ofRule(found, "hostility.pile-on")).singleElement();
    // the near-misses are close ones: the liked attacks and the lone reply are hostile item by item
    assertThat(history.likeIds(Pattern.ENDORSED_ONLY_LIKE)).allSatisfy(id -> assertThat(findingsOf(id))
        .anySatisfy(f -> assertThat(f.involvement()).isEqualTo(org.footprint.model.Involvement.ENDORSED)));
    assertThat(findingsOf(history.postIds(Pattern.LONE_HOSTILE_REPLY).get(0))).extracting(Finding::category)
        .contains(org.footprint.model.Category.HOSTILITY);
    assertThat(history.likeIds(Pattern.FRIENDLY_ABOUT_LIKE)).allSatisfy(id -> assertThat(findingsOf(id)).isEmpty());
    for (HistoryCollector.Flagged flagged : found) {
      assertThat(contributing(flagged)).doesNotContainAnyElementsOf(nearMisses);
    }
  }

  @Test
  void a_hostile_reply_to_an_account_the_users_own_posts_name_as_a_colleague_is_flagged_with_the_posts_that_identify_them() {
    List<String> listed = new ArrayList<>(history.postIds(Pattern.COLLEAGUE_HOSTILE_REPLY));
    listed.addAll(history.postIds(Pattern.COLLEAGUE_WORK_POST));
    Finding finding = theFinding("hostility.at-colleague", listed);
    assertThat(contributing(ofRule(found, "hostility.at-colleague").get(0))).hasSameSizeAs(listed);
    String colleague = history.scenes.colleagueHandle();
    assertThat(finding.message()).contains("You were hostile to @" + colleague + " in 1 post(s), and 2 of your own posts show @" + colleague + " is a colleague");
    assertThat(finding.explanation()).contains("whom your own posts show is a colleague or fellow professional: you posted 'Great shift with @" + colleague)
        .contains("and you replied '@" + colleague + " you are a pathetic excuse for a nurse'");
    assertThat(finding.evidence()).filteredOn(span -> "work context".equals(span.role())).extracting(EvidenceSpan::text)
        .containsExactlyInAnyOrder("shift", "the team");
    assertThat(finding.remediation()).extracting(r -> r.id()).containsExactly("delete", "edit");
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.clauses()).isNotEmpty();
  }

  @Test
  void hostility_at_an_account_never_named_at_work_a_friendly_work_post_and_a_work_cue_only_in_the_hostile_post_are_no_colleague_target() {
    // HOSTILE_REPLY "@kev_p you are a pathetic excuse for a manager": the only post naming the account with a work cue is hostile
    List<String> nearMisses = java.util.stream.Stream.of(Pattern.MENTOR_WORK_POST, Pattern.LONE_HOSTILE_REPLY, Pattern.HOSTILE_REPLY, Pattern.HOSTILE_QUOTE)
        .flatMap(pattern -> history.postIds(pattern).stream()).toList();
    assertThat(history.postIds(Pattern.HOSTILE_REPLY)).anySatisfy(id -> assertThat(findingsOf(id)).isNotEmpty());
    assertThat(ofRule(found, "hostility.at-colleague")).singleElement()
        .satisfies(flagged -> assertThat(contributing(flagged)).doesNotContainAnyElementsOf(nearMisses));
  }

  @Test
  void work_cues_match_whole_words_only_and_the_work_posts_kept_are_capped() {
    String yaml = HistoryRulesTest.builtInText().replace("work-posts: 5000", "work-posts: 20");
    HistoryCollector collector = new HistoryCollector(HistoryRules.parse("small.yaml", yaml, org.footprint.policy.PolicyPacks.loadBuiltIn()),
        GeneratedHistory.ANALYZER.pack());
    for (int i = 0; i < 500; i++) {
      judge(collector, Item.builder("twitter", "w" + i).mentions(List.of("amira_k")).createdAt(java.time.Instant.parse("2024-07-05T12:00:00Z"))
          .text("Great SHIFT with @amira_k today").build());
    }
    judge(collector, Item.builder("twitter", "not-a-cue").mentions(List.of("jo_b")).text("@jo_b the wardrobe and the shiftwork rota app").build());
    assertThat(collector.keptItems()).isEqualTo(20);
  }

  /** Offers {@code item} with its per-item findings, as a scan does. */
  private static void judge(HistoryCollector collector, Item item) {
    collector.offer(item, GeneratedHistory.ANALYZER.analyze(item), List.of());
  }

  private static List<Finding> findingsOf(String itemId) {
    return history.items.stream().filter(j -> j.item().id().equals(itemId)).findFirst().orElseThrow().findings();
  }

  @Test
  void a_pile_on_rises_with_the_number_of_others_joined() {
    HistoryCollector collector = HistoryCollector.builtIn(GeneratedHistory.ANALYZER.pack());
    Item own = Item.builder("twitter", "own").kind(ItemKind.REPLY).replyTo("nurse_ellis").mentions(List.of("nurse_ellis"))
        .createdAt(java.time.Instant.parse("2024-07-09T20:00:00Z")).text("@nurse_ellis honestly you are such an idiot").build();
    judge(collector, own);
    for (int i = 0; i < 4; i++) {
      Item liked = Item.builder("mastodon", "like-" + i).kind(ItemKind.LIKE).authoredBySelf(false)
          .createdAt(java.time.Instant.parse("2024-07-0" + (5 + i) + "T12:00:00Z")).text("@nurse_ellis you are a pathetic excuse for a nurse").build();
      judge(collector, liked);
    }
    Finding finding = ofRule(collector.findings(), "hostility.pile-on").get(0).findings().get(0);
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.explanation()).contains("With 4 posts by others and 1 of your own");
  }

  @Test
  void the_others_attacks_kept_are_capped_whatever_the_number_of_likes() {
    String yaml = HistoryRulesTest.builtInText().replace("others-hostile-items: 5000", "others-hostile-items: 50");
    HistoryCollector collector = new HistoryCollector(HistoryRules.parse("small.yaml", yaml, org.footprint.policy.PolicyPacks.loadBuiltIn()),
        GeneratedHistory.ANALYZER.pack());
    Item liked = Item.builder("mastodon", "like").kind(ItemKind.LIKE).authoredBySelf(false).createdAt(java.time.Instant.parse("2024-07-05T12:00:00Z"))
        .text("@nurse_ellis you are a pathetic excuse for a nurse").build();
    List<Finding> findings = GeneratedHistory.ANALYZER.analyze(liked);
    for (int i = 0; i < 2_000; i++) {
      collector.offer(Item.builder("mastodon", "like-" + i).kind(ItemKind.LIKE).authoredBySelf(false).createdAt(liked.createdAt()).text(liked.text()).build(),
          findings, List.of());
    }
    assertThat(collector.keptItems()).isEqualTo(50);
  }

  @Test
  void an_x_like_is_dated_by_the_liked_tweets_id() {
    Item like = Item.builder("twitter", "like:1810448735129600000").kind(ItemKind.LIKE).authoredBySelf(false).text("@a hi").build();
    assertThat(Targets.postedAt(like)).isEqualTo(java.time.Instant.parse("2024-07-08T22:59:49.622Z"));
    assertThat(Targets.postedAt(Item.builder("twitter", "like:20").kind(ItemKind.LIKE).authoredBySelf(false).build())).isNull();
    assertThat(Targets.of(like)).containsExactly("a");
  }

  @Test
  void severity_rises_with_repetition() {
    HistoryCollector collector = HistoryCollector.builtIn(GeneratedHistory.ANALYZER.pack());
    for (int day = 1; day <= 6; day++) {
      Item item = Item.builder("twitter", "r" + day).kind(ItemKind.REPLY).replyTo("kev_p").mentions(List.of("kev_p"))
          .createdAt(java.time.Instant.parse("2024-03-0" + day + "T21:00:00Z")).text("@kev_p you are a pathetic excuse for a manager").build();
      judge(collector, item);
    }
    Finding finding = ofRule(collector.findings(), "hostility.repeated-target").get(0).findings().get(0);
    assertThat(finding.severity()).isEqualTo(Severity.HIGH);
    assertThat(finding.explanation()).contains("With 6 posts");
  }

  @Test
  void a_plain_generated_history_has_no_photo_cluster() {
    GeneratedHistory plain = GeneratedHistory.of(42, 150, false, temp.resolve("plain"));
    assertThat(plain.collect().findings()).extracting(f -> f.findings().get(0).ruleId())
        .doesNotContain("exposure.photo-home-cluster", "exposure.photo-school-cluster", "hostility.repeated-target", "hostility.pile-on",
            "hostility.at-colleague");
  }

  @Test
  void offered_from_several_threads_in_any_order_the_findings_are_the_same() throws Exception {
    List<GeneratedHistory.Judged> shuffled = new ArrayList<>(history.items);
    Collections.shuffle(shuffled, new Random(7));
    HistoryCollector collector = HistoryCollector.builtIn(GeneratedHistory.ANALYZER.pack());
    ExecutorService threads = Executors.newFixedThreadPool(4);
    for (GeneratedHistory.Judged judged : shuffled) {
      threads.submit(() -> collector.offer(judged.item(), judged.findings(), judged.signals()));
    }
    threads.shutdown();
    assertThat(threads.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
    assertThat(collector.findings()).isEqualTo(found);
  }

  @Test
  void memory_stays_bounded_by_the_limits_whatever_the_history_size() {
    String yaml = HistoryRulesTest.builtInText().replace("located-photos: 10000", "located-photos: 100");
    HistoryRules small = HistoryRules.parse("small.yaml", yaml, org.footprint.policy.PolicyPacks.loadBuiltIn());
    HistoryCollector collector = new HistoryCollector(small, GeneratedHistory.ANALYZER.pack());
    for (int i = 0; i < 20_000; i++) {
      Place at = new Place(null, 55.95 + (i % 50) * 1e-5, -3.19);
      Item photo = Item.builder("instagram", "p" + i).kind(ItemKind.PHOTO).createdAt(java.time.Instant.parse("2024-01-06T21:00:00Z").plusSeconds(86_400L * (i % 30)))
          .media(List.of(new Media(null, null, at, null))).build();
      collector.offer(photo, List.of(), List.of());
    }
    assertThat(collector.keptItems()).isEqualTo(100);
    List<HistoryCollector.Flagged> flagged = collector.findings();
    assertThat(ofRule(flagged, "exposure.photo-home-cluster")).singleElement()
        .satisfies(f -> assertThat(f.findings().get(0).evidence()).hasSize(100));
  }
}
