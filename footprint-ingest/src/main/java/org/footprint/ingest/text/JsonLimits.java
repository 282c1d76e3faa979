package org.footprint.ingest.text;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.util.Optional;
import org.footprint.ingest.IngestLimits;
import org.footprint.ingest.problems.ReadProblems;

/**
 * The JSON factory every reader uses, with Jackson's {@link StreamReadConstraints} set from the limits. When a
 * parser on this thread breaks one, the breach is remembered so that the problem the reader then reports (or
 * the exception it lets out) carries the precise code: {@code ingest.json.too-deep},
 * {@code ingest.json.string-too-long} or {@code ingest.json.number-too-long}.
 */
public final class JsonLimits {
  private static final ThreadLocal<Violation> LAST = new ThreadLocal<>();

  private JsonLimits() {}

  /** A limit a JSON document broke. */
  public record Violation(String code, String message) {}

  public static JsonFactory factory(IngestLimits limits) {
    return JsonFactory.builder().streamReadConstraints(new RecordingConstraints(limits)).build();
  }

  /** The breach recorded on this thread since the last call, if any; clears it. */
  public static Optional<Violation> takeViolation() {
    Violation violation = LAST.get();
    LAST.remove();
    return Optional.ofNullable(violation);
  }

  private static final class RecordingConstraints extends StreamReadConstraints {
    private static final long serialVersionUID = 1L;

    RecordingConstraints(IngestLimits limits) {
      super(limits.maxJsonDepth(), -1, limits.maxJsonNumberLength(), limits.maxJsonStringLength(), limits.maxJsonStringLength());
    }

    @Override
    public void validateNestingDepth(int depth) throws StreamConstraintsException {
      if (depth > getMaxNestingDepth()) {
        throw record(ReadProblems.TOO_DEEP, "the JSON nests deeper than " + getMaxNestingDepth() + " levels, which no export does");
      }
    }

    @Override
    public void validateStringLength(int length) throws StreamConstraintsException {
      if (length > getMaxStringLength()) {
        throw record(ReadProblems.STRING_TOO_LONG, "a JSON string is longer than " + getMaxStringLength() + " characters");
      }
    }

    @Override
    public void validateNameLength(int length) throws StreamConstraintsException {
      if (length > getMaxNameLength()) {
        throw record(ReadProblems.STRING_TOO_LONG, "a JSON field name is longer than " + getMaxNameLength() + " characters");
      }
    }

    @Override
    public void validateIntegerLength(int length) throws StreamConstraintsException {
      if (length > getMaxNumberLength()) {
        throw record(ReadProblems.NUMBER_TOO_LONG, "a JSON number is longer than " + getMaxNumberLength() + " digits");
      }
    }

    @Override
    public void validateFPLength(int length) throws StreamConstraintsException {
      validateIntegerLength(length);
    }

    private static StreamConstraintsException record(String code, String message) {
      LAST.set(new Violation(code, message));
      return new StreamConstraintsException(message);
    }
  }
}
