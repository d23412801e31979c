// Served by both the live port and the board port, for the console and the board.
// Chinese readings of the rule classes' English explanations (ApprovalCount, PollSetup, DifferentialRule).
export const serverMessages = {
  'zh-CN': [
    [/^(\d+) ballots cast, below the quorum of (\d+) \((\d+)\/(\d+) of (\d+) entitled voters\)$/, '实到 $1 张，未达到法定人数 $2 张（应到 $5 人的 $3/$4）'],
    [/^(\d+) ballots received, more than the (\d+) issued$/, '收回 $1 张，多于发出的 $2 张'],
    [/^The poll's setup breaks a rule: (.*)$/, '投票设置不符合规则：$1'],
  ],
};
