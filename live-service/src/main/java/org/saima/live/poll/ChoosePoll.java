package org.saima.live.poll;

import java.util.List;

/** 差额推荐 / 差额选举: each voter marks at most {@code k} of the {@code candidates}. */
public record ChoosePoll(List<String> candidates, int k) {
  public ChoosePoll {
    candidates = List.copyOf(candidates);
  }
}
