package org.saima.scoring.ranking;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One candidate's stage scores, by stage name. */
public record CandidateScores(String candidate, Map<String, StageScore> stages) {
  public CandidateScores {
    stages = Map.copyOf(stages);
  }

  public static CandidateScores of(String candidate, List<StageScore> scores) {
    return new CandidateScores(candidate, scores.stream().collect(Collectors.toMap(StageScore::stage, Function.identity())));
  }
}
