using Timeline.Extraction.Model;

namespace Timeline.Core.Tests.Merging;

/// <summary>Short-hand claims for the pure merge tests: a call on a date ("2025-07-11", "2025-07", "-" undated) between people.</summary>
public static class Claims
{
    /// <summary>The default same-event judge, which the pure merge tests exercise.</summary>
    public static readonly ISameEventJudge Judge = RuleSameEventJudge.Instance;

    public static Claim Call(string date, params string[] people) => Of("call", "041", date, people);

    public static Claim Of(string type, string? cameo, string date, params string[] people) => new(
        type,
        cameo,
        EventDate.TryParse(date, out var d) ? d : null,
        null,
        people.Select(p => new ClaimActor(p, "person", null)).ToList(),
        $"{type} {date} {string.Join("+", people)}",
        "s",
        0.5,
        []);

    public static StoredClaim Stored(Guid eventId, string article, Claim claim) =>
        new(eventId, ArticleId(article), $"url:{article}", claim);

    /// <summary>A stable id per article name, so tests can speak of articles by name.</summary>
    public static Guid ArticleId(string article) =>
        new(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(article)));

    public static Guid EventId(int n) => new($"00000000-0000-0000-0000-{n:D12}");

    /// <summary>New ids in a known sequence (…-9000000000nn), so a plan's new events can be named.</summary>
    public static Func<Guid> Sequence()
    {
        var next = 0;
        return () => new Guid($"00000000-0000-0000-0000-9{++next:D11}");
    }
}
