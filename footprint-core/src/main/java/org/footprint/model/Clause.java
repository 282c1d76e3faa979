package org.footprint.model;

/**
 * One provision of a professional code that a finding relates to.
 *
 * @param code id of the code, e.g. {@code sssc-2024}
 * @param reference the clause number where it is verified (e.g. {@code 2.8}), otherwise the section or heading
 * @param summary our own short paraphrase, never a quotation
 * @param verified true when the cross-walk marks the number as verified against the regulator's text
 */
public record Clause(String code, String reference, String summary, boolean verified) {}
