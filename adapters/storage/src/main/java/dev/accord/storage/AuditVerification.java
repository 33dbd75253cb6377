package dev.accord.storage;

import java.util.Objects;
import java.util.Optional;

/**
 * What checking the audit log's hash chain found.
 *
 * @param writes how many writes were checked and found whole before the end or the break
 * @param head the hash of the last write, when the chain is whole: kept elsewhere, it shows later
 *     that no write was removed from the end
 * @param brokenAt the write where the chain breaks, if it does
 * @param problem what is wrong there, in a sentence
 */
public record AuditVerification(
    long writes, Optional<String> head, Optional<Long> brokenAt, Optional<String> problem) {

  public AuditVerification {
    Objects.requireNonNull(head, "head");
    Objects.requireNonNull(brokenAt, "brokenAt");
    Objects.requireNonNull(problem, "problem");
  }

  static AuditVerification intact(long writes, String head) {
    return new AuditVerification(writes, Optional.of(head), Optional.empty(), Optional.empty());
  }

  static AuditVerification broken(long writes, long at, String problem) {
    return new AuditVerification(writes, Optional.empty(), Optional.of(at), Optional.of(problem));
  }

  public boolean intact() {
    return problem.isEmpty();
  }
}
