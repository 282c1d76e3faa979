package org.footprint.synth;

import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Makes up regulated professionals and a year of their posts, the same every time for the same seed.
 *
 * <pre>{@code
 * PersonaGenerator generator = new PersonaGenerator(42);
 * Persona persona = generator.persona();
 * List<SyntheticPost> posts = generator.yearOfPosts(persona, 2024, 300);
 * }</pre>
 *
 * <p>About {@value #BENIGN_SHARE} of the posts are benign (work pride, guidance, family, sport, weather …, many
 * with words that look risky out of context); the rest are spread over all ten categories. Not thread-safe;
 * cheap to create, so make one per thread.
 */
public final class PersonaGenerator {
  /** Share of a persona's posts written to be benign. */
  public static final double BENIGN_SHARE = 0.80;

  private final Engine engine;

  public PersonaGenerator(long seed) {
    this.engine = new Engine(seed);
  }

  /** A new made-up professional. */
  public Persona persona() {
    return engine.persona();
  }

  /**
   * {@code count} posts by the persona, dated within {@code year} (Europe/London), sorted by time. Ids are
   * {@code synthetic:<n>}, numbered on from this generator's previous posts, so they never repeat within it.
   */
  public List<SyntheticPost> yearOfPosts(Persona persona, int year, int count) {
    Objects.requireNonNull(persona, "persona");
    if (count < 0) {
      throw new IllegalArgumentException("count must not be negative: " + count);
    }
    Engine.Bags bags = engine.new Bags();
    List<Dated> dated = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Template template = bags.next(engine.chooseKey(BENIGN_SHARE), persona.profession());
      Draft draft = engine.write(template, persona, Padding.TIMELINE);
      dated.add(new Dated(engine.when(draft, year), i, draft));
    }
    dated.sort(Comparator.comparing(Dated::at).thenComparingInt(Dated::order));
    List<SyntheticPost> posts = new ArrayList<>(count);
    for (Dated entry : dated) {
      posts.add(engine.post(entry.draft(), entry.at().toInstant()));
    }
    return List.copyOf(posts);
  }

  private record Dated(ZonedDateTime at, int order, Draft draft) {}
}
