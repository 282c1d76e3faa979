package org.footprint.ingest.audience;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.footprint.model.Audience;

/**
 * An account's switch between public and private (X "protect my posts", Instagram "private account") over time,
 * for platforms that record audience per account rather than per post. Before the first recorded switch the
 * account was in the opposite state to what that switch set.
 */
public final class PrivacyHistory {
  private record Change(Instant at, boolean restricted) {}

  private final List<Change> changes = new ArrayList<>();
  private final Audience whenRestricted;
  private boolean sorted = true;
  private Boolean currentWhenUnknown;

  /** @param whenRestricted what a post made while the account was private reaches, e.g. {@link Audience#FOLLOWERS} */
  public PrivacyHistory(Audience whenRestricted) {
    this.whenRestricted = whenRestricted;
  }

  /** Records a switch at {@code at}: to private when {@code restricted}, else to public. Null times are ignored. */
  public void switched(Instant at, boolean restricted) {
    if (at != null) {
      changes.add(new Change(at, restricted));
      sorted = false;
    }
  }

  /** What the account is now, from its settings, used only when no switch is recorded. */
  public void currentlyRestricted(boolean restricted) {
    currentWhenUnknown = restricted;
  }

  /** Who could see a post made at {@code at}: public unless the account was private then; unknown times use now. */
  public Audience audienceAt(Instant at) {
    if (changes.isEmpty()) {
      return Boolean.TRUE.equals(currentWhenUnknown) ? whenRestricted : Audience.PUBLIC;
    }
    if (!sorted) {
      changes.sort(Comparator.comparing(Change::at));
      sorted = true;
    }
    boolean restricted = !changes.get(0).restricted();
    for (Change change : changes) {
      if (at != null && change.at().isAfter(at)) {
        break;
      }
      restricted = change.restricted();
    }
    return restricted ? whenRestricted : Audience.PUBLIC;
  }
}
