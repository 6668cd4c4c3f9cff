namespace Timeline.Evaluation.Scoring;

/// <summary>Scores a set of files exactly as shared/eval/FORMAT.md defines; pure, no I/O.</summary>
public static class Scorer
{
    public static ScopeReport Score(string scope, IReadOnlyList<FileOutcome> outcomes)
    {
        var files = outcomes.Select(FileMatching.Create).ToList();

        var required = 0;
        var requiredMatched = 0;
        var all = 0;
        var matched = 0;
        var exactDates = 0;
        var extracted = 0;
        var correct = 0;
        var duplicates = 0;
        var misses = new List<Miss>();
        var extras = new List<Extra>();
        var wrongDates = new List<WrongDate>();
        var outsideTable = 0;
        var outsideTableMatched = 0;

        foreach (var file in files)
        {
            for (var g = 0; g < file.Golds.Count; g++)
            {
                var gold = file.Golds[g];
                var s = file.GoldToEvent[g];
                all++;
                required += gold.Required ? 1 : 0;
                var outside = !KnownEventCoverage.IsInTable(gold);
                outsideTable += outside ? 1 : 0;
                outsideTableMatched += outside && s >= 0 ? 1 : 0;
                if (s >= 0)
                {
                    matched++;
                    requiredMatched += gold.Required ? 1 : 0;
                    exactDates += file.Checks[g, s].ExactDate ? 1 : 0;
                    if (!file.Checks[g, s].ExactDate)
                    {
                        wrongDates.Add(new WrongDate(file.Outcome.File.Name, gold, file.Events[s]));
                    }
                }
                else
                {
                    var closest = file.ClosestTo(g);
                    misses.Add(new Miss(file.Outcome.File.Name, gold, closest?.Event, closest?.Check.Explain()));
                }
            }

            for (var s = 0; s < file.Events.Count; s++)
            {
                var matchesGold = file.MatchesAnyGold(s);
                duplicates += matchesGold && !file.IsAssigned(s) ? 1 : 0;
                if (!file.Outcome.File.Exhaustive)
                {
                    continue;
                }

                extracted++;
                if (matchesGold)
                {
                    correct++;
                }
                else
                {
                    extras.Add(new Extra(file.Outcome.File.Name, file.Outcome.ArticleId, file.Events[s]));
                }
            }
        }

        var (mergeAccuracy, unmerged) = Merges.Accuracy(files);
        var falseMerges = Merges.FalseMerges(files);

        return new ScopeReport(
            scope,
            files.Count,
            files.Count(f => f.Outcome.Error is not null),
            new Ratio(requiredMatched, required),
            new Ratio(matched, all),
            new Ratio(correct, extracted),
            new Ratio(exactDates, matched),
            mergeAccuracy,
            falseMerges.Count,
            duplicates,
            misses,
            extras,
            wrongDates,
            unmerged,
            falseMerges)
        {
            NotInKnownEvents = new Ratio(outsideTableMatched, outsideTable),
        };
    }
}
