/**
 * Footprint's own seeded generator of synthetic social-media posts by made-up regulated professionals (social
 * workers, nurses, teachers, police officers, care workers), for the demo, benchmarks, corpus-scale runs and tests.
 *
 * <ul>
 *   <li>{@link org.footprint.synth.PersonaGenerator}: a persona and a year of their posts, sorted by time;</li>
 *   <li>{@link org.footprint.synth.CorpusGenerator}: an endless corpus from many personas, about 150 characters a
 *       post, about 85% benign;</li>
 *   <li>{@link org.footprint.synth.SyntheticPost}: an {@link org.footprint.model.Item} plus the categories its
 *       template was written to show.</li>
 * </ul>
 *
 * <p>Posts are filled-in templates ({@code src/main/resources/org/footprint/synth/templates/*.txt}) with slots from
 * {@code slots.txt}; every word was written for this project and nothing is copied from any labelled data set.
 * Names come from datafaker; employers and schools are invented; phone numbers are in Ofcom's ranges reserved
 * for drama (07700 900000–900999, 0131 496 0000–0999). The same seed gives the same output, in any JVM.
 * Generators are not thread-safe and are cheap to create: make one per thread. Nothing is shared between them
 * except the immutable template library.
 */
package org.footprint.synth;
