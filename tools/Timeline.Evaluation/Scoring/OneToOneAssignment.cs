namespace Timeline.Evaluation.Scoring;

/// <summary>
/// Pairs the gold events of one file with the system events of its article so that each side is used at most once.
/// The pairing maximises, in this order: matched required events, matched events, matched events with the exact gold
/// date, and finally a preference for system events listed earlier in the article's event list. The tiers are encoded
/// as weights large enough that a lower tier can never outweigh a higher one, and solved with the Hungarian algorithm.
/// </summary>
public static class OneToOneAssignment
{
    /// <summary>For each gold index, the index of its system event, or -1 when it stays unmatched.</summary>
    public static int[] Assign(IReadOnlyList<bool> required, MatchCheck[,] checks)
    {
        var golds = checks.GetLength(0);
        var systems = checks.GetLength(1);
        var result = Enumerable.Repeat(-1, golds).ToArray();
        if (golds == 0 || systems == 0)
        {
            return result;
        }

        long exactTier = (long)golds * systems + 1;
        long matchTier = (golds + 1) * exactTier;
        long requiredTier = (golds + 1) * matchTier;

        var size = Math.Max(golds, systems);
        var cost = new long[size, size];
        for (var g = 0; g < golds; g++)
        {
            for (var s = 0; s < systems; s++)
            {
                var check = checks[g, s];
                if (check.IsMatch)
                {
                    var weight = matchTier + (systems - s)
                        + (check.ExactDate ? exactTier : 0)
                        + (required[g] ? requiredTier : 0);
                    cost[g, s] = -weight;
                }
            }
        }

        var rowToColumn = Hungarian.Solve(cost);
        for (var g = 0; g < golds; g++)
        {
            var s = rowToColumn[g];
            if (s < systems && checks[g, s].IsMatch)
            {
                result[g] = s;
            }
        }

        return result;
    }
}
