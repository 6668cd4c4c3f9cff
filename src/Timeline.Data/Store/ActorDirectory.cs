using System.Collections.Frozen;

namespace Timeline.Data.Store;

/// <summary>
/// Actor ids by lower-cased name and by alias, kept in memory from every actor this process writes or finds stored.
/// The actor filter resolves names here, so the events query carries constant ids that PostgreSQL's statistics on
/// events.actor_ids can estimate (a subquery's result it could not).
/// </summary>
public static class ActorDirectory
{
    private static readonly Lock Gate = new();
    private static Snapshot current = new(FrozenDictionary<string, string[]>.Empty, FrozenDictionary<string, string[]>.Empty, FrozenSet<string>.Empty);

    /// <summary>The ids an actor filter value can mean: itself as an id, actors with that name, actors with that alias.</summary>
    public static string[] Resolve(string actor)
    {
        var snapshot = current;
        var lowered = actor.ToLowerInvariant();
        return snapshot.ByName.GetValueOrDefault(lowered, [])
            .Concat(snapshot.ByAlias.GetValueOrDefault(actor, []))
            .Append(lowered)
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToArray();
    }

    public static void Add(IEnumerable<(string Id, string Name, IEnumerable<string> Aliases)> actors)
    {
        var list = actors.ToList();
        if (list.All(a => current.Known.Contains(a.Id)))
        {
            return;
        }

        lock (Gate)
        {
            var names = current.ByName.ToDictionary(p => p.Key, p => p.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            var aliases = current.ByAlias.ToDictionary(p => p.Key, p => p.Value.ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
            foreach (var (id, name, aliasList) in list)
            {
                Index(names, name.ToLowerInvariant(), id);
                foreach (var alias in aliasList)
                {
                    Index(aliases, alias, id);
                }
            }

            current = new Snapshot(
                names.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
                aliases.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal),
                current.Known.Concat(list.Select(a => a.Id)).ToFrozenSet(StringComparer.Ordinal));
        }
    }

    private static void Index(Dictionary<string, HashSet<string>> index, string key, string id)
    {
        if (!index.TryGetValue(key, out var ids))
        {
            index[key] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(id);
    }

    private sealed record Snapshot(FrozenDictionary<string, string[]> ByName, FrozenDictionary<string, string[]> ByAlias, FrozenSet<string> Known);
}
