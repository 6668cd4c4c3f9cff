using Timeline.Extraction.Data;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Topics;

/// <summary>Names the topics (Data/topics.json) whose keywords occur in a text, in the order the data file lists them.</summary>
public static class TopicClassifier
{
    private static readonly Lazy<(PhraseTrie<int> Trie, string[] Topics)> Index = new(Build);

    public static IReadOnlyList<string> Classify(string text) => Classify(Tokenizer.Tokenize(text));

    /// <summary>The topics of a passage already tokenized (a slice of the document's tokens).</summary>
    public static IReadOnlyList<string> Classify(IReadOnlyList<Token> tokens)
    {
        var (trie, topics) = Index.Value;
        var hit = new bool[topics.Length];
        for (var i = 0; i < tokens.Count; i++)
        {
            // Every start position, not only after a match: "trade war" and "war" may both count.
            var (values, _) = trie.Match(tokens, i, tokens.Count);
            foreach (var topic in values)
            {
                hit[topic] = true;
            }
        }

        return topics.Where((_, index) => hit[index]).ToList();
    }

    private static (PhraseTrie<int>, string[]) Build()
    {
        var records = EmbeddedData.Load<TopicRecord[]>("topics.json");
        var trie = new PhraseTrie<int>();
        for (var index = 0; index < records.Length; index++)
        {
            foreach (var keyword in records[index].Keywords)
            {
                trie.Add(keyword.ToLowerInvariant(), index);
            }
        }

        return (trie, records.Select(r => r.Topic).ToArray());
    }
}
