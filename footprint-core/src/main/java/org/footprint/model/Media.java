package org.footprint.model;

import java.time.Instant;

/**
 * A photo or video attached to an item, with what its own metadata (EXIF, the export's media_metadata) says.
 *
 * @param path where the file sits inside the export, or null when the export only names it
 * @param takenAt when the camera says it was taken, or null
 * @param location the GPS position the file records, or null
 * @param camera make and model, or null
 */
public record Media(String path, Instant takenAt, Place location, String camera) {}
