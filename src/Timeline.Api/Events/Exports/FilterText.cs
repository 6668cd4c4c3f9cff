namespace Timeline.Api.Events.Exports;

/// <summary>A filter in words, for the titles of exports.</summary>
public static class FilterText
{
    public static string Headline(EventFilter filter)
    {
        var parts = new List<string>();
        if (filter.Types.Count > 0)
        {
            parts.Add(string.Join(", ", filter.Types.Select(t => t.Replace('_', ' '))));
        }

        if (filter.From is not null || filter.To is not null)
        {
            parts.Add($"{filter.From?.ToString() ?? "…"} to {filter.To?.ToString() ?? "…"}");
        }

        parts.AddRange(filter.Actors.Select(a => $"with {a}"));
        AddIf(parts, "topic", filter.Topic);
        AddIf(parts, "matching", filter.Q is null ? null : $"“{filter.Q}”");
        AddIf(parts, "reported by", filter.Publisher);
        AddIf(parts, "from article", filter.ArticleId?.ToString());
        return parts.Count == 0 ? "US–China timeline" : $"US–China timeline: {string.Join("; ", parts)}";
    }

    private static void AddIf(List<string> parts, string label, string? value)
    {
        if (value is not null)
        {
            parts.Add($"{label} {value}");
        }
    }
}
