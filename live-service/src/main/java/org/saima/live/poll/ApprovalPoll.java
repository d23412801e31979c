package org.saima.live.poll;

import java.util.List;
import java.util.Objects;

/**
 * 票决: approve / oppose / abstain on each candidate; {@code seats} are filled by the top candidates among
 * those whose approvals exceed half of the {@link ThresholdBasis basis}.
 */
public record ApprovalPoll(List<String> candidates, int seats, int entitled, ThresholdBasis basis, Quorum quorum) {
  /** More than half of the entitled voters (应到人数, the default), or more than half of the ballots cast. */
  public enum ThresholdBasis { ENTITLED, CAST }

  public enum Choice { APPROVE, OPPOSE, ABSTAIN }

  public ApprovalPoll {
    candidates = List.copyOf(candidates);
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(quorum, "quorum");
  }

  /** The default rules: threshold on entitled voters, quorum 2/3. */
  public static ApprovalPoll of(List<String> candidates, int seats, int entitled) {
    return new ApprovalPoll(candidates, seats, entitled, ThresholdBasis.ENTITLED, Quorum.TWO_THIRDS);
  }
}
