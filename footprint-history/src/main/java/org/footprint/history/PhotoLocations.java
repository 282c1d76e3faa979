package org.footprint.history;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.footprint.model.EvidenceSpan;
import org.footprint.model.Finding;
import org.footprint.model.Item;
import org.footprint.model.Media;
import org.footprint.model.Place;

/**
 * Part 5 of issue 4: where the user's geotagged photos and check-ins keep being taken. Keeps, per item, only the
 * positions and times; after the scan, clusters them (greedy, densest spot first, within the rule's radius) and
 * flags a cluster taken mostly at home hours (a likely home) or at school-run hours (a likely school).
 */
final class PhotoLocations {
  private static final double METRES_PER_DEGREE = 111_320;

  /** One position of one item at one time (a photo's EXIF, or the item's own check-in place). */
  private record Fix(double latitude, double longitude, Instant at, ItemRef item) {}

  private final HistoryRules rules;
  private final BoundedSample<List<Fix>> items;

  PhotoLocations(HistoryRules rules) {
    this.rules = rules;
    this.items = new BoundedSample<>(rules.limits().locatedPhotos());
  }

  /** True when the item records a position with a time: the cheap test made before any lock is taken. */
  static boolean located(Item item) {
    for (Media media : item.media()) {
      if (media.location() != null && media.location().hasCoordinates() && (media.takenAt() != null || item.createdAt() != null)) {
        return true;
      }
    }
    return item.place() != null && item.place().hasCoordinates() && item.createdAt() != null;
  }

  synchronized void offer(Item item, ItemRef ref) {
    List<Fix> fixes = new ArrayList<>(1);
    for (Media media : item.media()) {
      Place at = media.location();
      Instant when = media.takenAt() != null ? media.takenAt() : item.createdAt();
      if (at != null && at.hasCoordinates() && when != null) {
        fixes.add(new Fix(at.latitude(), at.longitude(), when, ref));
      }
    }
    Place place = item.place();
    // Readers copy a photo's position into the item's place; count it once.
    if (place != null && place.hasCoordinates() && item.createdAt() != null
        && fixes.stream().noneMatch(f -> f.latitude() == place.latitude() && f.longitude() == place.longitude())) {
      fixes.add(new Fix(place.latitude(), place.longitude(), item.createdAt(), ref));
    }
    if (!fixes.isEmpty()) {
      items.add(item.id(), List.copyOf(fixes));
    }
  }

  synchronized int keptItems() {
    return items.size();
  }

  synchronized List<HistoryCollector.Flagged> findings(CrossItemFindings make) {
    List<Fix> fixes = new ArrayList<>();
    items.values().forEach(fixes::addAll);
    // The same order whatever order the items came in.
    fixes.sort(Comparator.comparing(Fix::at).thenComparing(f -> f.item().id()).thenComparingDouble(Fix::latitude).thenComparingDouble(Fix::longitude));
    List<HistoryCollector.Flagged> flagged = new ArrayList<>();
    for (HistoryRules.PhotoCluster rule : rules.photoClusters()) {
      for (List<Fix> cluster : clusters(fixes, rule.radiusMetres())) {
        HistoryCollector.Flagged finding = judge(rule, cluster, make);
        if (finding != null) {
          flagged.add(finding);
        }
      }
    }
    return flagged;
  }

  /** The fixes at each spot: the densest fix's neighbours within the radius, then the next densest left, and so on. */
  private static List<List<Fix>> clusters(List<Fix> fixes, int radius) {
    Map<Long, List<Integer>> grid = new HashMap<>();
    for (int i = 0; i < fixes.size(); i++) {
      grid.computeIfAbsent(cell(fixes.get(i), radius, 0, 0), c -> new ArrayList<>()).add(i);
    }
    int[] neighbours = new int[fixes.size()];
    for (int i = 0; i < fixes.size(); i++) {
      neighbours[i] = within(fixes, grid, i, radius, null).size();
    }
    List<Integer> densestFirst = new ArrayList<>(fixes.size());
    for (int i = 0; i < fixes.size(); i++) {
      densestFirst.add(i);
    }
    densestFirst.sort(Comparator.comparingInt((Integer i) -> -neighbours[i]).thenComparingInt(i -> i));
    boolean[] taken = new boolean[fixes.size()];
    List<List<Fix>> clusters = new ArrayList<>();
    for (int centre : densestFirst) {
      if (taken[centre]) {
        continue;
      }
      List<Fix> members = new ArrayList<>();
      for (int member : within(fixes, grid, centre, radius, taken)) {
        taken[member] = true;
        members.add(fixes.get(member));
      }
      members.sort(Comparator.comparing(Fix::at).thenComparing(f -> f.item().id()));
      clusters.add(members);
    }
    return clusters;
  }

