/**
 * Policy packs: one data file per professional code, saying which clauses each category of finding
 * relates to and how the code moves a rule's severity.
 *
 * <p>Packs are YAML under {@code footprint-core/src/main/resources/packs/}, listed in
 * {@code packs/index.txt}. A pack file has:
 * <ul>
 *   <li>{@code id} (the file name), {@code title}, {@code code} (the cross-walk id of the code, which
 *       every {@link org.footprint.model.Clause} carries), {@code code-title}, {@code profession},
 *       {@code version}, {@code url}, and {@code default: true} on exactly one pack;</li>
 *   <li>{@code clauses}: {@code public_trust} (cited by every finding, never empty) and every
 *       category id, each a list of {@code {ref, summary, verified}}. A category with no clause is an
 *       empty list plus a note under its id;</li>
 *   <li>{@code severity}: per category, {@code floor}, {@code ceiling} (severity ids) and
 *       {@code shift} (steps), applied shift first, then floor, then ceiling;</li>
 *   <li>{@code notes}: text keyed by category id or topic.</li>
 * </ul>
 *
 * <p>Citation rule: a bare clause number ({@code 2.8}) is cited only when Footprint's codes
 * cross-walk verified it against the regulator's text ({@code verified: true}). Anything else is
 * cited by section or heading ({@code Code 5 (conduct outside work)}), and guidance, which is not a
 * code clause, as {@code Guidance: <title>}. The loader refuses an unverified bare number. Summaries
 * are our own paraphrases, never quotations.
 */
package org.footprint.policy;
