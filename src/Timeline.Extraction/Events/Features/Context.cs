using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Features;

/// <summary>
/// How features name what stands at a token: a common word by itself, anything else by its kind: an actor by kind and
/// side ("actor:person:cn"), a date, a place, a number, a capitalized word, punctuation. No name ever passes.
/// </summary>
internal static class Context
{
    public static string Side(Actor actor) => (actor.Kind == Model.ActorKind.Country ? actor.Name : actor.Country) switch
    {
        "United States" => "us",
        "China" => "cn",
        "Taiwan" => "tw",
        "Hong Kong" => "hk",
        null => "none",
        _ => "third",
    };

    public static string KindOf(Actor actor) => actor.Kind.ToString().ToLowerInvariant();

    public static string Describe(ActorSpan actor) => $"actor:{KindOf(actor.Actor)}:{Side(actor.Actor)}";

    /// <summary>The word at a token as a feature value, or the kind of thing there.</summary>
    public static string At(SentenceFacts facts, int token)
    {
        if (token < 0)
        {
            return "<start>";
        }

        if (token >= facts.Tokens.Count)
        {
            return "<end>";
        }

        foreach (var actor in facts.Actors)
        {
            if (actor.First <= token && token < actor.End)
            {
                return Describe(actor);
            }
        }

        if (facts.Dates.Any(d => d.First <= token && token < d.End))
        {
            return "<date>";
        }

        if (facts.Places.Any(p => p.First <= token && token < p.End))
        {
            return "<place>";
        }

        var t = facts.Tokens[token];
        return t.Shape switch
        {
            TokenShape.Lower => t.Key,
            TokenShape.Number => "<num>",
            TokenShape.Punctuation => t.Key,
            TokenShape.Cjk => "<cjk>",
            // A capitalized word the actor stage did not know may be a name, even first in its sentence.
            _ => "<cap>",
        };
    }

    /// <summary>The date relative to the article's date: how far back, or ahead.</summary>
    public static string Relation(EventDate date, EventDate? anchor)
    {
        if (anchor is null)
        {
            return "no-anchor";
        }

        if (date.Earliest > anchor.Latest)
        {
            return "after";
        }

        var days = anchor.Latest.DayNumber - date.Latest.DayNumber;
        return days switch
        {
            <= 0 => "same",
            <= 7 => "week",
            <= 31 => "month",
            <= 366 => "year",
            _ => "older",
        };
    }
}
