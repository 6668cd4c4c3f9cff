namespace Timeline.Core.Merging;

/// <summary>The windows read so far, per family as sorted disjoint day ranges, to tell which claims still need a read.</summary>
public sealed class WindowSet
{
    private readonly Dictionary<string, List<(DateOnly From, DateOnly To)>> ranges = new(StringComparer.Ordinal);
    private readonly HashSet<string> undated = new(StringComparer.Ordinal);

    public IEnumerable<ClaimWindow> All => ranges
        .SelectMany(f => f.Value.Select(r => new ClaimWindow(f.Key, r.From, r.To)))
        .Concat(undated.Select(f => new ClaimWindow(f, null, null)));

    public bool Covers(ClaimWindow window)
    {
        if (window.From is not { } from || window.To is not { } to)
        {
            return undated.Contains(window.Family);
        }

        return ranges.TryGetValue(window.Family, out var list) && list.Any(r => r.From <= from && to <= r.To);
    }

    public void Add(ClaimWindow window)
    {
        if (window.From is not { } from || window.To is not { } to)
        {
            undated.Add(window.Family);
            return;
        }

        if (!ranges.TryGetValue(window.Family, out var list))
        {
            ranges[window.Family] = list = [];
        }

        // Ranges that overlap or touch the new one are absorbed into it.
        var touching = list.Where(r => r.From <= to.AddDays(1) && from <= r.To.AddDays(1)).ToList();
        var merged = (From: touching.Select(r => r.From).Append(from).Min(), To: touching.Select(r => r.To).Append(to).Max());
        list.RemoveAll(touching.Contains);
        list.Add(merged);
        list.Sort();
    }

    /// <summary>The given windows merged where they overlap: what one read needs to cover.</summary>
    public static IReadOnlyList<ClaimWindow> Union(IEnumerable<ClaimWindow> windows)
    {
        var set = new WindowSet();
        foreach (var window in windows)
        {
            set.Add(window);
        }

        return set.All.ToList();
    }

    public void Clear()
    {
        ranges.Clear();
        undated.Clear();
    }
}
