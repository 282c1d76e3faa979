/** Review decisions on findings: the user's own verdicts, which outlast re-scans. */
package org.footprint.review;
