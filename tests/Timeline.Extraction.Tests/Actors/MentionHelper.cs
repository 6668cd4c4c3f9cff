using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>Runs the finder over test text whose lines are its sentences.</summary>
internal static class MentionHelper
{
    private static readonly ActorMentionFinder Finder = new(Gazetteer.Default);

    public static IReadOnlyList<ActorMention> Find(string text, string? date = null)
    {
        EventDate? documentDate = date is null ? null : EventDate.TryParse(date, out var parsed) ? parsed : throw new ArgumentException(date);
        return Finder.Find(Document.FromLines(text), documentDate);
    }

    /// <summary>Mentions as "surface=actor-id", the shape the tables below are written in.</summary>
    public static string[] Pairs(string text, string? date = null) =>
        Find(text, date).Select(m => $"{m.Surface}={m.Actor.Id}").ToArray();
}
