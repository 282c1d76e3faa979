package org.footprint.synth;

import java.util.ArrayList;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * An endless, seeded supply of synthetic posts for benchmarks and corpus-scale tests: many personas, posts
 * dated {@value #FIRST_YEAR}–{@value #LAST_YEAR}, about {@value #BENIGN_SHARE} benign, around 150 characters
 * on average.
 *
 * <p>{@link #nextPost()} and {@link #posts(long)} draw from one sequence: a new generator with the same seed
 * gives exactly the same posts in the same order. Not thread-safe; the stream from {@link #posts(long)} never
 * splits, so it stays in order even when asked to run in parallel.
 */
public final class CorpusGenerator {
  /** Share of posts written to be benign. */
  public static final double BENIGN_SHARE = 0.85;
  static final int FIRST_YEAR = 2018;
  static final int LAST_YEAR = 2024;
  private static final int PERSONAS = 40;

  private final Engine engine;
  private final List<Persona> personas;
  private final Engine.Bags bags;

  public CorpusGenerator(long seed) {
    this.engine = new Engine(seed);
    List<Persona> made = new ArrayList<>(PERSONAS);
    for (int i = 0; i < PERSONAS; i++) {
      made.add(engine.persona());
    }
    this.personas = List.copyOf(made);
    this.bags = engine.new Bags();
  }

  /** The text of the next post. */
  public String nextPost() {
    return next().item().text();
  }

  /** The next {@code n} posts, with items and labels, generated lazily in order. */
  public Stream<SyntheticPost> posts(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("n must not be negative: " + n);
    }
    Spliterator<SyntheticPost> source = new Spliterators.AbstractSpliterator<>(n,
        Spliterator.ORDERED | Spliterator.SIZED | Spliterator.NONNULL) {
      private long left = n;

      @Override
      public boolean tryAdvance(Consumer<? super SyntheticPost> action) {
        if (left <= 0) {
          return false;
        }
        left--;
        action.accept(next());
        return true;
      }

      @Override
      public Spliterator<SyntheticPost> trySplit() {
        return null; // one generator, one sequence: splitting would make the order depend on threads
      }
    };
    return StreamSupport.stream(source, false);
  }

  /** The personas whose posts this generator writes. */
  public List<Persona> personas() {
    return personas;
  }

  private SyntheticPost next() {
    Persona persona = personas.get(engine.random().nextInt(personas.size()));
    Template template = bags.next(engine.chooseKey(BENIGN_SHARE), persona.profession());
    Draft draft = engine.write(template, persona, Padding.CORPUS);
    int year = FIRST_YEAR + engine.random().nextInt(LAST_YEAR - FIRST_YEAR + 1);
    return engine.post(draft, engine.when(draft, year).toInstant());
  }
}
