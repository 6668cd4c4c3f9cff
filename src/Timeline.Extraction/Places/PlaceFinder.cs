using Timeline.Extraction.Data;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Places;

/// <summary>Finds cities and venues (Data/places.json), longest phrase first, left to right.</summary>
public static class PlaceFinder
{
    private static readonly Lazy<PhraseTrie<PlaceRecord?>> Phrases = new(Build);

    public static IReadOnlyList<PlaceMention> Find(string text) => Find(Tokenizer.Tokenize(text));

    public static IReadOnlyList<PlaceMention> Find(Document document) => Find(document.Tokens);

    private static IReadOnlyList<PlaceMention> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<PlaceMention>();
        var i = 0;
        while (i < tokens.Count)
        {
            var (values, length) = Phrases.Value.Match(tokens, i, tokens.Count);
            if (length == 0)
            {
                i++;
                continue;
            }

            // A null value marks a phrase that only looks like a place ("Washington Post").
            if (values[0] is { } place)
            {
                found.Add(new PlaceMention(place.Name, tokens[i].Start, tokens[i + length - 1].End, place.Country));
            }

            i += length;
        }

        return found;
    }

    private static PhraseTrie<PlaceRecord?> Build()
    {
        var file = EmbeddedData.Load<PlacesFile>("places.json");
        var trie = new PhraseTrie<PlaceRecord?>();
        foreach (var place in file.Places)
        {
            foreach (var alias in place.Aliases.Append(place.Name).Distinct())
            {
                trie.Add(alias, place);
            }
        }

        foreach (var phrase in file.NotPlaces)
        {
            trie.Add(phrase, null);
        }

        return trie;
    }
}
