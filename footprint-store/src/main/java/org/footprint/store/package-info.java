/**
 * The scan store: scans, their flagged items and findings, and the user's review decisions, in an embedded H2 file
 * by default or a shared PostgreSQL database, over plain JDBC with Flyway migrations. A sink: it only reads findings.
 */
package org.footprint.store;
