package org.footprint.store;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The few JDBC conversions H2 and PostgreSQL both take the same way. */
final class Jdbc {
  private Jdbc() {}

  /** TIMESTAMP WITH TIME ZONE: both drivers take and give {@link OffsetDateTime}. */
  static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  static Instant instant(ResultSet row, String column) throws SQLException {
    OffsetDateTime time = row.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }

  /** A one-line error naming the store and what failed, with the database's own first line. */
  static StoreException failed(String store, String what, SQLException e) {
    String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
    return new StoreException("store " + store + ": " + what + ": " + reason, e);
  }
}
