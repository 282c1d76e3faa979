package org.footprint.eval;

/** The judge or the error sink failed during an evaluation run; the cause is the original exception. */
public class EvaluationException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public EvaluationException(String message, Throwable cause) {
    super(message, cause);
  }
}
