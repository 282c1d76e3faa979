package org.footprint.ingest;

/**
 * Something in an input that could not be read, or was read with a caveat. Problems never stop a scan:
 * the rest of the file and the other inputs are still read.
 *
 * @param file the input the user named (a zip, folder or file), with {@code !/entry} added for a zip inside a zip
 * @param entry the entry inside it, or null when the problem is about the whole input
 * @param code stable id such as {@code ingest.zip.path-traversal}, documented in the README's problem table
 * @param message what is wrong, in plain words
 */
public record Problem(String file, String entry, String code, String message) {}
