package org.footprint.ingest.container;

import java.nio.file.Path;
import org.footprint.ingest.IngestLimits;

/**
 * What every container opened for one input shares: the limits, the byte budget, where problems go, and the
 * work folder, the only place a temporary copy of a nested zip may be written.
 */
public record ContainerScope(IngestLimits limits, ReadBudget budget, ContainerListener listener, Path workFolder) {
  public static ContainerScope of(IngestLimits limits, ContainerListener listener, Path workFolder) {
    return new ContainerScope(limits, new ReadBudget(limits.maxTotalBytes()), listener, workFolder);
  }
}
