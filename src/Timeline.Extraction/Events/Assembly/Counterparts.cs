using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// Names the counterpart an encounter leaves unnamed: "Hegseth met his Chinese counterpart" is a meeting with whoever
/// held the office facing Hegseth's in China on that day, when the gazetteer knows exactly one such person.
/// </summary>
internal sealed class Counterparts(EventGrammar grammar, Gazetteer gazetteer)
{
    public void Resolve(EventDraft draft, EventDate date)
    {
        var country = draft.Mentions.Select(m => m.Participants.CounterpartOf).FirstOrDefault(c => c is not null);
        var persons = draft.Persons.ToList();
        if (country is null || persons.Count != 1 || persons[0].Country == country.Name)
        {
            return;
        }

        var offices = persons[0].Roles.Where(r => HeldOn(r, date)).Select(r => r.Title).ToHashSet();
        var facing = grammar.CounterpartRoles.Where(set => set.Overlaps(offices)).SelectMany(set => set).ToHashSet();
        var holders = gazetteer.Actors
            .Where(a => a.Kind == ActorKind.Person && a.Country == country.Name)
            .Where(a => a.Roles.Any(r => facing.Contains(r.Title) && HeldOn(r, date)))
            .Take(2)
            .ToList();
        if (holders.Count == 1)
        {
            draft.AddedPersons.Add(holders[0]);
        }
    }

    private static bool HeldOn(ActorRole role, EventDate date) => role.HeldOn(date.Earliest) || role.HeldOn(date.Latest);
}
