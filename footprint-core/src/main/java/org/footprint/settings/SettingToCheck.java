package org.footprint.settings;

import java.util.List;

/**
 * A privacy setting the user should look at, because of what their export shows.
 *
 * @param id stable id, {@code platform.name}, e.g. {@code facebook.profile-places}
 * @param platform the platform the setting belongs to
 * @param title what to check, one line
 * @param why why it matters for a regulated professional
 * @param how where the setting is on the platform
 * @param evidence what in the export made it worth checking, e.g. {@code Current city: Dundee} or {@code 212 public posts}
 */
public record SettingToCheck(String id, String platform, String title, String why, String how, List<String> evidence) {
  public SettingToCheck {
    evidence = List.copyOf(evidence);
  }
}
