namespace Timeline.Evaluation.Scoring;

/// <summary>Minimum-cost perfect assignment on a square cost matrix (Kuhn–Munkres with potentials, O(n³)).</summary>
public static class Hungarian
{
    /// <summary>For each row, the column assigned to it.</summary>
    public static int[] Solve(long[,] cost)
    {
        var n = cost.GetLength(0);
        if (cost.GetLength(1) != n)
        {
            throw new ArgumentException("The cost matrix must be square.", nameof(cost));
        }

        // 1-based arrays; column 0 is a virtual column that holds the row being inserted.
        var rowPotential = new long[n + 1];
        var columnPotential = new long[n + 1];
        var rowOfColumn = new int[n + 1];
        var previousColumn = new int[n + 1];

        for (var row = 1; row <= n; row++)
        {
            rowOfColumn[0] = row;
            var column = 0;
            var slack = Enumerable.Repeat(long.MaxValue, n + 1).ToArray();
            var used = new bool[n + 1];
            do
            {
                used[column] = true;
                var currentRow = rowOfColumn[column];
                var delta = long.MaxValue;
                var nextColumn = 0;
                for (var j = 1; j <= n; j++)
                {
                    if (used[j])
                    {
                        continue;
                    }

                    var reduced = cost[currentRow - 1, j - 1] - rowPotential[currentRow] - columnPotential[j];
                    if (reduced < slack[j])
                    {
                        slack[j] = reduced;
                        previousColumn[j] = column;
                    }

                    if (slack[j] < delta)
                    {
                        delta = slack[j];
                        nextColumn = j;
                    }
                }

                for (var j = 0; j <= n; j++)
                {
                    if (used[j])
                    {
                        rowPotential[rowOfColumn[j]] += delta;
                        columnPotential[j] -= delta;
                    }
                    else
                    {
                        slack[j] -= delta;
                    }
                }

                column = nextColumn;
            }
            while (rowOfColumn[column] != 0);

            do
            {
                var before = previousColumn[column];
                rowOfColumn[column] = rowOfColumn[before];
                column = before;
            }
            while (column != 0);
        }

        var assignment = new int[n];
        for (var j = 1; j <= n; j++)
        {
            assignment[rowOfColumn[j] - 1] = j - 1;
        }

        return assignment;
    }
}