  /** Indices of the fixes within {@code radius} metres of fix {@code i} (itself included), skipping those taken. */
  private static List<Integer> within(List<Fix> fixes, Map<Long, List<Integer>> grid, int i, int radius, boolean[] taken) {
    Fix centre = fixes.get(i);
    List<Integer> found = new ArrayList<>();
    for (int dy = -1; dy <= 1; dy++) {
      for (int dx = -1; dx <= 1; dx++) {
        for (int j : grid.getOrDefault(cell(centre, radius, dx, dy), List.of())) {
          if ((taken == null || !taken[j]) && metres(centre, fixes.get(j)) <= radius) {
            found.add(j);
          }
        }
      }
    }
    return found;
  }

  /** The grid cell (one radius square) of a fix, moved by {@code dx}, {@code dy} cells. */
  private static long cell(Fix fix, int radius, int dx, int dy) {
    long y = (long) Math.floor(fix.latitude() * METRES_PER_DEGREE / radius) + dy;
    long x = (long) Math.floor(fix.longitude() * METRES_PER_DEGREE * Math.cos(Math.toRadians(fix.latitude())) / radius) + dx;
    return y * 0x1_0000_0000L + x;
  }

  /** Distance on the ground, flat-earth approximation (exact enough for a few hundred metres). */
  private static double metres(Fix a, Fix b) {
    double dy = (a.latitude() - b.latitude()) * METRES_PER_DEGREE;
    double dx = (a.longitude() - b.longitude()) * METRES_PER_DEGREE * Math.cos(Math.toRadians((a.latitude() + b.latitude()) / 2));
    return Math.sqrt(dx * dx + dy * dy);
  }

  private HistoryCollector.Flagged judge(HistoryRules.PhotoCluster rule, List<Fix> cluster, CrossItemFindings make) {
    if (cluster.size() < rule.minPhotos()) {
      return null;
    }
    ZoneId zone = rules.zone();
    Set<Fix> inHours = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    Set<LocalDate> days = new HashSet<>();
    for (Fix fix : cluster) {
      ZonedDateTime local = fix.at().atZone(zone);
      boolean weekend = local.getDayOfWeek() == DayOfWeek.SATURDAY || local.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (rule.hours().contains(weekend, local.getHour() * 60 + local.getMinute())) {
        inHours.add(fix);
        days.add(local.toLocalDate());
      }
    }
    if (inHours.size() < rule.minPhotos() || days.size() < rule.minDays() || inHours.size() < rule.minShare() * cluster.size()) {
      return null;
    }
    double latitude = cluster.stream().mapToDouble(Fix::latitude).average().orElseThrow();
    double longitude = cluster.stream().mapToDouble(Fix::longitude).average().orElseThrow();
    String near = make.near(latitude, longitude);
    List<EvidenceSpan> evidence = new ArrayList<>(cluster.size());
    for (Fix fix : cluster) {
      String role = inHours.contains(fix) ? "photo" : "photo at other hours";
      evidence.add(new EvidenceSpan(0, 0, "taken " + make.when(fix.at()) + " near " + make.near(fix.latitude(), fix.longitude()), role,
          fix.item().id()));
    }
    ItemRef latest = cluster.get(cluster.size() - 1).item();
    String message = CrossItemFindings.placeholders(rule.rule().message(), "count", Integer.toString(cluster.size()), "days",
        Integer.toString(days.size()), "radius", Integer.toString(rule.radiusMetres()), "near", near);
    String detail = inHours.size() + " of the " + cluster.size() + " photos were taken at those hours; the photos are listed with the evidence"
        + " (positions rounded, never exact).";
    Finding finding = make.finding(rule.rule(), rule.rule().severity(), null, latest.id(), evidence, message, detail);
    return new HistoryCollector.Flagged(latest.toItem(), List.of(finding));
  }
}
