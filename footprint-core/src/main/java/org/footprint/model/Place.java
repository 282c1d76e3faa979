package org.footprint.model;

/**
 * Where an item was posted from: a named place, coordinates, or both.
 *
 * @param name the place's name as the export gives it, or null
 * @param latitude degrees north, or null
 * @param longitude degrees east, or null
 */
public record Place(String name, Double latitude, Double longitude) {
  public boolean hasCoordinates() {
    return latitude != null && longitude != null;
  }
}
